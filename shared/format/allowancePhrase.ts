/**
 * A CCG's status in words, against what it is really tested on: its own allowance for the year
 * ("within its 2013/14 allowance of £1,660,000"), or — only when it has no published allowance and
 * no allowance population, so the allowance is the national rate × its registered list — the
 * national rate per head ("within the £25 cap (national rate: no published allowance)").
 */
import type { Status } from '../costing/results';
import type { CcgNode, PlanningYear } from '../model/workspace';
import { formatCap, formatPerHead, formatPopulation, formatPounds } from './format';

/** What a CCG's status is tested against in one planning year. */
export interface AllowanceTest {
  readonly yearLabel: string;
  /** The allowance in force, £. */
  readonly allowance: number;
  /** Registered population: per-head figures are on it. */
  readonly population: number;
  /** How the allowance is arrived at. */
  readonly basis: 'published' | 'allowance-population' | 'national-rate';
  /** The year's national rate, £ a head. */
  readonly ratePerHead: number;
  /** The ONS-adjusted population the allowance is worked on, when the CCG gives one. */
  readonly allowancePopulation?: number;
}

/**
 * The test of one CCG in one year. `published` is any published figure (this year's, or another
 * year's scaled by the national rates): the validator only lets `allowances` name planning years,
 * so any key at all means the allowance is the CCG's own.
 */
export function allowanceTest(
  node: Pick<CcgNode, 'allowances' | 'allowancePopulation'> | undefined,
  result: { readonly allowance: number; readonly population: number },
  year: Pick<PlanningYear, 'label' | 'allowancePerHead'>,
): AllowanceTest {
  const published = node?.allowances !== undefined && Object.keys(node.allowances).length > 0;
  const allowancePopulation = node?.allowancePopulation;
  const basis = published
    ? 'published'
    : allowancePopulation !== undefined
      ? 'allowance-population'
      : 'national-rate';
  return {
    yearLabel: year.label,
    allowance: result.allowance,
    population: result.population,
    basis,
    ratePerHead: year.allowancePerHead,
    ...(allowancePopulation !== undefined ? { allowancePopulation } : {}),
  };
}

const VERB: Readonly<Record<Status, string>> = {
  within: 'within',
  tight: 'tight against',
  over: 'over',
};

/**
 * "within its 2013/14 allowance of £1,660,000"; without the figure (`short`), "within its 2013/14
 * allowance". A CCG on the national rate: "within the £25 cap (no published allowance: £25.00 ×
 * 120,000 registered)", or "within the £25 cap (national rate, no published allowance)".
 */
export function allowanceStatusPhrase(status: Status, t: AllowanceTest, short = false): string {
  const verb = VERB[status];
  switch (t.basis) {
    case 'published':
      return short
        ? `${verb} its ${t.yearLabel} allowance`
        : `${verb} its ${t.yearLabel} allowance of ${formatPounds(t.allowance)}`;
    case 'allowance-population':
      return short
        ? `${verb} its ${t.yearLabel} allowance (national rate, no published figure)`
        : `${verb} its ${t.yearLabel} allowance of ${formatPounds(t.allowance)} (no published figure: ${formatPerHead(t.ratePerHead)} × ${formatPopulation(t.allowancePopulation ?? t.population)} allowance population)`;
    case 'national-rate':
      return short
        ? `${verb} the ${formatCap(t.ratePerHead)} cap (national rate, no published allowance)`
        : `${verb} the ${formatCap(t.ratePerHead)} cap (no published allowance: ${formatPerHead(t.ratePerHead)} × ${formatPopulation(t.population)} registered)`;
  }
}

/**
 * The allowance as £ a head of the registered list, to the penny: what a per-head figure is
 * measured against. For a CCG on the national rate it is that rate exactly.
 */
export function allowancePerHead(t: Pick<AllowanceTest, 'allowance' | 'population'>): number {
  return Math.round((t.allowance / t.population) * 100) / 100;
}

/**
 * What a scenario's weighted £ a head is measured against: "£25 cap" when its CCGs' allowances add
 * up to the national rate on its population, else "£24.15 allowance a head" (their allowances ÷
 * their registered population), since each CCG is tested on its own.
 */
export function totalsAllowanceWords(
  totals: { readonly allowance: number; readonly population: number },
  ratePerHead: number,
): string {
  const perHead = allowancePerHead(totals);
  return perHead === Math.round(ratePerHead * 100) / 100
    ? `${formatCap(ratePerHead)} cap`
    : `${formatPerHead(perHead)} allowance a head`;
}

/**
 * Whether the national rate is the test of every one of these CCGs: each allowance is the rate ×
 * the registered list (to the penny a head), as for a CCG with no allowance of its own.
 */
export function rateIsTheTest(
  ccgs: readonly { readonly allowance: number; readonly population: number }[],
  ratePerHead: number,
): boolean {
  const rate = Math.round(ratePerHead * 100) / 100;
  return ccgs.every((c) => allowancePerHead(c) === rate);
}

/** A chart's line at the national rate: "£25 cap" when it is every CCG's test, else "£25 national rate". */
export function rateLineWords(
  ccgs: readonly { readonly allowance: number; readonly population: number }[],
  ratePerHead: number,
): string {
  return `${formatCap(ratePerHead)} ${rateIsTheTest(ccgs, ratePerHead) ? 'cap' : 'national rate'}`;
}
