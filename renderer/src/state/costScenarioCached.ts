import { resolveAssumptions } from '../../../shared/assumptions/resolveAssumptions';
import { costScenario } from '../../../shared/costing/costScenario';
import type { ScenarioResult } from '../../../shared/costing/results';
import type { Assumptions, Workspace } from '../../../shared/model/workspace';

// Results are derived, never stored (DESIGN.md §3). They are memoised on the workspace object's
// identity — documents are immutable, so a new object is the only way the inputs change — and the
// scenario id. WeakMaps let old workspaces (and their results) be garbage-collected.
const results = new WeakMap<Workspace, Map<string, ScenarioResult>>();
const assumptions = new WeakMap<Workspace, Map<string, Assumptions>>();

/** costScenario(workspace, scenarioId), computed once per (workspace object, scenario id). */
export function costScenarioCached(workspace: Workspace, scenarioId: string): ScenarioResult {
  let byScenario = results.get(workspace);
  if (!byScenario) results.set(workspace, (byScenario = new Map()));
  let result = byScenario.get(scenarioId);
  if (!result) byScenario.set(scenarioId, (result = costScenario(workspace, scenarioId)));
  return result;
}

/** The assumptions in force for a scenario (workspace's with its overrides), memoised likewise. */
export function resolvedAssumptionsCached(workspace: Workspace, scenarioId: string): Assumptions {
  let byScenario = assumptions.get(workspace);
  if (!byScenario) assumptions.set(workspace, (byScenario = new Map()));
  let resolved = byScenario.get(scenarioId);
  if (!resolved) {
    const scenario = workspace.scenarios.find((s) => s.id === scenarioId);
    resolved = resolveAssumptions(workspace.assumptions, scenario?.assumptionOverrides);
    byScenario.set(scenarioId, resolved);
  }
  return resolved;
}
