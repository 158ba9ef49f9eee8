/**
 * Costing v3: planning years, each CCG's own allowance, running and programme costs. Every
 * expected figure is worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, DEFAULT_YEARS } from '../../../shared/assumptions/defaultAssumptions';
import { costScenario } from '../../../shared/costing/costScenario';
import type { ScenarioResult, YearCcgResult } from '../../../shared/costing/results';
import type {
  Assumptions,
  CcgNode,
  PlanningYear,
  Workspace,
} from '../../../shared/model/workspace';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import {
  assumptionsWith,
  buildWorkspace,
  ccg,
  fn,
  provider,
  type ScenarioSpec,
} from '../helpers/buildWorkspace';

function valid(ws: Workspace): Workspace {
  const v = validateWorkspace(ws);
  if (!v.ok) throw new Error(`test workspace is not valid:\n${v.errors.join('\n')}`);
  return v.workspace;
}

function cost(spec: ScenarioSpec, a: Assumptions, yearId?: string): ScenarioResult {
  const ws = valid(buildWorkspace(spec, a));
  return costScenario(ws, ws.scenarios[0]!.id, { yearId });
}

function inYear(r: ScenarioResult, yearId: string, ccgId: string): YearCcgResult {
  const c = r.years.find((y) => y.id === yearId)?.ccgs.find((x) => x.id === ccgId);
  if (!c) throw new Error(`no ${ccgId} in ${yearId}`);
  return c;
}

const withAllowances = (
  node: CcgNode,
  allowances: Record<string, number>,
  allowancePopulation?: number,
): CcgNode => ({
  ...node,
  allowances,
  ...(allowancePopulation !== undefined ? { allowancePopulation } : {}),
});

// One function at £10 a head with no economies of scale: for a CCG of 100,000,
// core = 600,000 + 8.00·100,000 = 1,400,000; f = 10·100,000 = 1,000,000; running = 2,400,000.
const ten = assumptionsWith([fn('f', 10, 0)]);

describe('a CCG’s allowance in each year', () => {
  it('is the published figure for the year when there is one', () => {
    const r = cost(
      {
        nodes: [
          withAllowances(ccg('a', 'Ashby CCG', { population: 100_000 }), { '2014-15': 3_000_000 }),
        ],
      },
      ten,
    );
    expect(inYear(r, '2014-15', 'a').allowance).toBe(3_000_000);
  });

  it('else scales the first published figure, in the years’ order, by the national rate', () => {
    // Published 2015-16 = 2,500,000 and 2014-15 = 3,000,000 (listed in that order in the file);
    // the first in the years' order is 2014-15, so
    //   2013-14 = 3,000,000 × 25.00 / 24.73 = 3,032,753.74
    //   2014-15 = 3,000,000 (own), 2015-16 = 2,500,000 (own, not 3,000,000 × 22.07/24.73)
    const r = cost(
      {
        nodes: [
          withAllowances(ccg('a', 'Ashby CCG', { population: 100_000 }), {
            '2015-16': 2_500_000,
            '2014-15': 3_000_000,
          }),
        ],
      },
      ten,
    );
    expect(inYear(r, '2013-14', 'a').allowance).toBeCloseTo(3_032_753.74, 2);
    expect(inYear(r, '2014-15', 'a').allowance).toBe(3_000_000);
    expect(inYear(r, '2015-16', 'a').allowance).toBe(2_500_000);
  });

  it('scales forward as well as back: one 2014-15 figure gives 2015-16 = figure × 22.07/24.73', () => {
    // 3,000,000 × 22.07 / 24.73 = 2,677,315.00
    const r = cost(
      {
        nodes: [
          withAllowances(ccg('a', 'Ashby CCG', { population: 100_000 }), { '2014-15': 3_000_000 }),
        ],
      },
      ten,
    );
    expect(inYear(r, '2015-16', 'a').allowance).toBeCloseTo(2_677_315.0, 2);
  });

  it('else is the national rate per head × the allowance population', () => {
    // allowancePopulation 120,000 (ONS-adjusted), registered 100,000: 2014-15 = 24.73 × 120,000 = 2,967,600
    const r = cost(
      { nodes: [withAllowances(ccg('a', 'Ashby CCG', { population: 100_000 }), {}, 120_000)] },
      ten,
    );
    expect(inYear(r, '2014-15', 'a').allowance).toBeCloseTo(2_967_600, 6);
    // per head is still running ÷ registered population: 1.01 × 2,400,000 / 100,000 = 24.24
    expect(inYear(r, '2014-15', 'a').perHead).toBeCloseTo(24.24, 10);
  });

  it('the allowance population defaults to the CCG’s own population', () => {
    // 2015-16 = 22.07 × 100,000 = 2,207,000
    const r = cost({ nodes: [ccg('a', 'Ashby CCG', { population: 100_000 })] }, ten);
    expect(inYear(r, '2015-16', 'a').allowance).toBeCloseTo(2_207_000, 6);
  });

  it('never finds a year id on the object prototype', () => {
    // A year called "constructor": an allowances object has no own key of that name, so the
    // allowance is 25 × 100,000 = 2,500,000 (a lookup with `in` would find Object.prototype.constructor).
    const years: PlanningYear[] = [
      { id: 'constructor', label: 'Odd', allowancePerHead: 25, costIndex: 1 },
    ];
    const r = cost(
      { nodes: [withAllowances(ccg('a', 'Ashby CCG', { population: 100_000 }), {})] },
      { ...ten, years },
    );
    expect(inYear(r, 'constructor', 'a').allowance).toBe(2_500_000);
  });
});

describe('running and programme costs', () => {
  it('a function marked as programme is costed and shown but not tested', () => {
    // f1 £5 a head (running), f2 £3 a head (programme), e = 0, CCG of 100,000:
    //   core = 1,400,000; f1 = 500,000; f2 = 300,000
    //   running = 1,900,000; programme = 300,000; total = 2,200,000; per head = 19.00
    //   2013-14 allowance = 2,500,000; headroom = 600,000
    const a = assumptionsWith([fn('f1', 5, 0), { ...fn('f2', 3, 0), runningCost: false }]);
    const r = cost({ nodes: [ccg('a', 'Ashby CCG', { population: 100_000 })] }, a);
    const c = r.ccgs[0]!;
    expect(c.running).toBeCloseTo(1_900_000, 6);
    expect(c.programme).toBeCloseTo(300_000, 6);
    expect(c.total).toBeCloseTo(2_200_000, 6);
    expect(c.functions.f2?.cost).toBeCloseTo(300_000, 6);
    expect(c.perHead).toBeCloseTo(19, 10);
    expect(c.headroom).toBeCloseTo(600_000, 6);
    expect(r.totals.programme).toBeCloseTo(300_000, 6);
  });

  it('external procurement is spread equally over the functions and each part follows its function’s class', () => {
    // External contract for a and b (100,000 each) covering f1 (running) and f2 (programme) at the
    // provider's own prices £5 and £3; client contract management 5%.
    // Procurement 150,000 / 3 years = 50,000 a year; a's share 100,000/200,000 = 25,000; per function 12,500.
    //   f1 = 5 × 100,000 × 1.05 + 12,500 = 537,500 (running)
    //   f2 = 3 × 100,000 × 1.05 + 12,500 = 327,500 (programme)
    //   running = 1,400,000 + 537,500 = 1,937,500; programme = 327,500
    const a = assumptionsWith([fn('f1', 5, 0), { ...fn('f2', 3, 0), runningCost: false }]);
    const r = cost(
      {
        nodes: [
          ccg('a', 'Ashby CCG', { population: 100_000 }),
          ccg('b', 'Bourne CCG', { population: 100_000 }),
          provider('p', 'Acme', 'private', { prices: { f1: 5, f2: 3 } }),
        ],
        arrangements: [
          {
            id: 'x',
            name: 'Acme contract',
            model: 'external',
            members: ['a', 'b'],
            providerId: 'p',
            functions: ['f1', 'f2'],
          },
        ],
      },
      a,
    );
    const c = r.ccgs.find((x) => x.id === 'a')!;
    expect(c.running).toBeCloseTo(1_937_500, 6);
    expect(c.programme).toBeCloseTo(327_500, 6);
  });
});

describe('status in each year', () => {
  it('puts the exact boundaries on the lower side', () => {
    // running = 2,400,000 every year (cost index 1); amber margin 0.04.
    //   y1: allowance 2,500,000: (1 − 0.04) × 2,500,000 = 2,400,000 = running → within
    //   y2: allowance 2,499,999.99: 0.96 × it = 2,399,999.9904 < running ≤ allowance → tight
    //   y3: allowance 2,400,000 = running → tight
    //   y4: allowance 2,399,999.99 < running → over (and only y4 has the over-cap flag)
    const years: PlanningYear[] = ['y1', 'y2', 'y3', 'y4'].map((id) => ({
      id,
      label: id.toUpperCase(),
      allowancePerHead: 25,
      costIndex: 1,
    }));
    const r = cost(
      {
        nodes: [
          withAllowances(ccg('a', 'Ashby CCG', { population: 100_000 }), {
            y1: 2_500_000,
            y2: 2_499_999.99,
            y3: 2_400_000,
            y4: 2_399_999.99,
          }),
        ],
      },
      { ...ten, years },
    );
    expect(r.years.map((y) => y.ccgs[0]?.status)).toEqual(['within', 'tight', 'tight', 'over']);
    expect(r.years.map((y) => y.flags.filter((f) => f.id === 'over-cap').length)).toEqual([
      0, 0, 0, 1,
    ]);
    expect(r.years[3]?.flags[0]?.message).toBe(
      'Ashby CCG runs at £24.00 a head in Y4, £0 over its Y4 allowance of £2,400,000 (£24.00 a head).',
    );
    expect(r.years[3]?.ccgs[0]?.headroom).toBeCloseTo(-0.01, 6);
  });

  it('the over-cap flag follows the falling allowance; the other flags are the same every year', () => {
    // CCG of 90,000 (small): core = 600,000 + 720,000 = 1,320,000; f = 10 × 90,000 = 900,000;
    // running = 2,220,000 → 24.67 a head.
    //   2013-14: allowance 25 × 90,000 = 2,250,000; 0.96 × that = 2,160,000 < 2,220,000 ≤ 2,250,000 → tight
    //   2014-15: running 1.01 × 2,220,000 = 2,242,200 > 24.73 × 90,000 = 2,225,700 → over
    //   2015-16: running 1.02 × 2,220,000 = 2,264,400 > 22.07 × 90,000 = 1,986,300 → over
    const r = cost({ nodes: [ccg('a', 'Ashby CCG', { population: 90_000 })] }, ten);
    expect(r.years.map((y) => y.ccgs[0]?.status)).toEqual(['tight', 'over', 'over']);
    expect(r.years.map((y) => y.flags.map((f) => f.id))).toEqual([
      ['small-ccg'],
      ['over-cap', 'small-ccg'],
      ['over-cap', 'small-ccg'],
    ]);
    expect(r.years[2]?.flags[0]?.message).toBe(
      'Ashby CCG runs at £25.16 a head in 2015/16, £278,100 over its 2015/16 allowance of £1,986,300 (£22.07 a head).',
    );
    expect(r.years.map((y) => y.totals.over)).toEqual([0, 1, 1]);
  });
});

describe('cost index', () => {
  it('scales running, programme and every shown cost of the chosen year', () => {
    // As in "running and programme costs": running 1,900,000, programme 300,000.
    // 2015-16, cost index 1.02: running = 1,938,000; programme = 306,000; per head = 19.38;
    // allowance 22.07 × 100,000 = 2,207,000; headroom = 269,000; core 1.02 × 1,400,000 = 1,428,000.
    const a = assumptionsWith([fn('f1', 5, 0), { ...fn('f2', 3, 0), runningCost: false }]);
    const r = cost({ nodes: [ccg('a', 'Ashby CCG', { population: 100_000 })] }, a, '2015-16');
    const c = r.ccgs[0]!;
    expect(r.year.id).toBe('2015-16');
    expect(c.running).toBeCloseTo(1_938_000, 6);
    expect(c.programme).toBeCloseTo(306_000, 6);
    expect(c.perHead).toBeCloseTo(19.38, 10);
    expect(c.headroom).toBeCloseTo(269_000, 6);
    expect(c.core).toBeCloseTo(1_428_000, 6);
    expect(c.functions.f1?.cost).toBeCloseTo(510_000, 6);
    expect(r.totals).toEqual(r.years[2]?.totals);
    expect(r.flags).toEqual(r.years[2]?.flags);
  });

  it('refuses a year that is not a planning year, naming the ids', () => {
    const ws = valid(
      buildWorkspace({ nodes: [ccg('a', 'Ashby CCG', { population: 100_000 })] }, ten),
    );
    expect(() => costScenario(ws, 's1', { yearId: '2099-00' })).toThrow(
      'Year "2099-00" is not a planning year (2013-14, 2014-15, 2015-16).',
    );
  });
});

describe('default years', () => {
  it('are £25.00 ×1.000, £24.73 ×1.010 and £22.07 ×1.020', () => {
    expect(DEFAULT_ASSUMPTIONS.years).toBe(DEFAULT_YEARS);
    expect(DEFAULT_YEARS).toEqual([
      { id: '2013-14', label: '2013/14', allowancePerHead: 25, costIndex: 1 },
      { id: '2014-15', label: '2014/15', allowancePerHead: 24.73, costIndex: 1.01 },
      { id: '2015-16', label: '2015/16', allowancePerHead: 22.07, costIndex: 1.02 },
    ]);
    expect(DEFAULT_ASSUMPTIONS.functions.every((f) => f.runningCost)).toBe(true);
  });
});
