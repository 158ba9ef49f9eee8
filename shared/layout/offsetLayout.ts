import {
  centreOf,
  type HubEdge,
  type Layout,
  type LayoutHub,
  type LayoutItem,
  type OverlapLink,
} from './layout';
import { drawingBounds, hubExtent, hubItem, mean } from './layoutScenario';

/** What changes when some items are offset: only the items, hubs and links that move. */
export interface LayoutChanges {
  /** The offset items, and hubs that moved, by id. */
  readonly items: ReadonlyMap<string, LayoutItem>;
  /** Hubs that are offset or touch something that is: new centres and line ends. */
  readonly hubs: ReadonlyMap<string, LayoutHub>;
  /** Overlap links with an end on something offset, by their index in layout.overlaps. */
  readonly overlaps: ReadonlyMap<number, OverlapLink>;
}

/**
 * What offsetting the items `ids` by (dx, dy) changes, without copying the rest of the layout:
 * the drag asks for this on every frame. Offset hubs get a position of their own (as the move
 * writes one); a hub that follows its members recomputes the coordinates it follows; every line
 * and link ends at the new centres. Unknown ids are skipped.
 */
export function offsetChanges(
  layout: Layout,
  ids: Iterable<string>,
  dx: number,
  dy: number,
): LayoutChanges {
  const items = new Map<string, LayoutItem>();
  for (const id of ids) {
    const item = layout.items.get(id);
    if (!item || items.has(id)) continue;
    const { box } = item;
    items.set(id, {
      ...item,
      x: item.x + dx,
      y: item.y + dy,
      box: { ...box, x: box.x + dx, y: box.y + dy },
    });
  }
  // Where a line to `id` ends: `drawn` (as laid out) unless the item is offset.
  const centre = (id: string, drawn: { x: number; y: number }): { x: number; y: number } => {
    const moved = items.get(id);
    return moved ? centreOf(moved.box) : drawn;
  };
  const centreNow = (id: string): { x: number; y: number } => {
    const item = items.get(id) ?? layout.items.get(id);
    return item ? centreOf(item.box) : { x: 0, y: 0 };
  };

  const hubs = new Map<string, LayoutHub>();
  for (const hub of layout.hubs.values()) {
    const offset = items.has(hub.id);
    if (!offset && !hub.edges.some((e) => items.has(e.targetId))) continue;
    let { cx, cy, followsX, followsY } = hub;
    if (offset) {
      cx += dx;
      cy += dy;
      followsX = false;
      followsY = false;
    } else if (followsX || followsY) {
      const members = hub.members.map(centreNow);
      if (followsX) cx = mean(members.map((p) => p.x));
      if (followsY) cy = mean(members.map((p) => p.y));
    }
    const edges = hub.edges.map((e): HubEdge => {
      const end = centre(e.targetId, { x: e.x2, y: e.y2 });
      return { ...e, x1: cx, y1: cy, x2: end.x, y2: end.y };
    });
    const moved: LayoutHub = {
      ...hub,
      cx,
      cy,
      followsX,
      followsY,
      edges,
      extent: hubExtent(cx, cy),
    };
    hubs.set(hub.id, moved);
    items.set(hub.id, hubItem(moved));
  }

  const overlaps = new Map<number, OverlapLink>();
  layout.overlaps.forEach((o, i) => {
    if (!items.has(o.ccgId) && !items.has(o.laId)) return;
    const from = centre(o.ccgId, { x: o.x1, y: o.y1 });
    const to = centre(o.laId, { x: o.x2, y: o.y2 });
    overlaps.set(i, { ...o, x1: from.x, y1: from.y, x2: to.x, y2: to.y });
  });
  return { items, hubs, overlaps };
}

/**
 * The layout with the items `ids` offset by (dx, dy) and everything that follows them moved:
 * hubs that follow their members, and the ends of lines and links. The same as laying out the
 * scenario after moving those items by (dx, dy).
 */
export function offsetLayout(
  layout: Layout,
  ids: Iterable<string>,
  dx: number,
  dy: number,
): Layout {
  const changes = offsetChanges(layout, ids, dx, dy);
  const items = new Map<string, LayoutItem>();
  for (const [id, item] of layout.items) items.set(id, changes.items.get(id) ?? item);
  const hubs = new Map<string, LayoutHub>();
  for (const [id, hub] of layout.hubs) hubs.set(id, changes.hubs.get(id) ?? hub);
  const overlaps = layout.overlaps.map((o, i) => changes.overlaps.get(i) ?? o);
  return { items, hubs, overlaps, bounds: drawingBounds(items, hubs) };
}
