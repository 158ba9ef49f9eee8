import { resolveAssumptions } from '../../../shared/assumptions/resolveAssumptions';
import { costScenario } from '../../../shared/costing/costScenario';
import type { ScenarioResult } from '../../../shared/costing/results';
import type { Assumptions, Workspace } from '../../../shared/model/workspace';
import { differsOnlyInPositions } from './differsOnlyInPositions';

// Results are derived, never stored (DESIGN.md §3). They are memoised on the workspace object's
// identity — documents are immutable, so a new object is the only way the inputs change — and the
// scenario id. WeakMaps let old workspaces (and their results) be garbage-collected.
const results = new WeakMap<Workspace, Map<string, ScenarioResult>>();
const assumptions = new WeakMap<Workspace, Map<string, Assumptions>>();
// The workspace last costed: when the next one only moves things (a drop), its figures are
// reused as they are, the same objects, so nothing that shows them has to re-render.
let lastCosted: Workspace | null = null;

/**
 * The planning year to show for a scenario: `yearId` if the scenario's assumptions have it, else
 * the first year (a year the session remembers may have been deleted since).
 */
export function shownYearId(
  assumptions: Assumptions,
  yearId: string | null | undefined,
): string | undefined {
  return yearId != null && assumptions.years.some((y) => y.id === yearId)
    ? yearId
    : assumptions.years[0]?.id;
}

/**
 * costScenario(workspace, scenarioId) for the shown planning year (default the first), computed
 * once per (workspace object, scenario id, year).
 */
export function costScenarioCached(
  workspace: Workspace,
  scenarioId: string,
  yearId?: string | null,
): ScenarioResult {
  let byScenario = results.get(workspace);
  if (!byScenario) results.set(workspace, (byScenario = new Map()));
  const year = shownYearId(resolvedAssumptionsCached(workspace, scenarioId), yearId);
  const key = `${scenarioId}\u0000${year ?? ''}`;
  let result = byScenario.get(key);
  if (!result) {
    const earlier =
      lastCosted && lastCosted !== workspace ? results.get(lastCosted)?.get(key) : undefined;
    result =
      earlier && lastCosted && differsOnlyInPositions(lastCosted, workspace)
        ? earlier
        : costScenario(workspace, scenarioId, { yearId: year });
    byScenario.set(key, result);
  }
  lastCosted = workspace;
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
