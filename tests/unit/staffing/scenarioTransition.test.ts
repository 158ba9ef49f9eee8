/**
 * The transition of a scenario from its baseline, through the engine and the CLI's JSON report.
 * Baseline: Ashby (100,000) does finance from 3 WTE of posts; Bourne (300,000) on the curve.
 * Now: both buy finance from a new shared service. Round transition assumptions.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';
import type { Assumptions, CcgNode } from '../../../shared/model/workspace';
import { costReport, formatReportCsv } from '../../../shared/report/costReport';
import { buildWorkspace, ccg } from '../helpers/buildWorkspace';

const assumptions: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  transition: {
    redundancyPerWte: 30_000,
    tupeShare: 0.75,
    setUpPerArrangement: 100_000,
    exitPerArrangement: 40_000,
    payShareOfFunctionCost: 0.8,
    costPerWte: 40_000,
  },
};
const ashby: CcgNode = {
  ...ccg('a', 'Ashby CCG', { population: 100_000 }),
  structure: { posts: [{ id: 'f', title: 'Finance team', band: '7', wte: 3, heading: 'finance' }] },
};
const bourne = ccg('b', 'Bourne CCG', { population: 300_000 });
const ws = buildWorkspace(
  [
    { id: 'base', nodes: [ashby, bourne] },
    {
      id: 'now',
      nodes: [ashby, bourne],
      arrangements: [
        {
          id: 'ss',
          name: 'Finance shared service',
          model: 'shared-service',
          members: ['a', 'b'],
          functions: ['finance'],
          allocation: 'population',
          riskShareAgreed: true,
        },
      ],
    },
  ],
  assumptions,
);
const withBaseline = {
  ...ws,
  scenarios: ws.scenarios.map((s) => (s.id === 'now' ? { ...s, baselineScenarioId: 'base' } : s)),
};

describe('transition in the cost report', () => {
  const report = costReport(withBaseline);
  const now = report.scenarios[1]!;

  it('a scenario with a baseline gains its one-offs; one without does not', () => {
    expect(report.scenarios[0]).not.toHaveProperty('transition');
    expect(now.transition?.baselineScenarioId).toBe('base');
  });

  it('redundancy from the baseline posts or the baseline estimate, set-up split by population', () => {
    const [a, b] = now.transition!.ccgs;
    // Ashby: 3 WTE × (1 − 0.75) × 30,000 = 22,500; set-up 100,000 × 1/4 = 25,000.
    expect(a).toMatchObject({
      id: 'a',
      redundancy: 22_500,
      setUp: 25_000,
      exit: 0,
      oneOff: 47_500,
    });
    // Bourne: T_finance(300,000) = 1.60 × (300,000/250,000)^−0.3 × 300,000 = 454,451.6 (first year, index 1);
    // WTE = 454,451.6 × 0.8 / 40,000 = 9.089; redundancy × 0.25 × 30,000 = 68,167.7; set-up 75,000.
    const tBourne = 1.6 * Math.pow(1.2, -0.3) * 300_000;
    expect(b!.redundancy).toBeCloseTo(((tBourne * 0.8) / 40_000) * 0.25 * 30_000, 6);
    expect(b!.setUp).toBe(75_000);
  });

  it('payback is one-off ÷ first-year saving and the net sums the saving over every year', () => {
    for (const [i, c] of now.transition!.ccgs.entries()) {
      const saving = (y: number): number =>
        report.scenarios[0]!.years[y]!.ccgs[i]!.running - now.years[y]!.ccgs[i]!.running;
      expect(
        c.paybackYears === null
          ? saving(0) <= 0
          : Math.abs(c.paybackYears - c.oneOff / saving(0)) < 1e-9,
      ).toBe(true);
      // Default years: cost index 1, 1.01, 1.02, so the saving grows with it.
      expect(c.cumulativeNet).toBeCloseTo(saving(0) * (1 + 1.01 + 1.02) - c.oneOff, 6);
    }
  });

  it('each CCG in every year says its WTE and where its figures come from', () => {
    const base = report.scenarios[0]!;
    for (const y of base.years) {
      expect(y.ccgs[0]).toMatchObject({
        wte: 3,
        sources: { core: 'estimate', functions: { finance: 'structure', hr: 'estimate' } },
      });
    }
    expect(now.years[0]!.ccgs[0]!.sources.functions.finance).toBe('estimate');
  });
});

describe('transition and posts in the results CSV', () => {
  const report = costReport(withBaseline);
  const lines = formatReportCsv(report)
    .trimEnd()
    .split('\n')
    .map((l) => l.split(','));
  const header = lines[0]!;
  const at = (row: string[], column: string): string => row[header.indexOf(column)] ?? '';
  const rowOf = (scenario: string, year: string, ccgId: string): string[] =>
    lines.find(
      (l) =>
        at(l, 'scenario_id') === scenario && at(l, 'year_id') === year && at(l, 'ccg_id') === ccgId,
    )!;

  it("says each CCG's WTE and which figures come from posts", () => {
    expect(at(rowOf('base', '2013-14', 'a'), 'wte')).toBe('3');
    expect(at(rowOf('base', '2013-14', 'a'), 'from_posts')).toBe('finance');
    expect(at(rowOf('base', '2013-14', 'b'), 'from_posts')).toBe('');
    expect(at(rowOf('now', '2013-14', 'a'), 'from_posts')).toBe('');
  });

  it("carries each CCG's one-off, payback and cumulative net on every year's row of a scenario with a baseline", () => {
    const t = report.scenarios[1]!.transition!.ccgs[0]!;
    for (const year of ['2013-14', '2014-15', '2015-16']) {
      const row = rowOf('now', year, 'a');
      expect(at(row, 'baseline_scenario_id')).toBe('base');
      // Ashby: redundancy 22,500 + set-up 25,000.
      expect(Number(at(row, 'one_off'))).toBe(47_500);
      expect(at(row, 'payback_years')).toBe(
        t.paybackYears === null ? 'never' : String(t.paybackYears),
      );
      expect(Number(at(row, 'cumulative_net'))).toBe(t.cumulativeNet);
    }
    expect(at(rowOf('base', '2013-14', 'a'), 'one_off')).toBe('');
  });
});
