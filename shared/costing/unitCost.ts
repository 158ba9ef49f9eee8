import type { SupportFunction } from '../model/workspace';

/** u_f(P) = cost_f·(P/referencePopulation)^(−e_f): £ per head for function f serving P (DESIGN.md §4.3). */
export function unitCost(
  fn: SupportFunction,
  population: number,
  referencePopulation: number,
): number {
  return fn.costPerHead * Math.pow(population / referencePopulation, -fn.scaleElasticity);
}

/** T_f(P) = u_f(P)·P: the total cost of function f serving P (DESIGN.md §4.3). */
export function totalFunctionCost(
  fn: SupportFunction,
  population: number,
  referencePopulation: number,
): number {
  return unitCost(fn, population, referencePopulation) * population;
}
