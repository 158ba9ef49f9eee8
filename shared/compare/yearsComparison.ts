/**
 * The picked scenarios across every planning year: each scenario's running cost against the
 * total allowance year by year, and each CCG's running cost, allowance, headroom and status in
 * every year of every scenario. Figures are the engine's, unrounded.
 */
import type { ScenarioResult, Status, YearCcgResult } from '../costing/results';

export interface YearColumn {
  readonly id: string;
  readonly label: string;
}

export interface ScenarioYearTotals {
  readonly yearId: string;
  readonly running: number;
  readonly allowance: number;
  readonly headroom: number;
  readonly within: number;
  readonly tight: number;
  readonly over: number;
}

export interface ScenarioYears {
  readonly scenarioId: string;
  readonly name: string;
  /** One per year of `years`, in order; null where the scenario has no such year. */
  readonly totals: readonly (ScenarioYearTotals | null)[];
}

export interface CcgYearCell {
  readonly running: number;
  readonly allowance: number;
  readonly headroom: number;
  readonly status: Status;
}

export interface CcgYearsRow {
  readonly ccgId: string;
  readonly name: string;
  /** [year][scenario]: the CCG's figures, or null where it is not in that scenario. */
  readonly cells: readonly (readonly (CcgYearCell | null)[])[];
}

export interface YearsComparison {
  readonly years: readonly YearColumn[];
  readonly scenarios: readonly ScenarioYears[];
  readonly ccgs: readonly CcgYearsRow[];
}

/**
 * The years of the first scenario set the columns (a workspace's scenarios share its years).
 * CCGs are listed once, in the order they first appear across the scenarios.
 */
export function yearsComparison(results: readonly ScenarioResult[]): YearsComparison {
  const years: YearColumn[] = (results[0]?.years ?? []).map((y) => ({ id: y.id, label: y.label }));
  const yearOf = (r: ScenarioResult, id: string) => r.years.find((y) => y.id === id);

  const scenarios = results.map((r): ScenarioYears => ({
    scenarioId: r.scenarioId,
    name: r.name,
    totals: years.map((col) => {
      const y = yearOf(r, col.id);
      if (!y) return null;
      const t = y.totals;
      return {
        yearId: col.id,
        running: t.running,
        allowance: t.allowance,
        headroom: t.headroom,
        within: t.within,
        tight: t.tight,
        over: t.over,
      };
    }),
  }));

  const order: { id: string; name: string }[] = [];
  const seen = new Set<string>();
  for (const r of results) {
    for (const c of r.years[0]?.ccgs ?? []) {
      if (!seen.has(c.id)) {
        seen.add(c.id);
        order.push({ id: c.id, name: c.name });
      }
    }
  }
  const byYear = results.map(
    (r) =>
      new Map(
        years.map((col) => [
          col.id,
          new Map((yearOf(r, col.id)?.ccgs ?? []).map((c) => [c.id, c])),
        ]),
      ),
  );
  const cell = (c: YearCcgResult | undefined): CcgYearCell | null =>
    c
      ? { running: c.running, allowance: c.allowance, headroom: c.headroom, status: c.status }
      : null;
  const ccgs = order.map(({ id, name }): CcgYearsRow => ({
    ccgId: id,
    name,
    cells: years.map((col) => byYear.map((m) => cell(m.get(col.id)?.get(id)))),
  }));
  return { years, scenarios, ccgs };
}
