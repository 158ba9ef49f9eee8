/**
 * The core cost of a CCG is fixedPerCcg + perHead × population, fitted to one published point: a
 * CCG of 175,000 people costs about £2.0m (the Department of Health's ready reckoner). How that
 * £2.0m splits into a fixed and a per-head part is a judgement the data does not settle, yet it
 * decides how much a small CCG pays. These helpers move the split while keeping the fitted point.
 */
import type { Assumptions } from '../model/workspace';

/** The population the core cost was fitted at. */
export const CORE_FIT_POPULATION = 175_000;

type Core = Pick<Assumptions['core'], 'fixedPerCcg' | 'perHead'>;

/** The core cost of a CCG of CORE_FIT_POPULATION, £ (before devolved localities). */
export function coreAtFitPoint(core: Core): number {
  return core.fixedPerCcg + core.perHead * CORE_FIT_POPULATION;
}

/** The fixed part's share of the core at the fit point (0..1; 0 when that core is nothing). */
export function coreFixedShare(core: Core): number {
  const c = coreAtFitPoint(core);
  return c > 0 ? core.fixedPerCcg / c : 0;
}

/**
 * The core with the fixed part set to `share` of C (C = the core at the fit point under `core`)
 * and the rest spread per head, so a CCG of CORE_FIT_POPULATION keeps its core exactly:
 * fixedPerCcg = share × C, perHead = (1 − share) × C / CORE_FIT_POPULATION.
 */
export function splitCore<T extends Core>(core: T, share: number): T {
  if (!(share >= 0 && share <= 1))
    throw new RangeError(`The core's fixed share must be from 0% to 100%, not ${share}`);
  const c = coreAtFitPoint(core);
  return { ...core, fixedPerCcg: share * c, perHead: ((1 - share) * c) / CORE_FIT_POPULATION };
}
