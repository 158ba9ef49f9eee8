import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../shared/assumptions/defaultAssumptions';
import { applyWhatIfs, hasWhatIfs } from '../../renderer/src/state/applyWhatIfs';
import {
  cameraOfViewport,
  viewportOfCamera,
  visibleRect,
} from '../../renderer/src/workshop/slideCamera';
import { slidePosition, slideStep } from '../../renderer/src/workshop/slideStepping';

describe('slide stepping', () => {
  it('→, PageDown and Space go forward; ←, PageUp back; Home and End to either end', () => {
    expect(slideStep('ArrowRight', 0, 3)).toEqual({ kind: 'goTo', index: 1 });
    expect(slideStep('PageDown', 1, 3)).toEqual({ kind: 'goTo', index: 2 });
    expect(slideStep(' ', 0, 3)).toEqual({ kind: 'goTo', index: 1 });
    expect(slideStep('ArrowLeft', 2, 3)).toEqual({ kind: 'goTo', index: 1 });
    expect(slideStep('PageUp', 1, 3)).toEqual({ kind: 'goTo', index: 0 });
    expect(slideStep('Home', 2, 3)).toEqual({ kind: 'goTo', index: 0 });
    expect(slideStep('End', 0, 3)).toEqual({ kind: 'goTo', index: 2 });
  });

  it('stops at either end instead of wrapping round', () => {
    expect(slideStep('ArrowRight', 2, 3)).toEqual({ kind: 'goTo', index: 2 });
    expect(slideStep('ArrowLeft', 0, 3)).toEqual({ kind: 'goTo', index: 0 });
  });

  it('Esc leaves, even with no slides; other keys do nothing', () => {
    expect(slideStep('Escape', 0, 0)).toEqual({ kind: 'leave' });
    expect(slideStep('ArrowRight', 0, 0)).toBeNull();
    expect(slideStep('a', 0, 3)).toBeNull();
    expect(slidePosition(2, 7)).toBe('3 of 7');
  });
});

describe('what-ifs over the assumptions', () => {
  it('none set: the very same assumptions object', () => {
    expect(hasWhatIfs({})).toBe(false);
    expect(applyWhatIfs(DEFAULT_ASSUMPTIONS, {})).toBe(DEFAULT_ASSUMPTIONS);
  });

  it('sets the cap, one function’s cost and the CSU margin, leaving everything else', () => {
    const a = applyWhatIfs(DEFAULT_ASSUMPTIONS, {
      allowancePerHead: 30,
      functionCost: { functionId: 'bi', costPerHead: 3.2 },
      csuMargin: 0.1,
    });
    expect(a.years[0]?.allowancePerHead).toBe(30);
    // The allowance what-if acts on one year (the first unless another is shown); the rest keep theirs.
    expect(a.years.slice(1)).toEqual(DEFAULT_ASSUMPTIONS.years.slice(1));
    expect(a.functions.find((f) => f.id === 'bi')?.costPerHead).toBe(3.2);
    expect(a.functions.find((f) => f.id === 'it')).toBe(
      DEFAULT_ASSUMPTIONS.functions.find((f) => f.id === 'it'),
    );
    expect(a.models.csu).toEqual({ ...DEFAULT_ASSUMPTIONS.models.csu, margin: 0.1 });
    expect(a.models.external).toBe(DEFAULT_ASSUMPTIONS.models.external);
    expect(a.core).toBe(DEFAULT_ASSUMPTIONS.core);
  });
});

describe('slide cameras', () => {
  it('a view’s camera is the canvas point at its centre, with the zoom stated for a 1280-pixel view', () => {
    // A 640×480 view at zoom 0.5 translated by (20, 40): the centre (320, 240) is canvas
    // ((320 − 20)/0.5, (240 − 40)/0.5) = (600, 400); 0.5 at 640 pixels is 1.0 at 1280.
    expect(cameraOfViewport({ x: 20, y: 40, k: 0.5 }, { width: 640, height: 480 })).toEqual({
      x: 600,
      y: 400,
      k: 1,
    });
  });

  it('shown on a screen twice as wide, the same area is framed at twice the zoom', () => {
    const camera = { x: 600, y: 400, k: 1 };
    // 2560 wide: k = 2; the centre (1280, 720) shows canvas (600, 400): x = 1280 − 600·2 = 80.
    expect(viewportOfCamera(camera, { width: 2560, height: 1440 })).toEqual({
      x: 80,
      y: -80,
      k: 2,
    });
    const v = { x: 20, y: 40, k: 0.5 };
    const size = { width: 640, height: 480 };
    expect(viewportOfCamera(cameraOfViewport(v, size), size)).toEqual(v);
    // The handout frames a 1280×720 view: 1280 by 720 canvas units round (600, 400) at k = 1.
    expect(visibleRect(camera)).toEqual({ x: -40, y: 40, width: 1280, height: 720 });
  });
});
