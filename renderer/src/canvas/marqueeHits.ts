import type { Scene } from './buildScene';
import type { Rect } from './createPanZoom';

function intersects(a: Rect, b: Rect): boolean {
  return (
    a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height
  );
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** A rectangle from two corners in any order. */
export function rectFromCorners(a: { x: number; y: number }, b: { x: number; y: number }): Rect {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(b.x - a.x),
    height: Math.abs(b.y - a.y),
  };
}

/**
 * Ids of the items a marquee selects: every CCG, local authority, provider and hub whose shape it
 * touches, and every cluster it wholly encloses (a cluster is a backdrop round the CCGs: touching
 * it while sweeping up its CCGs should not select the region as well). In paint order.
 */
export function marqueeHits(scene: Scene, marquee: Rect): string[] {
  const hits: string[] = [];
  for (const item of scene.items.values()) {
    const hit =
      item.kind === 'cluster' ? contains(marquee, item.box) : intersects(marquee, item.box);
    if (hit) hits.push(item.id);
  }
  return hits;
}
