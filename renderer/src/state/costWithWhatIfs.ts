import { costScenarioWith } from '../../../shared/costing/costScenario';
import type { ScenarioResult } from '../../../shared/costing/results';
import type { Assumptions, Workspace } from '../../../shared/model/workspace';
import { costScenarioCached, resolvedAssumptionsCached, shownYearId } from './costScenarioCached';
import { applyWhatIfs, hasWhatIfs, type WhatIfs } from './applyWhatIfs';

// One result per (workspace object, scenario id, what-ifs object): a slider step makes a new
// what-ifs object, a drag a new workspace, so identity says when to cost again.
const results = new WeakMap<Workspace, Map<string, { whatIfs: WhatIfs; result: ScenarioResult }>>();

/** The assumptions in force for a scenario with the what-ifs applied (the allowance one to year `yearId`). */
export function assumptionsWithWhatIfs(
  workspace: Workspace,
  scenarioId: string,
  whatIfs: WhatIfs,
  yearId?: string | null,
): Assumptions {
  return applyWhatIfs(resolvedAssumptionsCached(workspace, scenarioId), whatIfs, yearId);
}

/**
 * A scenario's costing with the presenter's what-ifs (costScenarioWith on the what-if
 * assumptions); without what-ifs, exactly the document's cached result, so a reset restores
 * every figure to the very numbers the scenario gives.
 */
export function costWithWhatIfs(
  workspace: Workspace,
  scenarioId: string,
  whatIfs: WhatIfs,
  yearId?: string | null,
): ScenarioResult {
  if (!hasWhatIfs(whatIfs)) return costScenarioCached(workspace, scenarioId, yearId);
  let byScenario = results.get(workspace);
  if (!byScenario) results.set(workspace, (byScenario = new Map()));
  const year = shownYearId(resolvedAssumptionsCached(workspace, scenarioId), yearId);
  const key = `${scenarioId}\u0000${year ?? ''}`;
  const hit = byScenario.get(key);
  if (hit && hit.whatIfs === whatIfs) return hit.result;
  const scenario = workspace.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return costScenarioCached(workspace, scenarioId); // throws the engine's own message
  const result = costScenarioWith(
    scenario,
    assumptionsWithWhatIfs(workspace, scenarioId, whatIfs, year),
    { yearId: year },
  );
  byScenario.set(key, { whatIfs, result });
  return result;
}
