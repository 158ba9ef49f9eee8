/**
 * The one place Recommend reads the year: its label, each CCG's allowance in it and which
 * functions count as running cost. Every cost Recommend uses comes from the engine asked for
 * that year (costOptions), so costs are already the year's: its cost index applied.
 */
import { ccgAllowances } from '../costing/allowance';
import type { CostOptions } from '../costing/costScenario';
import type { CcgResult } from '../costing/results';
import type { ScenarioIndex } from '../model/scenarioIndex';
import type { Assumptions } from '../model/workspace';

export interface RecommendYear {
  readonly id: string;
  readonly label: string;
  /** The CCG's running cost allowance in this year, £. */
  readonly allowance: (ccgId: string) => number;
  /** Whether a function's cost is tested against the allowance (running, not programme). */
  readonly isRunning: (functionId: string) => boolean;
}

/** The planning years, in order. */
export function yearsOf(
  a: Assumptions,
): readonly { readonly id: string; readonly label: string }[] {
  return a.years;
}

/**
 * The year `yearId` (the first when absent), or the sentence saying it does not exist.
 * `populations` are the engine's pop(c), on which an allowance without published figures is set.
 */
export function recommendYear(
  a: Assumptions,
  yearId: string | undefined,
  index: ScenarioIndex,
  populations: ReadonlyMap<string, number>,
): RecommendYear | { readonly error: string } {
  const at = yearId === undefined ? 0 : a.years.findIndex((y) => y.id === yearId);
  const year = a.years[at];
  if (!year)
    return { error: `no year "${yearId ?? ''}"; years: ${a.years.map((y) => y.id).join(', ')}` };
  const allowances = new Map(
    index.ccgs.map((c) => [c.id, ccgAllowances(c, a.years, populations.get(c.id) ?? 0)[at] ?? 0]),
  );
  const running = new Map(a.functions.map((f) => [f.id, f.runningCost]));
  return {
    id: year.id,
    label: year.label,
    allowance: (ccgId) => allowances.get(ccgId) ?? 0,
    isRunning: (fid) => running.get(fid) ?? true,
  };
}

/** What to ask the engine for: the year's figures. */
export function costOptions(year: RecommendYear): CostOptions {
  return { yearId: year.id };
}

/** A CCG's running cost in the year it was costed for: core plus its running functions. */
export function runningInYear(ccg: CcgResult): number {
  return ccg.running;
}
