/**
 * How a CCG's allowance for a year is arrived at, in words, following ccgAllowances: its own
 * published figure; else scaled from the first published figure by the national rates; else the
 * national rate per head times the allowance population.
 */
import { formatPerHead, formatPopulation, formatPounds } from '../format/format';
import type { CcgNode, PlanningYear } from '../model/workspace';
import { ccgAllowances } from './allowance';

export interface AllowanceBasis {
  readonly yearId: string;
  readonly label: string;
  /** The published figure, if the CCG gives one for this year. */
  readonly published?: number;
  /** The allowance in force: the published figure or the worked-out one, £. */
  readonly allowance: number;
  /** For a worked-out figure: how, e.g. "£25.00 × 831,886" or "scaled from 2013/14’s published figure". */
  readonly how?: string;
}

export function allowanceBases(
  ccg: CcgNode,
  years: readonly PlanningYear[],
  population: number,
): readonly AllowanceBasis[] {
  const figures = ccgAllowances(ccg, years, population);
  const published = new Map(ccg.allowances ? Object.entries(ccg.allowances) : []);
  const first = years.find((y) => published.has(y.id));
  const allowancePopulation = ccg.allowancePopulation ?? population;
  return years.map((y, i) => {
    const allowance = figures[i] ?? 0;
    const own = published.get(y.id);
    if (own !== undefined) return { yearId: y.id, label: y.label, published: own, allowance };
    const how = first
      ? `scaled from ${first.label}’s published figure: ${formatPounds(published.get(first.id) ?? 0)} × ${formatPerHead(y.allowancePerHead)} ÷ ${formatPerHead(first.allowancePerHead)}`
      : `${formatPerHead(y.allowancePerHead)} × ${formatPopulation(allowancePopulation)}`;
    return { yearId: y.id, label: y.label, allowance, how };
  });
}
