import type { Rect } from './createPanZoom';

/** An alignment guide: a line at `at` on one axis, drawn from `from` to `to` along the other. */
export interface Guide {
  /** 'x': a vertical line at x = at; 'y': a horizontal line at y = at. */
  readonly axis: 'x' | 'y';
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

export interface SnapInput {
  /** The moving items' bounds before the drag. */
  readonly box: Rect;
  /** The pointer's movement so far, in canvas units. */
  readonly dx: number;
  readonly dy: number;
  /** Shapes of everything not moving: edges and centres line up with theirs. */
  readonly others: readonly Rect[];
  /** Grid spacing to snap the box's top-left to, or null to move freely (Alt held). */
  readonly grid: number | null;
  /** How near (canvas units) an edge or centre must come to another's to line up with it. */
  readonly threshold: number;
}

export interface SnapResult {
  readonly dx: number;
  readonly dy: number;
  readonly guides: readonly Guide[];
}

/** Start, centre and end of a rect on one axis. */
function linesOf(r: Rect, axis: 'x' | 'y'): [number, number, number] {
  const start = axis === 'x' ? r.x : r.y;
  const size = axis === 'x' ? r.width : r.height;
  return [start, start + size / 2, start + size];
}

function spanOf(r: Rect, axis: 'x' | 'y'): [number, number] {
  // The extent along the other axis: where a guide for this axis runs.
  return axis === 'x' ? [r.y, r.y + r.height] : [r.x, r.x + r.width];
}

function moved(r: Rect, dx: number, dy: number): Rect {
  return { x: r.x + dx, y: r.y + dy, width: r.width, height: r.height };
}

/** Snaps one axis: to the nearest alignment within the threshold, else to the grid. */
function snapAxis(input: SnapInput, axis: 'x' | 'y'): number {
  const raw = axis === 'x' ? input.dx : input.dy;
  const mine = linesOf(
    moved(input.box, axis === 'x' ? input.dx : 0, axis === 'y' ? input.dy : 0),
    axis,
  );
  let best: number | null = null;
  for (const other of input.others) {
    for (const o of linesOf(other, axis)) {
      for (const m of mine) {
        const d = o - m;
        if (Math.abs(d) <= input.threshold && (best === null || Math.abs(d) < Math.abs(best)))
          best = d;
      }
    }
  }
  if (best !== null) return raw + best;
  if (input.grid) {
    const start = axis === 'x' ? input.box.x : input.box.y;
    return Math.round((start + raw) / input.grid) * input.grid - start;
  }
  return raw;
}

/**
 * Where a drag lands: each axis lines up with another item's edge or centre when one is within
 * the threshold (the guides show which), else snaps the moving box's top-left to the grid.
 * Deltas are whole canvas units, so positions stay tidy in the file.
 */
export function computeSnap(input: SnapInput): SnapResult {
  const dx = Math.round(snapAxis(input, 'x'));
  const dy = Math.round(snapAxis(input, 'y'));
  const box = moved(input.box, dx, dy);
  const guides: Guide[] = [];
  for (const axis of ['x', 'y'] as const) {
    const mine = linesOf(box, axis);
    const [myFrom, myTo] = spanOf(box, axis);
    for (const at of new Set(mine)) {
      let from = Infinity;
      let to = -Infinity;
      for (const other of input.others) {
        if (!linesOf(other, axis).some((o) => Math.abs(o - at) < 0.5)) continue;
        const [f, t] = spanOf(other, axis);
        from = Math.min(from, f, myFrom);
        to = Math.max(to, t, myTo);
      }
      if (from !== Infinity) guides.push({ axis, at, from, to });
    }
  }
  return { dx, dy, guides };
}
