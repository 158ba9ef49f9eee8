import { describe, expect, it } from 'vitest';
import type { TransitionAssumptions } from '../../../shared/staffing/staffingTypes';
import {
  transitionCosts,
  type CcgSnapshot,
  type ScenarioSnapshot,
} from '../../../shared/staffing/transitionCosts';

const t: TransitionAssumptions = {
  redundancyPerWte: 30_000,
  tupeShare: 0.75,
  setUpPerArrangement: 100_000,
  exitPerArrangement: 40_000,
  payShareOfFunctionCost: 0.8,
  costPerWte: 40_000,
};

const years = ['y1', 'y2', 'y3'];

function ccg(
  id: string,
  population: number,
  inHouse: [string, { cost: number; structureWte?: number }][],
  running: number[],
): CcgSnapshot {
  return {
    id,
    name: id.toUpperCase(),
    population,
    inHouse: new Map(inHouse),
    running: new Map(running.map((r, i) => [years[i]!, r])),
  };
}

// Baseline: A does finance from posts (3 WTE) and HR on the curve (cost 150,000); B does both on
// the curve; A and C share IT in "old". Now: A and B share finance and HR in "new"; "old" ended.
const baseline: ScenarioSnapshot = {
  yearIds: years,
  ccgs: [
    ccg(
      'a',
      100_000,
      [
        ['finance', { cost: 200_000, structureWte: 3 }],
        ['hr', { cost: 150_000 }],
      ],
      [2_400_000, 2_424_000, 2_448_000],
    ),
    ccg(
      'b',
      300_000,
      [
        ['finance', { cost: 400_000 }],
        ['hr', { cost: 100_000 }],
      ],
      [6_000_000, 6_060_000, 6_120_000],
    ),
    ccg('c', 100_000, [], [2_000_000, 2_020_000, 2_040_000]),
  ],
  arrangements: [{ id: 'old', name: 'Old IT', members: ['a', 'c'] }],
};
const current: ScenarioSnapshot = {
  yearIds: years,
  ccgs: [
    ccg('a', 100_000, [], [2_300_000, 2_323_000, 2_346_000]),
    ccg('b', 300_000, [['hr', { cost: 100_000 }]], [6_100_000, 6_161_000, 6_222_000]),
    ccg('c', 100_000, [], [2_000_000, 2_020_000, 2_040_000]),
  ],
  arrangements: [{ id: 'new', name: 'New finance', members: ['a', 'b'] }],
};

describe('transition costs', () => {
  const result = transitionCosts(baseline, current, t);
  const a = result.ccgs[0]!;
  const b = result.ccgs[1]!;
  const c = result.ccgs[2]!;

  it("counts the baseline structure's WTE for a function that had posts, else estimates them from its cost", () => {
    // A finance: 3 WTE from posts; A HR: 150,000 × 0.8 / 40,000 = 3 WTE estimated.
    expect(a.functions).toEqual([
      {
        functionId: 'finance',
        wteLeaving: 3,
        wteSource: 'structure',
        redundancy: 3 * 0.25 * 30_000,
      },
      { functionId: 'hr', wteLeaving: 3, wteSource: 'estimate', redundancy: 22_500 },
    ]);
    // B finance: 400,000 × 0.8 / 40,000 = 8 WTE; redundancy 8 × 0.25 × 30,000 = 60,000. HR stays.
    expect(b.functions.map((f) => [f.functionId, f.wteLeaving, f.redundancy])).toEqual([
      ['finance', 8, 60_000],
    ]);
    expect(a.redundancy).toBe(45_000);
    expect(a.wteLeaving).toBe(6);
  });

  it('splits set-up of a new arrangement and exit of an ended one by population among members', () => {
    // New (A 100k, B 300k): 100,000 → A 25,000, B 75,000. Old ended (A 100k, C 100k): 40,000 → 20,000 each.
    expect([a.setUp, b.setUp, c.setUp]).toEqual([25_000, 75_000, 0]);
    expect([a.exit, b.exit, c.exit]).toEqual([20_000, 0, 20_000]);
    expect(a.oneOff).toBe(90_000);
  });

  it('pays back one-off ÷ first-year saving, and nets the saving over every year', () => {
    // A saves 100,000, 101,000, 102,000: payback 90,000 / 100,000 = 0.9 years; net 303,000 − 90,000.
    expect(a.firstYearSaving).toBe(100_000);
    expect(a.paybackYears).toBeCloseTo(0.9, 12);
    expect(a.cumulativeNet).toBe(213_000);
  });

  it('never pays back without a saving', () => {
    // B costs 100,000 more: one-off 60,000 + 75,000; net −(100,000 + 101,000 + 102,000) − 135,000.
    expect(b.paybackYears).toBeNull();
    expect(b.cumulativeNet).toBe(-438_000);
    // C saves nothing: payback never, net = −exit.
    expect(c.paybackYears).toBeNull();
    expect(c.cumulativeNet).toBe(-20_000);
  });

  it('sums the one-offs over the scenario', () => {
    expect(result.totals.oneOff).toBe(90_000 + 135_000 + 20_000);
  });

  it('has no one-off against itself', () => {
    const same = transitionCosts(baseline, baseline, t);
    expect(same.totals.oneOff).toBe(0);
    expect(same.ccgs.every((x) => x.paybackYears === null && x.cumulativeNet === 0)).toBe(true);
  });
});
