import type { Edit } from '../../../shared/edits/edit';
import { centreOf } from '../../../shared/layout/layout';
import type { Scene } from './buildScene';
import { clusterAt, clusterRects } from './dropTargets';

export interface Move {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/**
 * The edits for a drop (or a nudge): one moveItems, then a setCluster for each moved CCG whose
 * centre has changed region — into the cluster it now lies in, or out of every cluster. A CCG
 * whose region is unchanged keeps its cluster, even if it was drawn outside it to begin with, so
 * a small move never silently rewrites membership that came from a file.
 */
export function planMove(scene: Scene, scenarioId: string, moves: readonly Move[]): Edit[] {
  const real = moves.filter((m) => {
    const item = scene.items.get(m.id);
    return item !== undefined && (item.x !== m.x || item.y !== m.y);
  });
  if (real.length === 0) return [];
  const edits: Edit[] = [{ type: 'moveItems', scenarioId, moves: real }];

  const before = clusterRects(scene);
  const after = new Map(before);
  for (const m of real) {
    const r = before.get(m.id);
    if (r) after.set(m.id, { ...r, x: m.x, y: m.y });
  }
  for (const m of real) {
    const item = scene.items.get(m.id);
    if (item?.kind !== 'ccg') continue;
    const was = clusterAt(before, centreOf(item.box));
    const now = clusterAt(after, centreOf({ ...item.box, x: m.x, y: m.y }));
    const current = item.clusterId ?? null;
    if (now !== was && now !== current)
      edits.push({ type: 'setCluster', scenarioId, ccgId: m.id, clusterId: now });
  }
  return edits;
}
