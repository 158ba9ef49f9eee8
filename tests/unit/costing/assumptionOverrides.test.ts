/**
 * Scenario assumption overrides (DESIGN.md §4 "a scenario may override any of them" and §5
 * "any part of Assumptions; functions are matched by id"), and costScenarioWith for what-ifs.
 * Base case: one in-house CCG of 250,000 on DEFAULT_ASSUMPTIONS, where
 *   total = 600,000 + 8.00·250,000 + 14.00·250,000 = 6,100,000 and per head = 24.40.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';
import { costScenario, costScenarioWith } from '../../../shared/costing/costScenario';
import type { Arrangement } from '../../../shared/model/workspace';
import {
  assumptionsWith,
  buildWorkspace,
  ccg,
  ccgOf,
  costOf,
  fn,
  fnOf,
  flagsOf,
  provider,
} from '../helpers/buildWorkspace';

const reference = [ccg('r', 'Reference CCG', { population: 250_000 })];

describe('scenario assumption overrides', () => {
  it('a capPerHead override changes status and headroom', () => {
    // Scenario 1, cap 25: per head 24.40 → tight; headroom 6,250,000 − 6,100,000 = 150,000
    // Scenario 2, cap 30: 30·0.96 = 28.80 ≥ 24.40 → within; headroom 7,500,000 − 6,100,000 = 1,400,000
    // Scenario 3, cap 24: 24.40 > 24 → over; headroom 6,000,000 − 6,100,000 = −100,000; over-cap flag
    const ws = buildWorkspace([
      { id: 'base', nodes: reference },
      {
        id: 'cap30',
        nodes: reference,
        assumptionOverrides: { years: [{ id: '2013-14', allowancePerHead: 30 }] },
      },
      {
        id: 'cap24',
        nodes: reference,
        assumptionOverrides: { years: [{ id: '2013-14', allowancePerHead: 24 }] },
      },
    ]);
    const base = ccgOf(costOf(ws, 'base'), 'r');
    expect(base.status).toBe('tight');
    expect(base.headroom).toBeCloseTo(150_000, 2);

    const cap30 = costOf(ws, 'cap30');
    expect(cap30.year.allowancePerHead).toBe(30);
    expect(ccgOf(cap30, 'r').total).toBeCloseTo(6_100_000, 2);
    expect(ccgOf(cap30, 'r').status).toBe('within');
    expect(ccgOf(cap30, 'r').headroom).toBeCloseTo(1_400_000, 2);
    expect(flagsOf(cap30, 'over-cap')).toHaveLength(0);

    const cap24 = costOf(ws, 'cap24');
    expect(ccgOf(cap24, 'r').status).toBe('over');
    expect(ccgOf(cap24, 'r').headroom).toBeCloseTo(-100_000, 2);
    expect(flagsOf(cap24, 'over-cap', 'r')).toHaveLength(1);
  });

  it('a function override by id changes only that function, and only the fields it names', () => {
    // Override bi's £/head to 3.20 (its elasticity 0.30 stays).
    // Reference CCG (250,000): bi = 3.20·250,000 = 800,000 (was 550,000); every other function as before
    //   total = 6,100,000 − 550,000 + 800,000 = 6,350,000; per head 25.40 → over
    // Small CCG (125,000): bi = 3.20·2^0.3·125,000 = 3.20·1.231144413·125,000 = 492,457.7652
    //   (e kept at 0.30; were e reset to 0 it would be 400,000)
    //   contracting unchanged: 2.40·2^0.2·125,000 = 2.40·1.148698355·125,000 = 344,609.5065
    const ws = buildWorkspace({
      nodes: [...reference, ccg('s', 'Small CCG', { population: 125_000 })],
      assumptionOverrides: { functions: [{ id: 'bi', costPerHead: 3.2 }] },
    });
    const result = costOf(ws);
    expect(fnOf(result, 'r', 'bi').cost).toBeCloseTo(800_000, 2);
    expect(fnOf(result, 'r', 'contracting').cost).toBeCloseTo(600_000, 2);
    expect(fnOf(result, 'r', 'chc').cost).toBeCloseTo(300_000, 2);
    expect(ccgOf(result, 'r').total).toBeCloseTo(6_350_000, 2);
    expect(ccgOf(result, 'r').perHead).toBeCloseTo(25.4, 6);
    expect(ccgOf(result, 'r').status).toBe('over');
    expect(fnOf(result, 's', 'bi').cost).toBeCloseTo(492_457.7652, 2);
    expect(fnOf(result, 's', 'contracting').cost).toBeCloseTo(344_609.5065, 2);
    // The workspace assumptions themselves are untouched.
    expect(DEFAULT_ASSUMPTIONS.functions.find((f) => f.id === 'bi')?.costPerHead).toBe(2.2);
  });

  it('a function elasticity override changes the scale effect of that function only', () => {
    // Override it's elasticity to 0 for a CCG of 125,000: it = 1.50·125,000 = 187,500
    // (with e = 0.35 it was 1.50·2^0.35·125,000 = 1.50·1.274560627·125,000 = 238,980.1176)
    // bi unchanged: 2.20·2^0.3·125,000 = 338,564.7137
    const result = costOf(
      buildWorkspace({
        nodes: [ccg('s', 'Small CCG', { population: 125_000 })],
        assumptionOverrides: { functions: [{ id: 'it', scaleElasticity: 0 }] },
      }),
    );
    expect(fnOf(result, 's', 'it').cost).toBeCloseTo(187_500, 2);
    expect(fnOf(result, 's', 'bi').cost).toBeCloseTo(338_564.7137, 2);
  });

  it('a core override replaces only the parts it names', () => {
    // core.perHead 9.00 (fixed 600,000 stays): core = 600,000 + 9.00·250,000 = 2,850,000
    // total = 2,850,000 + 3,500,000 = 6,350,000
    const result = costOf(
      buildWorkspace({ nodes: reference, assumptionOverrides: { core: { perHead: 9 } } }),
    );
    expect(ccgOf(result, 'r').core).toBeCloseTo(2_850_000, 2);
    expect(ccgOf(result, 'r').total).toBeCloseTo(6_350_000, 2);
  });

  it('a models override changes the shared-service overhead for that scenario only', () => {
    // Functions F £4.00 e 0.5 only. Ashby 200,000 + Bourne 800,000 share F: P_a = 1,000,000, T_F = 2,000,000.
    // Base: pool = 2,000,000·1.04 = 2,080,000; Ashby 0.2 → 416,000
    // Override overhead 0.10: pool = 2,000,000·1.10 = 2,200,000; Ashby 0.2 → 440,000
    const nodes = [
      ccg('a', 'Ashby CCG', { population: 200_000 }),
      ccg('b', 'Bourne CCG', { population: 800_000 }),
    ];
    const arrangements: Arrangement[] = [
      {
        id: 'ss',
        name: 'North shared service',
        model: 'shared-service',
        members: ['a', 'b'],
        functions: ['f'],
        riskShareAgreed: true,
      },
    ];
    const ws = buildWorkspace(
      [
        { id: 'base', nodes, arrangements },
        {
          id: 'dear',
          nodes,
          arrangements,
          assumptionOverrides: { models: { sharedService: { overhead: 0.1 } } },
        },
      ],
      assumptionsWith([fn('f', 4, 0.5)]),
    );
    expect(fnOf(costOf(ws, 'base'), 'a', 'f').cost).toBeCloseTo(416_000, 2);
    expect(fnOf(costOf(ws, 'dear'), 'a', 'f').basis.pool).toBeCloseTo(2_200_000, 2);
    expect(fnOf(costOf(ws, 'dear'), 'a', 'f').cost).toBeCloseTo(440_000, 2);
  });

  it('a partial models override keeps the other parameters of that model', () => {
    // external.contractYears 5 only: procurement a year = 150,000/5 = 30,000 (was 50,000);
    // margin 0.08, scalePopulation 3,000,000 and clientContractManagement 0.05 stay.
    // Ashby 100,000 alone buys G (£1.00, e = 0) from Acme at the modelled price 1.00·1.08 = 1.08:
    //   G = 1.08·100,000·1.05 + 30,000 = 113,400 + 30,000 = 143,400
    // csu margin 0.10 and clientContractManagement 0.05 (otherCustomersPopulation stays 1,500,000):
    //   Bourne 750,000 alone buys F (£6.00, e 0.5) from Northern CSU: P_p = 750,000 + 1,500,000 = 2,250,000
    //   u_F = 6.00·9^(−0.5) = 2.00; F = 2.00·1.10·750,000·1.05 = 1,732,500
    const result = costOf(
      buildWorkspace(
        {
          nodes: [
            ccg('a', 'Ashby CCG', { population: 100_000 }),
            ccg('b', 'Bourne CCG', { population: 750_000 }),
            provider('acme', 'Acme Support Ltd', 'private'),
            provider('ncsu', 'Northern CSU', 'csu'),
          ],
          arrangements: [
            {
              id: 'e1',
              name: 'Acme contract',
              model: 'external',
              providerId: 'acme',
              members: ['a'],
              functions: ['g'],
            },
            {
              id: 'c1',
              name: 'CSU contract',
              model: 'csu',
              providerId: 'ncsu',
              members: ['b'],
              functions: ['f'],
            },
          ],
          assumptionOverrides: {
            models: {
              external: { contractYears: 5 },
              csu: { margin: 0.1, clientContractManagement: 0.05 },
            },
          },
        },
        assumptionsWith([fn('f', 6, 0.5), fn('g', 1, 0)]),
      ),
    );
    expect(fnOf(result, 'a', 'g').basis.procurement).toBeCloseTo(30_000, 2);
    expect(fnOf(result, 'a', 'g').basis.price).toBeCloseTo(1.08, 10);
    expect(fnOf(result, 'a', 'g').cost).toBeCloseTo(143_400, 2);
    expect(fnOf(result, 'b', 'f').basis.scalePopulation).toBe(2_250_000);
    expect(fnOf(result, 'b', 'f').cost).toBeCloseTo(1_732_500, 2);
  });
});

describe('costScenarioWith and costScenario', () => {
  it('costScenarioWith costs a scenario under the assumptions it is given (a what-if)', () => {
    // Same reference CCG under a what-if cap of 30 and core.perHead 7.00:
    // total = 600,000 + 7.00·250,000 + 3,500,000 = 5,850,000; per head 23.40; 30·0.96 = 28.80 → within
    // headroom = 7,500,000 − 5,850,000 = 1,650,000
    const ws = buildWorkspace({ nodes: reference });
    const scenario = ws.scenarios[0];
    if (!scenario) throw new Error('no scenario');
    const result = costScenarioWith(scenario, {
      ...DEFAULT_ASSUMPTIONS,
      years: DEFAULT_ASSUMPTIONS.years.map((y, i) =>
        i === 0 ? { ...y, allowancePerHead: 30 } : y,
      ),
      core: { ...DEFAULT_ASSUMPTIONS.core, perHead: 7 },
    });
    expect(result.year.allowancePerHead).toBe(30);
    expect(ccgOf(result, 'r').total).toBeCloseTo(5_850_000, 2);
    expect(ccgOf(result, 'r').perHead).toBeCloseTo(23.4, 6);
    expect(ccgOf(result, 'r').headroom).toBeCloseTo(1_650_000, 2);
    expect(ccgOf(result, 'r').status).toBe('within');
  });

  it('costScenario refuses a scenario id that is not in the workspace', () => {
    expect(() => costScenario(buildWorkspace({ nodes: reference }), 'nope')).toThrow(/nope/);
  });
});
