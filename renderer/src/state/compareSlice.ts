import { DEFAULT_SENSITIVITY_PERCENT } from '../../../shared/sensitivity/tornado';
import type { SliceSet } from './sliceOf';

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

/** The editor's Compare view state (its session store's `compare`). */
export function compareSlice(set: SliceSet<CompareState>): CompareState {
  return {
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
  };
}
