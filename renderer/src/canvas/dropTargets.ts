import type { CardLayout, Scene } from './buildScene';
import type { Rect } from './createPanZoom';

export interface Point {
  readonly x: number;
  readonly y: number;
}

function inside(p: Point, r: Rect): boolean {
  return p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
}

/** The CCG card under a canvas point (the topmost, as drawn), other than `exceptCcgId`'s. */
export function cardAt(scene: Scene, point: Point, exceptCcgId?: string): CardLayout | undefined {
  for (let i = scene.cards.length - 1; i >= 0; i--) {
    const card = scene.cards[i];
    if (card && card.node.id !== exceptCcgId && card.result && inside(point, card)) return card;
  }
  return undefined;
}

/**
 * The cluster whose region holds a point: the smallest, if regions overlap (the most specific).
 * `rects` gives clusters' current regions, which a drag may be moving.
 */
export function clusterAt(rects: ReadonlyMap<string, Rect>, point: Point): string | null {
  let best: string | null = null;
  let bestArea = Infinity;
  for (const [id, r] of rects) {
    const area = r.width * r.height;
    if (inside(point, r) && area < bestArea) {
      best = id;
      bestArea = area;
    }
  }
  return best;
}

/** Current regions of every cluster in the scene. */
export function clusterRects(scene: Scene): Map<string, Rect> {
  return new Map(
    scene.clusters.map((c) => [c.id, { x: c.x, y: c.y, width: c.width, height: c.height }]),
  );
}
