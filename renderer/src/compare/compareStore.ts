import { sessionSliceHook } from '../state/sessionSliceHook';

export { MAX_COMPARED, type CompareState } from '../state/compareSlice';

/** The Compare view's picks and controls, in the editor's session (see sessionSliceHook). */
export const useCompareStore = sessionSliceHook('compare');

/**
 * The picked scenarios that the workspace still has, in picking order. Before the user picks:
 * the scenario shown on the canvas and the one after it (or before it, if it is the last).
 */
export function pickedScenarioIds(
  picked: readonly string[] | null,
  scenarioIds: readonly string[],
  shownId: string,
): readonly string[] {
  if (picked) return picked.filter((id) => scenarioIds.includes(id));
  const at = Math.max(0, scenarioIds.indexOf(shownId));
  const other = scenarioIds[at + 1] ?? scenarioIds[at - 1];
  return [scenarioIds[at], other].filter((id): id is string => id !== undefined);
}

/** The picked ids with `baselineId` first (every table, chart and sentence measures from the first), the rest in order. */
export function withBaseline(ids: readonly string[], baselineId: string): readonly string[] {
  return ids.includes(baselineId) ? [baselineId, ...ids.filter((id) => id !== baselineId)] : ids;
}
