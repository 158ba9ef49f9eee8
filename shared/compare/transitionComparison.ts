/**
 * The picked scenarios' transitions side by side: for each, its baseline, one-off total, payback
 * and the cumulative net saving after each planning year (running saved so far − one-off), so
 * Compare can show when each option has paid for itself. The last year's figure is the
 * transition's cumulative net.
 */
import type { ScenarioResult } from '../costing/results';
import type { Workspace } from '../model/workspace';
import { scenarioTransition } from '../staffing/scenarioTransition';

export interface ScenarioTransitionSummary {
  readonly scenarioId: string;
  readonly name: string;
  /** null when the scenario has no baseline. */
  readonly baseline: { readonly id: string; readonly name: string } | null;
  readonly oneOff: number;
  readonly firstYearSaving: number;
  /** oneOff ÷ first-year saving; null (never) without a saving. */
  readonly paybackYears: number | null;
  /** Cumulative net saving after each planning year, in year order. */
  readonly cumulativeNet: readonly {
    readonly yearId: string;
    readonly label: string;
    readonly value: number;
  }[];
}

/** One summary per picked scenario, in order. `cost` may return cached results. */
export function transitionComparison(
  workspace: Workspace,
  scenarioIds: readonly string[],
  cost: (ws: Workspace, id: string) => ScenarioResult,
): ScenarioTransitionSummary[] {
  return scenarioIds.map((id) => {
    const scenario = workspace.scenarios.find((s) => s.id === id);
    const name = scenario?.name ?? id;
    const t = scenarioTransition(workspace, id, cost);
    if (!t)
      return {
        scenarioId: id,
        name,
        baseline: null,
        oneOff: 0,
        firstYearSaving: 0,
        paybackYears: null,
        cumulativeNet: [],
      };
    const now = cost(workspace, id);
    const base = cost(workspace, t.baselineScenarioId);
    const baseRunning = new Map<string, Map<string, number>>();
    for (const y of base.years)
      baseRunning.set(y.id, new Map(y.ccgs.map((c) => [c.id, c.running])));
    let saved = 0;
    const cumulativeNet = now.years.map((y) => {
      const was = baseRunning.get(y.id);
      // A CCG the baseline lacks saves nothing, as in the transition itself.
      for (const c of y.ccgs) {
        const before = was?.get(c.id);
        if (before !== undefined) saved += before - c.running;
      }
      return { yearId: y.id, label: y.label, value: saved - t.totals.oneOff };
    });
    const { oneOff, firstYearSaving } = t.totals;
    return {
      scenarioId: id,
      name,
      baseline: {
        id: t.baselineScenarioId,
        name:
          workspace.scenarios.find((s) => s.id === t.baselineScenarioId)?.name ??
          t.baselineScenarioId,
      },
      oneOff,
      firstYearSaving,
      paybackYears: firstYearSaving > 0 ? oneOff / firstYearSaving : null,
      cumulativeNet,
    };
  });
}
