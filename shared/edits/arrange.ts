/**
 * Align and distribute for a selection on the canvas, as edits: each returns one moveItems edit
 * (one undo step) rather than changing anything, so the UI dispatches it like any other drag.
 */
import type { Box } from '../layout/layout';
import { layoutScenario } from '../layout/layoutScenario';
import type { Scenario } from '../model/workspace';
import type { Edit } from './edit';

type ItemBounds = Box;

/** Which edge or centre line the selected items are lined up on. */
export type AlignMode = 'left' | 'right' | 'top' | 'bottom' | 'centre-x' | 'centre-y';

interface Placed {
  readonly id: string;
  readonly box: ItemBounds;
  /** The point a moveItems edit writes: a node's top-left, a hub's centre. */
  readonly x: number;
  readonly y: number;
}

/** The selected items that have a box on the canvas (localities and unknown ids are skipped). */
function placedItems(scenario: Scenario, ids: readonly string[]): Placed[] {
  const { items } = layoutScenario(scenario);
  const placed: Placed[] = [];
  for (const id of new Set(ids)) {
    const item = items.get(id);
    if (item) placed.push({ id, box: item.box, x: item.x, y: item.y });
  }
  return placed;
}

/** A moveItems edit moving each item by its own offset, leaving out items that do not move. */
function movesBy(
  scenarioId: string,
  items: readonly Placed[],
  offset: (item: Placed) => { dx: number; dy: number },
): Edit {
  const moves = items
    .map((item) => ({ item, ...offset(item) }))
    .filter(({ dx, dy }) => dx !== 0 || dy !== 0)
    .map(({ item, dx, dy }) => ({ id: item.id, x: item.x + dx, y: item.y + dy }));
  return { type: 'moveItems', scenarioId, moves };
}

/**
 * Lines the selected items up on the selection's outer edge (left, right, top, bottom) or on the
 * centre line of the selection's bounds (centre-x: a vertical line; centre-y: a horizontal one),
 * using the boxes the canvas draws. With fewer than two items the edit moves nothing.
 */
export function alignItems(scenario: Scenario, ids: readonly string[], mode: AlignMode): Edit {
  const items = placedItems(scenario, ids);
  if (items.length < 2) return { type: 'moveItems', scenarioId: scenario.id, moves: [] };
  const left = Math.min(...items.map((i) => i.box.x));
  const right = Math.max(...items.map((i) => i.box.x + i.box.width));
  const top = Math.min(...items.map((i) => i.box.y));
  const bottom = Math.max(...items.map((i) => i.box.y + i.box.height));
  return movesBy(scenario.id, items, ({ box }) => {
    switch (mode) {
      case 'left':
        return { dx: left - box.x, dy: 0 };
      case 'right':
        return { dx: right - (box.x + box.width), dy: 0 };
      case 'top':
        return { dx: 0, dy: top - box.y };
      case 'bottom':
        return { dx: 0, dy: bottom - (box.y + box.height) };
      case 'centre-x':
        return { dx: (left + right) / 2 - (box.x + box.width / 2), dy: 0 };
      case 'centre-y':
        return { dx: 0, dy: (top + bottom) / 2 - (box.y + box.height / 2) };
    }
  });
}

/**
 * Spaces the selected items evenly along an axis: the first and last (by their leading edge)
 * stay put and the ones between are moved so the gaps between neighbouring boxes are equal.
 * Equal gaps rather than equal centre spacing, because cards of different heights (more
 * localities) would otherwise look unevenly spaced. Needs three items; fewer moves nothing.
 */
export function distributeItems(scenario: Scenario, ids: readonly string[], axis: 'x' | 'y'): Edit {
  const items = placedItems(scenario, ids);
  if (items.length < 3) return { type: 'moveItems', scenarioId: scenario.id, moves: [] };
  const start = (b: ItemBounds): number => (axis === 'x' ? b.x : b.y);
  const size = (b: ItemBounds): number => (axis === 'x' ? b.width : b.height);
  // Sorted by leading edge, ties by id, so the same selection always distributes the same way.
  const sorted = [...items].sort(
    (a, b) => start(a.box) - start(b.box) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const first = sorted[0] as Placed;
  const last = sorted[sorted.length - 1] as Placed;
  const span = start(last.box) + size(last.box) - start(first.box);
  const gap = (span - sorted.reduce((s, i) => s + size(i.box), 0)) / (sorted.length - 1);
  const target = new Map<string, number>();
  let cursor = start(first.box);
  for (const item of sorted) {
    target.set(item.id, cursor);
    cursor += size(item.box) + gap;
  }
  // The last item's computed start can differ from its own by rounding; it is meant to stay put.
  target.set(last.id, start(last.box));
  return movesBy(scenario.id, sorted, ({ id, box }) => {
    const d = (target.get(id) as number) - start(box);
    return axis === 'x' ? { dx: d, dy: 0 } : { dx: 0, dy: d };
  });
}

/** The nearest multiple of `grid` (a grid of zero or less, or not finite, leaves the value as it is). */
export function snapToGrid(value: number, grid: number): number {
  if (!(grid > 0) || !Number.isFinite(grid)) return value;
  // `+ 0` turns -0 (Math.round(-0.4) * 10) into 0, so a snapped position prints as "0".
  return Math.round(value / grid) * grid + 0;
}
