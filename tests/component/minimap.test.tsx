// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { costScenario } from '../../shared/costing/costScenario';
import type { Node, Scenario } from '../../shared/model/workspace';
import { buildScene } from '../../renderer/src/canvas/buildScene';
import type { CanvasHandle } from '../../renderer/src/editor/camera';
import { Editor } from '../../renderer/src/editor/Editor';
import { EditorProvider } from '../../renderer/src/editor/EditorContext';
import { Minimap, viewBoxTransforms } from '../../renderer/src/canvas/Minimap';
import { workspaceOf } from './fixtures';

let editor: Editor | null = null;

afterEach(() => {
  cleanup();
  editor?.dispose();
  editor = null;
});

describe('the minimap’s view box', () => {
  it('is drawn by transforms alone: a stretched fill and four bars that keep their thickness', () => {
    const t = viewBoxTransforms({ x: 10, y: 20, width: 50, height: 30 });
    expect(t.fill).toBe('translate(10px,20px) scale(50,30)');
    expect(t.top).toBe('translate(10px,20px) scale(50,1)');
    // The bottom and right bars sit inside the box: 1.5 pixels in from its far edges.
    expect(t.bottom).toBe('translate(10px,48.5px) scale(50,1)');
    expect(t.left).toBe('translate(10px,20px) scale(1,30)');
    expect(t.right).toBe('translate(58.5px,20px) scale(1,30)');
  });

  it('follows the camera on every frame, over the part of the overview the canvas shows', () => {
    const nodes: Node[] = [
      { kind: 'ccg', id: 'ccg-a', name: 'Ashby CCG', federated: false, x: 0, y: 0 },
      { kind: 'locality', id: 'loc-a', name: 'Ashby Town', ccgId: 'ccg-a', population: 100_000 },
    ];
    const workspace = workspaceOf(nodes);
    const scenario = workspace.scenarios[0] as Scenario;
    const scene = buildScene(scenario, costScenario(workspace, scenario.id));
    let viewport = { x: 0, y: 0, k: 1 };
    const handle: CanvasHandle = {
      zoomBy: () => undefined,
      zoomToFit: () => undefined,
      panBy: () => undefined,
      centreOn: () => undefined,
      getViewport: () => viewport,
      getSize: () => ({ width: 800, height: 600 }),
      cancelGesture: () => false,
    };
    editor = new Editor();
    const camera = editor.camera;
    camera.attach(handle);
    const { container } = render(
      <EditorProvider editor={editor}>
        <Minimap scene={scene} />
      </EditorProvider>,
    );
    const fill = (): string =>
      (container.querySelector('[data-part="fill"]') as HTMLElement).style.transform;

    // The overview shows the drawing's bounds with a margin of 8% of their longer side + 20
    // units, fitted into 200 × 140 pixels and centred.
    const b = scene.bounds;
    const margin = Math.max(b.width, b.height) * 0.08 + 20;
    const frame = {
      x: b.x - margin,
      y: b.y - margin,
      width: b.width + 2 * margin,
      height: b.height + 2 * margin,
    };
    const s = Math.min(200 / frame.width, 140 / frame.height);
    const ox = (200 - frame.width * s) / 2;
    const oy = (140 - frame.height * s) / 2;
    // At zoom 1 from the origin the canvas shows canvas units (0, 0) to (800, 600).
    expect(fill()).toBe(
      `translate(${ox - frame.x * s}px,${oy - frame.y * s}px) scale(${800 * s},${600 * s})`,
    );

    // Zoomed to 2 and panned: the camera at (−100, −50) shows (50, 25) to (450, 325).
    viewport = { x: -100, y: -50, k: 2 };
    act(() => camera.report(viewport));
    expect(fill()).toBe(
      `translate(${ox + (50 - frame.x) * s}px,${oy + (25 - frame.y) * s}px) scale(${400 * s},${300 * s})`,
    );
    expect(container.querySelector('.minimap-view')?.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('the minimap’s overview', () => {
  it('draws each card in its status colour and each council as a box, a few paths for the whole scenario', () => {
    const nodes: Node[] = [
      {
        kind: 'ccg',
        id: 'ccg-a',
        name: 'Ashby CCG',
        population: 900_000,
        federated: false,
        x: 0,
        y: 0,
      },
      // Ten people cost far more a head than the allowance: over.
      {
        kind: 'ccg',
        id: 'ccg-b',
        name: 'Bourne CCG',
        population: 10,
        federated: false,
        x: 400,
        y: 0,
      },
      { kind: 'localAuthority', id: 'la', name: 'Northshire', population: 500_000, x: 0, y: 300 },
    ];
    const workspace = workspaceOf(nodes);
    const scenario = workspace.scenarios[0] as Scenario;
    const scene = buildScene(scenario, costScenario(workspace, scenario.id));
    const { container } = render(<Minimap scene={scene} />);
    const card = (id: string) => scene.cards.find((c) => c.node.id === id);
    const a = card('ccg-a');
    const b = card('ccg-b');
    const la = scene.localAuthorities[0];
    if (!a?.result || !b || !la) throw new Error('fixture not laid out');
    expect(b.result?.status).toBe('over');
    expect(a.result.status).not.toBe('over');
    const d = (selector: string) => container.querySelector(selector)?.getAttribute('d');
    expect(d(`path.minimap-card.status-over`)).toBe(`M400,0h${b.width}v${b.height}h${-b.width}Z`);
    expect(d(`path.minimap-card.status-${a.result.status}`)).toBe(
      `M0,0h${a.width}v${a.height}h${-a.width}Z`,
    );
    expect(d('path.minimap-org')).toBe(`M0,300h${la.width}v${la.height}h${-la.width}Z`);
    expect(container.querySelectorAll('.minimap svg > *').length).toBeLessThan(8);
  });
});
