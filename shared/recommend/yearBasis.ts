/**
 * The one place Recommend reads the year: its label, its cost index, each CCG's allowance in it
 * and which functions count as running cost. Everything else in Recommend works in year-free
 * engine figures and goes through here to test them against an allowance.
 */
import type { CcgResult } from '../costing/results';
import type { Assumptions } from '../model/workspace';

export interface RecommendYear {
  readonly id: string;
  readonly label: string;
  /** Multiplies every year-free cost to give the year's. */
  readonly costIndex: number;
  /** The CCG's running cost allowance in this year, £. */
  readonly allowance: (ccgId: string) => number;
  /** Whether a function's cost is tested against the allowance. */
  readonly isRunning: (functionId: string) => boolean;
}

/** The years a workspace plans for, in order: one year at the cap before years exist in the model. */
export function yearsOf(_a: Assumptions): readonly { readonly id: string; readonly label: string }[] {
  return [{ id: '2013-14', label: '2013/14' }];
}

/**
 * The year `yearId` (the first when absent), or the sentence saying it does not exist.
 * `populations` are the engine's pop(c), on which the cap is set.
 */
export function recommendYear(
  a: Assumptions, yearId: string | undefined, populations: ReadonlyMap<string, number>,
): RecommendYear | { readonly error: string } {
  const years = yearsOf(a);
  const year = yearId === undefined ? years[0] : years.find((y) => y.id === yearId);
  if (!year) return { error: `no year "${yearId}"; years: ${years.map((y) => y.id).join(', ')}` };
  return {
    id: year.id,
    label: year.label,
    costIndex: 1,
    allowance: (ccgId) => a.capPerHead * (populations.get(ccgId) ?? 0),
    isRunning: () => true,
  };
}

/** A costed CCG's running cost in the year: core plus its running functions, at the year's index. */
export function runningInYear(ccg: CcgResult, year: RecommendYear): number {
  let running = ccg.core;
  for (const [fid, fc] of Object.entries(ccg.functions)) if (year.isRunning(fid)) running += fc.cost;
  return running * year.costIndex;
}
