import type { PlanningYear } from '../../../shared/model/workspace';

/**
 * The year `step` places after (or, negative, before) the shown one, stopping at the ends of the
 * horizon rather than wrapping: a finance lead stepping through years expects the last year to
 * stay put, not to jump back to the first.
 */
export function steppedYearId(
  years: readonly PlanningYear[],
  shownId: string,
  step: number,
): string | undefined {
  const at = years.findIndex((y) => y.id === shownId);
  const next = years[Math.min(years.length - 1, Math.max(0, (at < 0 ? 0 : at) + step))];
  return next?.id;
}
