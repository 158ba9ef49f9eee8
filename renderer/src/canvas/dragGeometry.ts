import type { Box, LayoutItem } from '../../../shared/layout/layout';
import { offsetChanges } from '../../../shared/layout/offsetLayout';
import type { Scene } from './buildScene';

export interface EdgePosition {
  readonly hubId: string;
  readonly targetId: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Where a CCG ↔ local authority overlap line (buildScene's OverlapLink) is drawn during a drag. */
export interface OverlapPosition {
  readonly ccgId: string;
  readonly laId: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface DragGeometry {
  /** New positions (what the move would write) of the dragged items themselves. */
  readonly items: ReadonlyMap<
    string,
    { readonly x: number; readonly y: number; readonly box: Box }
  >;
  /** New centres of hubs that move: dragged ones, and unplaced ones whose members move. */
  readonly hubs: ReadonlyMap<string, { readonly cx: number; readonly cy: number }>;
  /** New ends of every line touching something that moves; other lines stay as they are. */
  readonly edges: readonly EdgePosition[];
  /** New ends of the overlap lines from or to something that moves (centre to centre, as drawn). */
  readonly overlaps: readonly OverlapPosition[];
}

/**
 * The lines and hubs to redraw while `moving` items are offset by (dx, dy): the drag engine
 * writes these straight to the DOM each frame. The geometry is the layout's own (offsetChanges):
 * a hub without a position of its own follows its members; this picks out what to redraw.
 */
export function dragGeometry(
  scene: Scene,
  moving: ReadonlySet<string>,
  dx: number,
  dy: number,
): DragGeometry {
  const changes = offsetChanges(scene.layout, moving, dx, dy);
  const items = new Map<string, LayoutItem>();
  for (const id of moving) {
    const item = changes.items.get(id);
    if (item) items.set(id, item);
  }
  const hubs = new Map<string, { cx: number; cy: number }>();
  const edges: EdgePosition[] = [];
  for (const hub of changes.hubs.values()) {
    const was = scene.layout.hubs.get(hub.id);
    const hubMoved = moving.has(hub.id) || hub.cx !== was?.cx || hub.cy !== was.cy;
    if (hubMoved) hubs.set(hub.id, { cx: hub.cx, cy: hub.cy });
    for (const e of hub.edges) {
      // A hub that stays put keeps its lines to what stays put.
      if (hubMoved || moving.has(e.targetId))
        edges.push({ hubId: hub.id, targetId: e.targetId, x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2 });
    }
  }
  const overlaps: OverlapPosition[] = [];
  for (const o of changes.overlaps.values())
    overlaps.push({ ccgId: o.ccgId, laId: o.laId, x1: o.x1, y1: o.y1, x2: o.x2, y2: o.y2 });
  return { items, hubs, edges, overlaps };
}
