import type { ScenarioResult } from '../../../shared/costing/results';

/**
 * The rows of a side-by-side comparison: every CCG of any of the scenarios, once, in the order
 * first met. CCGs are matched by id (a branched scenario keeps its CCGs' ids).
 */
export function comparisonRows(
  results: readonly ScenarioResult[],
): readonly { readonly id: string; readonly name: string }[] {
  const rows = new Map<string, string>();
  for (const r of results) for (const c of r.ccgs) if (!rows.has(c.id)) rows.set(c.id, c.name);
  return [...rows].map(([id, name]) => ({ id, name }));
}
