import { describe, expect, it } from 'vitest';
import { openingCamera, READABLE_ZOOM } from '../../renderer/src/canvas/openingCamera';

// The camera a workspace opens with: fitted when that keeps card text readable (the smallest
// card text is 11 canvas units, so zoom ≥ 1), else at zoom 1 from the drawing's top-left.

describe('openingCamera', () => {
  it('opens a drawing too big to fit readably at zoom 1, its top-left corner at the padding', () => {
    // The Four small sample is about 1,560 × 700 units; a 776 × 559 view fits it at about 0.48.
    // By hand: x = 28 − 20 × 1 = 8, y = 28 − 40 × 1 = −12.
    expect(
      openingCamera({ x: 20, y: 40, width: 1560, height: 700 }, { width: 776, height: 559 }, 28),
    ).toEqual({ x: 8, y: -12, k: 1 });
    expect(READABLE_ZOOM * 11).toBeGreaterThanOrEqual(11);
  });

  it('fits and centres a drawing that fits at a readable zoom, as Zoom to fit would', () => {
    // By hand: fit = min((800 − 56) / 600, (600 − 56) / 400) = min(1.24, 1.36) = 1.24;
    // x = (800 − 600 × 1.24) / 2 − 0 = 28; y = (600 − 400 × 1.24) / 2 − 0 = 52.
    const camera = openingCamera(
      { x: 0, y: 0, width: 600, height: 400 },
      { width: 800, height: 600 },
      28,
    );
    expect(camera?.k).toBeCloseTo(1.24, 10);
    expect(camera?.x).toBeCloseTo(28, 10);
    expect(camera?.y).toBeCloseTo(52, 10);
  });

  it('never enlarges a small drawing beyond 1.5', () => {
    // By hand: a 100 × 50 drawing in 800 × 600 would fit at 7.44; capped at 1.5, centred: x = (800 − 150) / 2 = 325.
    expect(
      openingCamera({ x: 0, y: 0, width: 100, height: 50 }, { width: 800, height: 600 }, 28),
    ).toEqual({ x: 325, y: 262.5, k: 1.5 });
  });

  it('gives nothing for a view not laid out yet or an empty drawing', () => {
    expect(
      openingCamera({ x: 0, y: 0, width: 100, height: 50 }, { width: 0, height: 600 }, 28),
    ).toBeNull();
    expect(
      openingCamera({ x: 0, y: 0, width: 0, height: 0 }, { width: 800, height: 600 }, 28),
    ).toBeNull();
  });
});
