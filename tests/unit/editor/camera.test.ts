import { afterEach, describe, expect, it } from 'vitest';
import type { CanvasHandle } from '../../../renderer/src/editor/camera';
import { Editor } from '../../../renderer/src/editor/Editor';
import type { Viewport } from '../../../renderer/src/state/uiStore';

// The editor's camera without React: a stand-in canvas records what it is asked to do.

const editors: Editor[] = [];
afterEach(() => {
  for (const e of editors.splice(0)) e.dispose();
});

function editor(): Editor {
  const e = new Editor();
  editors.push(e);
  return e;
}

/** A canvas at `viewport`, 800 × 600 pixels, that records every call as text. */
function canvas(viewport: Viewport, calls: string[], gesture = false): CanvasHandle {
  return {
    zoomBy: (factor) => calls.push(`zoomBy ${factor}`),
    zoomToFit: () => calls.push('zoomToFit'),
    panBy: (dx, dy) => calls.push(`panBy ${dx} ${dy}`),
    centreOn: (p) => calls.push(`centreOn ${p.x} ${p.y}`),
    getViewport: () => viewport,
    getSize: () => ({ width: 800, height: 600 }),
    cancelGesture: () => {
      calls.push('cancelGesture');
      return gesture;
    },
  };
}

describe("the editor's camera", () => {
  it('does nothing, and says so, while no canvas is attached', () => {
    const { camera } = editor();
    expect(camera.attached).toBe(false);
    expect(camera.zoomBy(1.25)).toBe(false);
    expect(camera.zoomToFit()).toBe(false);
    expect(camera.panBy(80, 0)).toBe(false);
    expect(camera.centreOn({ x: 1, y: 2 })).toBe(false);
    expect(camera.cancelGesture()).toBe(false);
    expect(camera.viewport).toBeNull();
    expect(camera.size).toBeNull();
  });

  it('passes each call to the attached canvas until it detaches', () => {
    const { camera } = editor();
    const calls: string[] = [];
    const detach = camera.attach(canvas({ x: 10, y: 20, k: 2 }, calls, true));
    expect(camera.zoomBy(1.25)).toBe(true);
    expect(camera.zoomToFit()).toBe(true);
    expect(camera.panBy(-80, 0)).toBe(true);
    expect(camera.centreOn({ x: 300, y: 150 })).toBe(true);
    expect(camera.cancelGesture()).toBe(true);
    expect(camera.viewport).toEqual({ x: 10, y: 20, k: 2 });
    expect(camera.size).toEqual({ width: 800, height: 600 });
    expect(calls).toEqual([
      'zoomBy 1.25',
      'zoomToFit',
      'panBy -80 0',
      'centreOn 300 150',
      'cancelGesture',
    ]);
    detach();
    expect(camera.zoomBy(2)).toBe(false);
    expect(camera.viewport).toBeNull();
    expect(calls).toHaveLength(5);
  });

  it('a canvas that detaches late does not detach its replacement', () => {
    const { camera } = editor();
    const first: string[] = [];
    const second: string[] = [];
    const detachFirst = camera.attach(canvas({ x: 0, y: 0, k: 1 }, first));
    camera.attach(canvas({ x: 5, y: 5, k: 1 }, second));
    detachFirst();
    expect(camera.panBy(1, 1)).toBe(true);
    expect(first).toEqual([]);
    expect(second).toEqual(['panBy 1 1']);
  });

  it('subscribers hear every viewport the canvas reports, until they unsubscribe', () => {
    const { camera } = editor();
    const heard: Viewport[] = [];
    const stop = camera.subscribe((v) => heard.push(v));
    camera.report({ x: 1, y: 2, k: 1 });
    camera.report({ x: -100, y: -50, k: 2 });
    stop();
    camera.report({ x: 9, y: 9, k: 9 });
    expect(heard).toEqual([
      { x: 1, y: 2, k: 1 },
      { x: -100, y: -50, k: 2 },
    ]);
  });

  it("two editors' cameras are independent", () => {
    const left = editor();
    const right = editor();
    const calls: string[] = [];
    left.camera.attach(canvas({ x: 0, y: 0, k: 1 }, calls));
    const heardRight: Viewport[] = [];
    right.camera.subscribe((v) => heardRight.push(v));
    left.camera.report({ x: 3, y: 4, k: 1 });
    expect(right.camera.attached).toBe(false);
    expect(right.camera.zoomBy(2)).toBe(false);
    expect(right.camera.viewport).toBeNull();
    expect(heardRight).toEqual([]);
    expect(calls).toEqual([]);
    expect(left.camera.zoomBy(2)).toBe(true);
    expect(calls).toEqual(['zoomBy 2']);
  });
});
