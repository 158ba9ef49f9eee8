import type { Scene, SceneItem } from './buildScene';

/**
 * What actually moves when these items are dragged or nudged: the items themselves, plus the
 * CCGs inside any cluster among them (a cluster region carries its CCGs, or they would be left
 * outside the region that claims them). Localities and unknown ids are skipped: a locality moves
 * with its card, and only by being dropped on another card.
 */
export function movingItems(scene: Scene, ids: readonly string[]): SceneItem[] {
  const chosen = new Set<string>();
  for (const id of ids) {
    const item = scene.items.get(id);
    if (!item) continue;
    chosen.add(id);
    if (item.kind === 'cluster') {
      for (const other of scene.items.values())
        if (other.kind === 'ccg' && other.clusterId === id) chosen.add(other.id);
    }
  }
  // In paint order, so the result does not depend on the order things were selected in.
  return [...scene.items.values()].filter((item) => chosen.has(item.id));
}
