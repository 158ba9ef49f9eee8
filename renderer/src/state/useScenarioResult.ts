import type { ScenarioResult } from '../../../shared/costing/results';
import type { Assumptions } from '../../../shared/model/workspace';
import { costScenarioCached, resolvedAssumptionsCached } from './costScenarioCached';
import { useDocumentStore } from './documentStore';
import { useCurrentScenario } from './useCurrentScenario';

/** The costing of the shown scenario: derived from the document, memoised, never stored. */
export function useScenarioResult(): ScenarioResult {
  const workspace = useDocumentStore((s) => s.workspace);
  const scenario = useCurrentScenario();
  return costScenarioCached(workspace, scenario.id);
}

/** The assumptions in force for the shown scenario. */
export function useScenarioAssumptions(): Assumptions {
  const workspace = useDocumentStore((s) => s.workspace);
  const scenario = useCurrentScenario();
  return resolvedAssumptionsCached(workspace, scenario.id);
}
