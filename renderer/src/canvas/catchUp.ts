import type { Rect } from './createPanZoom';
import { intersects } from './cullRect';

/** One item to draw: from the scene now shown, or (off screen, for a frame) from the one before. */
export interface Drawn<T> {
  readonly item: T;
  /** Still the previous scene's: out of sight both before and after the change. */
  readonly previous: boolean;
}

/**
 * What to draw while the canvas catches up with a change: items on screen (`near`) as they are
 * now, items out of sight as they were, so the first frame after a change rebuilds only what
 * the user can see. An item out of sight both before and after keeps its previous drawing; one
 * new out of sight waits; one gone that was out of sight stays a frame longer. Items that were on
 * screen, or are now, are always drawn as they are now — nothing visible is ever stale — and so
 * are those `keep` names (the selection, which a command may focus at once). Current items keep
 * their order; previous-only ones follow them, as they are about to go.
 */
export function catchUp<T>(
  current: readonly T[],
  previous: readonly T[],
  keyOf: (item: T) => string,
  boxOf: (item: T, fromPrevious: boolean) => Rect | undefined,
  near: Rect,
  keep: (key: string) => boolean = () => false,
): Drawn<T>[] {
  // An item without a box cannot be placed, so it is treated as visible and drawn as it is now.
  const inSight = (item: T, fromPrevious: boolean): boolean => {
    const box = boxOf(item, fromPrevious);
    return !box || intersects(near, box);
  };
  const before = new Map(previous.map((item) => [keyOf(item), item]));
  const drawn: Drawn<T>[] = [];
  const seen = new Set<string>();
  for (const item of current) {
    const key = keyOf(item);
    seen.add(key);
    const old = before.get(key);
    if (keep(key) || inSight(item, false) || (old !== undefined && inSight(old, true)))
      drawn.push({ item, previous: false });
    else if (old !== undefined) drawn.push({ item: old, previous: true });
  }
  for (const old of previous)
    if (!seen.has(keyOf(old)) && !inSight(old, true)) drawn.push({ item: old, previous: true });
  return drawn;
}
