/**
 * A CCG's running cost allowance in each planning year. The published figure for the year if
 * there is one; else the first published figure (in the years' order) scaled by the national
 * rate per head; else the national rate per head times the allowance population (the CCG's own
 * population unless it gives the ONS-adjusted one).
 */
import type { CcgNode, PlanningYear } from '../model/workspace';

/** The CCG's allowance, £, in each of `years`, in order. */
export function ccgAllowances(
  ccg: CcgNode,
  years: readonly PlanningYear[],
  population: number,
): number[] {
  // Own keys only, never `in` or a plain index: a year id such as "toString" must not find the prototype.
  const published = new Map(ccg.allowances ? Object.entries(ccg.allowances) : []);
  const first = years.find((y) => published.has(y.id));
  const firstFigure = first ? published.get(first.id) : undefined;
  return years.map((y) => {
    const own = published.get(y.id);
    if (own !== undefined) return own;
    if (first && firstFigure !== undefined)
      return (firstFigure * y.allowancePerHead) / first.allowancePerHead;
    return y.allowancePerHead * (ccg.allowancePopulation ?? population);
  });
}
