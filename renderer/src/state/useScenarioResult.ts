import type { ScenarioResult } from '../../../shared/costing/results';
import type { Assumptions } from '../../../shared/model/workspace';
import { assumptionsWithWhatIfs, costWithWhatIfs } from './costWithWhatIfs';
import { useWorkshopStore } from './workshopStore';
import { useDocumentStore } from './documentStore';
import { shownYearId } from './costScenarioCached';
import { useCurrentScenario } from './useCurrentScenario';
import { useUiStore } from './uiStore';

/**
 * The costing of the shown scenario in the shown planning year: derived from the document, memoised, never stored. In
 * workshop mode the presenter's what-ifs (session state, not the document) are laid over it.
 */
export function useScenarioResult(): ScenarioResult {
  const workspace = useDocumentStore((s) => s.workspace);
  const scenario = useCurrentScenario();
  const whatIfs = useWorkshopStore((s) => s.whatIfs);
  const yearId = useUiStore((s) => s.yearId);
  return costWithWhatIfs(workspace, scenario.id, whatIfs, yearId);
}

/** The id of the planning year every figure is shown for (the session's choice, else the first). */
export function useShownYearId(): string {
  const assumptions = useScenarioAssumptions();
  const yearId = useUiStore((s) => s.yearId);
  return shownYearId(assumptions, yearId) ?? '';
}

/** The assumptions in force for the shown scenario (with any what-ifs). */
export function useScenarioAssumptions(): Assumptions {
  const workspace = useDocumentStore((s) => s.workspace);
  const scenario = useCurrentScenario();
  const whatIfs = useWorkshopStore((s) => s.whatIfs);
  const yearId = useUiStore((s) => s.yearId);
  return assumptionsWithWhatIfs(workspace, scenario.id, whatIfs, yearId);
}
