import { create } from 'zustand';
import { DEFAULT_SENSITIVITY_PERCENT } from '../../../shared/sensitivity/tornado';

/** How many scenarios can be compared at once: beyond four the table no longer reads. */
export const MAX_COMPARED = 4;

/**
 * Session state of the Compare view: which scenarios are picked, projector size, and the
 * sensitivity controls. Never saved with the workspace and never undone.
 */
export interface CompareState {
  /** Picked scenario ids in the order picked; null until the user first picks (defaults apply). */
  readonly picked: readonly string[] | null;
  readonly large: boolean;
  /** The scenario and CCG (null: whole scenario) the sensitivity section measures. */
  readonly sensitivityScenarioId: string | null;
  readonly sensitivityCcgId: string | null;
  readonly percent: number;
  /** The planning year compared; null follows the year shown in the editor. */
  readonly yearId: string | null;
  setPicked(ids: readonly string[]): void;
  setLarge(large: boolean): void;
  setSensitivity(scenarioId: string, ccgId: string | null): void;
  setPercent(percent: number): void;
  setYearId(yearId: string | null): void;
}

export const useCompareStore = create<CompareState>()((set) => ({
  picked: null,
  large: false,
  sensitivityScenarioId: null,
  sensitivityCcgId: null,
  percent: DEFAULT_SENSITIVITY_PERCENT,
  yearId: null,
  setPicked: (picked) => set({ picked: picked.slice(0, MAX_COMPARED) }),
  setLarge: (large) => set({ large }),
  setSensitivity: (sensitivityScenarioId, sensitivityCcgId) =>
    set({ sensitivityScenarioId, sensitivityCcgId }),
  setPercent: (percent) => set({ percent }),
  setYearId: (yearId) => set({ yearId }),
}));

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
