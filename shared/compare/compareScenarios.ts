/**
 * Scenarios side by side (issue 5, compare): every CCG's £/head, headroom and status in each
 * picked scenario, matched by id (ids are shared across a workspace's scenarios), with the
 * differences relative to the first picked scenario, and the scenario totals likewise.
 */
import { costScenario } from '../costing/costScenario';
import type { CcgResult, ScenarioResult, ScenarioTotals } from '../costing/results';
import type { Workspace } from '../model/workspace';

/** The change from the first picked scenario to another, for one CCG. */
export interface CcgDifference {
  readonly perHead: number;
  readonly headroom: number;
  readonly total: number;
}

export interface CompareRow {
  readonly ccgId: string;
  /** The CCG's name in the first picked scenario that has it. */
  readonly name: string;
  /** One entry per picked scenario: the CCG's result there, or null for "not in this scenario". */
  readonly results: readonly (CcgResult | null)[];
  /**
   * One entry per picked scenario: the change from the first picked scenario, or null for the
   * first itself and wherever the CCG is missing from either scenario.
   */
  readonly differences: readonly (CcgDifference | null)[];
}

export interface TotalsDifference {
  readonly population: number;
  readonly total: number;
  readonly perHead: number;
}

export interface ScenarioComparison {
  readonly scenarios: readonly ScenarioResult[];
  readonly rows: readonly CompareRow[];
  readonly totals: readonly ScenarioTotals[];
  /** Per picked scenario: totals minus the first scenario's (null for the first). */
  readonly totalDifferences: readonly (TotalsDifference | null)[];
}

/**
 * Compares the picked scenarios (in the order given). Rows list each CCG once, in the order it
 * first appears across the picked scenarios. Throws if a scenario id does not exist.
 */
export function compareScenarios(
  workspace: Workspace,
  scenarioIds: readonly string[],
  cost: (workspace: Workspace, scenarioId: string) => ScenarioResult = costScenario,
): ScenarioComparison {
  const scenarios = scenarioIds.map((id) => cost(workspace, id));
  const byId = scenarios.map((r) => new Map(r.ccgs.map((c) => [c.id, c])));
  const order: { id: string; name: string }[] = [];
  const seen = new Set<string>();
  for (const result of scenarios) {
    for (const c of result.ccgs) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      order.push({ id: c.id, name: c.name });
    }
  }

  const rows = order.map(({ id, name }): CompareRow => {
    const results = byId.map((m) => m.get(id) ?? null);
    const first = results[0] ?? null;
    const differences = results.map((r, i): CcgDifference | null =>
      i === 0 || !r || !first
        ? null
        : {
            perHead: r.perHead - first.perHead,
            headroom: r.headroom - first.headroom,
            total: r.total - first.total,
          },
    );
    return { ccgId: id, name, results, differences };
  });

  const totals = scenarios.map((s) => s.totals);
  const base = totals[0];
  const totalDifferences = totals.map((t, i): TotalsDifference | null =>
    i === 0 || !base
      ? null
      : {
          population: t.population - base.population,
          total: t.total - base.total,
          perHead: t.perHead - base.perHead,
        },
  );
  return { scenarios, rows, totals, totalDifferences };
}
