import { describe, expect, it } from 'vitest';
import { costScenarioWith } from '../../../shared/costing/costScenario';
import type { Arrangement, Assumptions, Scenario } from '../../../shared/model/workspace';
import {
  applyVariable,
  breakEven,
  type BreakEvenAnswer,
} from '../../../shared/sensitivity/breakEven';
import { withAssumptionValue } from '../../../shared/assumptions/assumptionPaths';
import {
  assumptionsWith,
  buildWorkspace,
  ccg,
  costOf,
  locality,
  provider,
} from '../helpers/buildWorkspace';

// Hand-worked cases with one support function, cap £25 (DESIGN.md §4). Every solved value is
// substituted back into the engine: the CCG must land on the cap to £0.01 a head.

function perHeadOf(scenario: Scenario, a: Assumptions, ccgId: string): number {
  return costScenarioWith(scenario, a).ccgs.find((c) => c.id === ccgId)?.perHead ?? NaN;
}

function landsOnCap(scenario: Scenario, a: Assumptions, answer: BreakEvenAnswer | undefined): void {
  if (!answer?.variable || answer.value === null)
    throw new Error(`no value to substitute: ${answer?.sentence}`);
  const applied = applyVariable(scenario, a, answer.variable, answer.value);
  expect(Math.abs(perHeadOf(applied.scenario, applied.assumptions, 'ccg-a') - 25)).toBeLessThan(
    0.01,
  );
}

const topic = (answers: readonly BreakEvenAnswer[], t: BreakEvenAnswer['topic']) =>
  answers.find((x) => x.topic === t);

describe('break-even: in-house', () => {
  // Ashby 100,000, one function at £12 a head with e = 0:
  // total = 600,000 + 800,000 + 1,200,000 = 2,600,000 → £26.00; headroom = 2,500,000 − 2,600,000 = −100,000.
  const a = assumptionsWith([
    {
      id: 'bi',
      name: 'Business intelligence',
      costPerHead: 12,
      scaleElasticity: 0,
      runningCost: true,
    },
  ]);
  const w = buildWorkspace({ nodes: [ccg('ccg-a', 'Ashby CCG', { population: 100_000 })] }, a);
  const scenario = w.scenarios[0] as Scenario;
  const be = breakEven(scenario, a, 'ccg-a');

  it('solves the core fixed cost in closed form: £600,000 − £100,000 = £500,000', () => {
    const fixed = topic(be.answers, 'fixed-cost');
    expect(fixed?.value).toBeCloseTo(500_000, 6);
    expect(fixed?.sentence).toBe(
      'Ashby CCG reaches the £25 cap if the core fixed cost per CCG is at most £500,000 (now £600,000).',
    );
    // Substituted by hand, not through applyVariable: exactly £25.00.
    expect(
      perHeadOf(scenario, withAssumptionValue(a, 'core.fixedPerCcg', 500_000), 'ccg-a'),
    ).toBeCloseTo(25, 10);
  });

  it('solves the function’s cost per head: 600,000 + 800,000 + c·100,000 = 2,500,000 → c = £11.00', () => {
    const f = topic(be.answers, 'function-cost');
    expect(f?.value).toBeCloseTo(11, 6);
    expect(f?.sentence).toBe(
      'Ashby CCG reaches the £25 cap if Business intelligence, its costliest function, costs at most £11.00 a head at the reference population (now £12.00).',
    );
    landsOnCap(scenario, a, f);
  });

  it('says "not reachable" where nothing is shared or bought', () => {
    expect(topic(be.answers, 'shared-population')?.sentence).toBe(
      'Not reachable: Ashby CCG shares no function and buys none from a CSU, so no shared population changes its cost.',
    );
    expect(topic(be.answers, 'csu-price')?.value).toBeNull();
  });

  it('gives no answers for a CCG within the cap', () => {
    const low = withAssumptionValue(a, 'functions.bi.costPerHead', 10);
    expect(breakEven(scenario, low, 'ccg-a')).toMatchObject({ over: false, answers: [] });
  });

  it('says the fixed cost cannot do it when even £0 leaves the CCG over', () => {
    // With £20 a head: 800,000 + 2,000,000 = 2,800,000 > 2,500,000 before any fixed cost.
    const high = withAssumptionValue(a, 'functions.bi.costPerHead', 20);
    const fixed = topic(breakEven(scenario, high, 'ccg-a').answers, 'fixed-cost');
    expect(fixed?.value).toBeNull();
    expect(fixed?.sentence).toBe(
      'Not reachable: even with no core fixed cost, Ashby CCG would cost £28.00 a head, over the £25 cap.',
    );
  });
});

describe('break-even: shared service', () => {
  // Ashby 100,000 shares the function (£12, e = 0.5) with Barford (two localities, 150,000 in
  // all): P_a = 250,000 so u = £12 and Ashby pays 100,000 × 12 × 1.04 = 1,248,000;
  // total = 1,400,000 + 1,248,000 = 2,648,000 → £26.48.
  // Cap: 1,400,000 + 100,000·u(P)·1.04 = 2,500,000 → u(P) = 11/1.04, and
  // u(P) = 12·(P/250,000)^−0.5 → P = 250,000·(12·1.04/11)² = 321,798.6…, so the other members
  // need 221,798.6… people (221,799 whole people).
  const a = assumptionsWith([
    {
      id: 'bi',
      name: 'Business intelligence',
      costPerHead: 12,
      scaleElasticity: 0.5,
      runningCost: true,
    },
  ]);
  const arr = (allocation: 'population' | 'equal'): Arrangement => ({
    id: 'arr-n',
    name: 'Northshire shared service',
    model: 'shared-service',
    members: ['ccg-a', 'ccg-b'],
    functions: ['bi'],
    allocation,
    riskShareAgreed: true,
  });
  const nodes = [
    ccg('ccg-a', 'Ashby CCG', { population: 100_000 }),
    ccg('ccg-b', 'Barford CCG'),
    locality('l1', 'ccg-b', 50_000),
    locality('l2', 'ccg-b', 100_000),
  ];
  const w = buildWorkspace({ nodes, arrangements: [arr('population')] }, a);
  const scenario = w.scenarios[0] as Scenario;

  it('solves the other members’ combined population', () => {
    expect(costOf(w).ccgs[0]?.perHead).toBeCloseTo(26.48, 10);
    const shared = topic(breakEven(scenario, a, 'ccg-a').answers, 'shared-population');
    expect(shared?.current).toBe(150_000);
    expect(shared?.value).toBeCloseTo(250_000 * (12.48 / 11) ** 2 - 100_000, 1);
    expect(shared?.sentence).toBe(
      'Ashby CCG reaches the £25 cap if the other members of the Northshire shared service together have at least 221,799 people (now 150,000), each grown in proportion.',
    );
    landsOnCap(scenario, a, shared);
  });

  it('finds it not reachable when the pool is split equally (more people raise each share)', () => {
    const eq = buildWorkspace({ nodes, arrangements: [arr('equal')] }, a).scenarios[0] as Scenario;
    const shared = topic(breakEven(eq, a, 'ccg-a').answers, 'shared-population');
    expect(shared?.value).toBeNull();
    expect(shared?.sentence).toMatch(
      /^Not reachable: no population of the other members of the Northshire shared service, up to 100,000,000, brings Ashby CCG within the £25 cap\. It splits its cost equally/,
    );
  });
});

describe('break-even: CSU', () => {
  // Ashby 100,000 buys the function (£10.50, e = 0.5) from a CSU serving 150,000 others:
  // P_p = 250,000 so u = £10.50; cost = 10.50 × 1.05 × 100,000 × 1.03 = 1,135,575;
  // total = 2,535,575 → £25.36.
  const a = assumptionsWith([
    {
      id: 'bi',
      name: 'Business intelligence',
      costPerHead: 10.5,
      scaleElasticity: 0.5,
      runningCost: true,
    },
  ]);
  const nodes = [
    ccg('ccg-a', 'Ashby CCG', { population: 100_000 }),
    provider('prov-csu', 'North CSU', 'csu', { otherCustomersPopulation: 150_000 }),
  ];
  const arrangements: Arrangement[] = [
    {
      id: 'arr-csu',
      name: 'North CSU contract',
      model: 'csu',
      members: ['ccg-a'],
      providerId: 'prov-csu',
      functions: ['bi'],
    },
  ];
  const w = buildWorkspace({ nodes, arrangements }, a);
  const scenario = w.scenarios[0] as Scenario;
  const be = breakEven(scenario, a, 'ccg-a');

  it('solves the CSU margin: 10.50·(1+m)·1.03·100,000 = 1,100,000 → m = 1.7106…%', () => {
    expect(costOf(w).ccgs[0]?.perHead).toBeCloseTo(25.35575, 10);
    const margin = topic(be.answers, 'csu-price');
    expect(margin?.value).toBeCloseTo(1_100_000 / 1_081_500 - 1, 10);
    expect(margin?.sentence).toBe(
      'Ashby CCG reaches the £25 cap if the CSU margin is at most 1.7% (now 5%).',
    );
    landsOnCap(scenario, a, margin);
  });

  it('solves the population the CSU serves outside the scenario (the provider’s own figure)', () => {
    // u(P_p) = 1,100,000 / (1.05 × 1.03 × 100,000) = 10.1710…; P_p = 250,000·(10.5/u)²;
    // others = P_p − 100,000.
    const u = 1_100_000 / (1.05 * 1.03 * 100_000);
    const shared = topic(be.answers, 'shared-population');
    expect(shared?.variable).toEqual({
      kind: 'csu-other-customers',
      providerId: 'prov-csu',
      providerOwn: true,
    });
    expect(shared?.value).toBeCloseTo(250_000 * (10.5 / u) ** 2 - 100_000, 1);
    expect(shared?.sentence).toMatch(
      /^Ashby CCG reaches the £25 cap if North CSU serves at least 166,\d{3} people outside this scenario \(now 150,000\)\.$/,
    );
    landsOnCap(scenario, a, shared);
  });
});

describe("break-even against the CCG's own published allowance", () => {
  // Ashby 100,000 as above (running £2,600,000) with a published 2013/14 allowance of £2,400,000
  // (£24.00 a head): the fixed cost must fall by 200,000 to £400,000; the function to
  // (2,400,000 − 1,400,000) ÷ 100,000 = £10.00 a head.
  const a = assumptionsWith([
    {
      id: 'bi',
      name: 'Business intelligence',
      costPerHead: 12,
      scaleElasticity: 0,
      runningCost: true,
    },
  ]);
  const node = {
    ...ccg('ccg-a', 'Ashby CCG', { population: 100_000 }),
    allowances: { '2013-14': 2_400_000 },
  };
  const scenario = buildWorkspace({ nodes: [node] }, a).scenarios[0] as Scenario;
  const be = breakEven(scenario, a, 'ccg-a');

  it('names its allowance, not the national £25 cap', () => {
    expect(be.capPerHead).toBeCloseTo(24, 10);
    const fixed = topic(be.answers, 'fixed-cost');
    expect(fixed?.value).toBeCloseTo(400_000, 6);
    expect(fixed?.sentence).toBe(
      'Ashby CCG reaches its 2013/14 allowance (£24.00 a head) if the core fixed cost per CCG is at most £400,000 (now £600,000).',
    );
    const f = topic(be.answers, 'function-cost');
    expect(f?.value).toBeCloseTo(10, 3);
    // The bisection lands a hair under £10.00 and "at most" rounds down, so the pence are not asserted.
    expect(f?.sentence).toMatch(
      /^Ashby CCG reaches its 2013\/14 allowance \(£24\.00 a head\) if Business intelligence, its costliest function, costs at most £/,
    );
    for (const answer of be.answers) expect(answer.sentence).not.toContain('£25');
  });
});
