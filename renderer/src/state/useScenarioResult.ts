import type { ScenarioResult } from '../../../shared/costing/results';
import type { Assumptions } from '../../../shared/model/workspace';
import { assumptionsWithWhatIfs, costWithWhatIfs } from '../workshop/costWithWhatIfs';
import { useWorkshopStore } from '../workshop/workshopStore';
import { useDocumentStore } from './documentStore';
import { useCurrentScenario } from './useCurrentScenario';

/**
 * The costing of the shown scenario: derived from the document, memoised, never stored. In
 * workshop mode the presenter's what-ifs (session state, not the document) are laid over it.
 */
export function useScenarioResult(): ScenarioResult {
  const workspace = useDocumentStore((s) => s.workspace);
  const scenario = useCurrentScenario();
  const whatIfs = useWorkshopStore((s) => s.whatIfs);
  return costWithWhatIfs(workspace, scenario.id, whatIfs);
}

/** The assumptions in force for the shown scenario (with any what-ifs). */
export function useScenarioAssumptions(): Assumptions {
  const workspace = useDocumentStore((s) => s.workspace);
  const scenario = useCurrentScenario();
  const whatIfs = useWorkshopStore((s) => s.whatIfs);
  return assumptionsWithWhatIfs(workspace, scenario.id, whatIfs);
}
