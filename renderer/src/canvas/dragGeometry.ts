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
  /** New centres of hubs that move: dragged ones, and unplaced ones whose members move. */
  readonly hubs: ReadonlyMap<string, { readonly cx: number; readonly cy: number }>;
  /** New ends of every line touching something that moves; other lines stay as they are. */
  readonly edges: readonly EdgePosition[];
  /** New ends of the overlap lines from or to something that moves (centre to centre, as drawn). */
  readonly overlaps: readonly OverlapPosition[];
}

/**
 * The lines and hubs to redraw while `moving` items are offset by (dx, dy): the drag engine
 * writes these straight to the DOM each frame. Mirrors buildScene: a hub without a position of
 * its own sits at the centroid of its members' cards, so it follows them.
 */
export function dragGeometry(scene: Scene, moving: ReadonlySet<string>, dx: number, dy: number): DragGeometry {
  const centre = (id: string): { x: number; y: number } | undefined => {
    const r = scene.boundsById.get(id);
    if (!r) return undefined;
    const shift = moving.has(id) ? 1 : 0;
    return { x: r.x + r.width / 2 + shift * dx, y: r.y + r.height / 2 + shift * dy };
  };
  const hubs = new Map<string, { cx: number; cy: number }>();
  const edges: EdgePosition[] = [];
  for (const hub of scene.hubs) {
    const id = hub.arrangement.id;
    const touched = hub.edges.some((e) => moving.has(e.targetId));
    let cx = hub.cx;
    let cy = hub.cy;
    let hubMoved = false;
    if (moving.has(id)) {
      cx += dx;
      cy += dy;
      hubMoved = true;
    } else if (touched && (hub.arrangement.x === undefined || hub.arrangement.y === undefined)) {
      const members = hub.edges.filter((e) => e.kind === 'member' || e.kind === 'host')
        .map((e) => centre(e.targetId)).filter((p): p is { x: number; y: number } => p !== undefined);
      if (members.length > 0) {
        // Only the unset coordinate follows the members, as in buildScene.
        if (hub.arrangement.x === undefined) cx = members.reduce((s, p) => s + p.x, 0) / members.length;
        if (hub.arrangement.y === undefined) cy = members.reduce((s, p) => s + p.y, 0) / members.length;
        hubMoved = cx !== hub.cx || cy !== hub.cy;
      }
    }
    if (hubMoved) hubs.set(id, { cx, cy });
    if (!hubMoved && !touched) continue;
    for (const e of hub.edges) {
      if (!hubMoved && !moving.has(e.targetId)) continue;
      const end = centre(e.targetId) ?? { x: e.x2, y: e.y2 };
      edges.push({ hubId: id, targetId: e.targetId, x1: cx, y1: cy, x2: end.x, y2: end.y });
    }
  }
  const overlaps: OverlapPosition[] = [];
  for (const o of scene.overlaps) {
    const ccgMoves = moving.has(o.ccgId);
    const laMoves = moving.has(o.laId);
    if (!ccgMoves && !laMoves) continue;
    overlaps.push({
      ccgId: o.ccgId,
      laId: o.laId,
      x1: o.x1 + (ccgMoves ? dx : 0),
      y1: o.y1 + (ccgMoves ? dy : 0),
      x2: o.x2 + (laMoves ? dx : 0),
      y2: o.y2 + (laMoves ? dy : 0),
    });
  }
  return { hubs, edges, overlaps };
}
