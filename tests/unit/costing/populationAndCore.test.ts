/**
 * DESIGN.md §4 Computation steps 1 and 2: pop(c) and core(c).
 * Every expected figure is worked by hand from the formulas; the working is in the comments.
 * Unless stated, assumptions are the defaults (fixedPerCcg 600,000; perHead 8.00;
 * perDevolvedLocality 150,000; referencePopulation 250,000) with ONE support function
 * F: £2.00 a head, e = 0, so T_F(P) = 2.00·P exactly at any P.
 */
import { describe, expect, it } from 'vitest';
import {
  assumptionsWith,
  buildWorkspace,
  ccg,
  ccgOf,
  costOf,
  fn,
  locality,
} from '../helpers/buildWorkspace';

const ONE_FLAT_FUNCTION = assumptionsWith([fn('f', 2, 0)]);

describe('pop(c): the population a CCG is costed at (DESIGN.md §4.1)', () => {
  it('a CCG with localities is costed at the sum of its localities', () => {
    // Localities 60,000 + 70,000 = 130,000 = pop(c).
    // core = 600,000 + 8.00·130,000 = 600,000 + 1,040,000 = 1,640,000
    // F in-house (e = 0): 2.00·130,000 = 260,000
    // total = 1,640,000 + 260,000 = 1,900,000; per head = 1,900,000/130,000 = 14.615385
    const ws = buildWorkspace(
      {
        nodes: [ccg('a', 'Ashby CCG'), locality('a1', 'a', 60_000), locality('a2', 'a', 70_000)],
      },
      ONE_FLAT_FUNCTION,
    );
    const a = ccgOf(costOf(ws), 'a');
    expect(a.population).toBe(130_000);
    expect(a.localities).toBe(2);
    expect(a.core).toBeCloseTo(1_640_000, 2);
    expect(a.total).toBeCloseTo(1_900_000, 2);
    expect(a.perHead).toBeCloseTo(14.615385, 5);
  });

  it('a CCG without localities is costed at its own population', () => {
    // pop(c) = own population = 180,000
    // core = 600,000 + 8.00·180,000 = 600,000 + 1,440,000 = 2,040,000
    // F: 2.00·180,000 = 360,000; total = 2,400,000; per head = 2,400,000/180,000 = 13.333333
    const ws = buildWorkspace(
      { nodes: [ccg('b', 'Bourne CCG', { population: 180_000 })] },
      ONE_FLAT_FUNCTION,
    );
    const b = ccgOf(costOf(ws), 'b');
    expect(b.population).toBe(180_000);
    expect(b.localities).toBe(0);
    expect(b.core).toBeCloseTo(2_040_000, 2);
    expect(b.total).toBeCloseTo(2_400_000, 2);
    expect(b.perHead).toBeCloseTo(13.333333, 5);
  });

  it("localities override the CCG's own population field", () => {
    // The CCG says population 999,999 but has localities 50,000 + 40,000 = 90,000: pop(c) = 90,000.
    // core = 600,000 + 8.00·90,000 = 600,000 + 720,000 = 1,320,000
    // F: 2.00·90,000 = 180,000; total = 1,500,000; per head = 1,500,000/90,000 = 16.666667
    // (Were the own field used: 600,000 + 10.00·999,999 = 10,599,990; per head 10.60.)
    const ws = buildWorkspace(
      {
        nodes: [
          ccg('c', 'Corby CCG', { population: 999_999 }),
          locality('c1', 'c', 50_000),
          locality('c2', 'c', 40_000),
        ],
      },
      ONE_FLAT_FUNCTION,
    );
    const c = ccgOf(costOf(ws), 'c');
    expect(c.population).toBe(90_000);
    expect(c.total).toBeCloseTo(1_500_000, 2);
    expect(c.perHead).toBeCloseTo(16.666667, 5);
  });

  it("another CCG's localities do not count towards a CCG's population", () => {
    // d has localities 30,000 + 20,000 = 50,000; e has its own 70,000 and no localities.
    // pop(d) = 50,000; pop(e) = 70,000 (not 70,000 + anything of d's).
    const ws = buildWorkspace(
      {
        nodes: [
          ccg('d', 'Daventry CCG'),
          locality('d1', 'd', 30_000),
          locality('d2', 'd', 20_000),
          ccg('e', 'Evesham CCG', { population: 70_000 }),
        ],
      },
      ONE_FLAT_FUNCTION,
    );
    const result = costOf(ws);
    expect(ccgOf(result, 'd').population).toBe(50_000);
    expect(ccgOf(result, 'e').population).toBe(70_000);
  });
});

describe('core(c) = fixedPerCcg + perHead·pop(c) + (federated ? perDevolvedLocality·localities(c) : 0) (DESIGN.md §4.2)', () => {
  // Three localities 50,000 + 50,000 + 100,000 = 200,000 for both CCGs below.
  const nodesFor = (federated: boolean) => [
    ccg('g', 'Grantham CCG', { federated }),
    locality('g1', 'g', 50_000),
    locality('g2', 'g', 50_000),
    locality('g3', 'g', 100_000),
  ];

  it('a non-federated CCG pays the fixed cost and the per-head cost only', () => {
    // core = 600,000 + 8.00·200,000 = 600,000 + 1,600,000 = 2,200,000 (no locality cost)
    // total = 2,200,000 + F 2.00·200,000 = 2,200,000 + 400,000 = 2,600,000
    const g = ccgOf(costOf(buildWorkspace({ nodes: nodesFor(false) }, ONE_FLAT_FUNCTION)), 'g');
    expect(g.coreParts.fixed).toBeCloseTo(600_000, 2);
    expect(g.coreParts.perHead).toBeCloseTo(1_600_000, 2);
    expect(g.coreParts.devolvedLocalities).toBe(0);
    expect(g.core).toBeCloseTo(2_200_000, 2);
    expect(g.total).toBeCloseTo(2_600_000, 2);
  });

  it('a federated CCG adds perDevolvedLocality for each of its localities', () => {
    // devolved = 150,000·3 = 450,000
    // core = 600,000 + 1,600,000 + 450,000 = 2,650,000
    // total = 2,650,000 + 400,000 = 3,050,000; per head = 3,050,000/200,000 = 15.25
    const g = ccgOf(costOf(buildWorkspace({ nodes: nodesFor(true) }, ONE_FLAT_FUNCTION)), 'g');
    expect(g.localities).toBe(3);
    expect(g.coreParts.devolvedLocalities).toBeCloseTo(450_000, 2);
    expect(g.core).toBeCloseTo(2_650_000, 2);
    expect(g.total).toBeCloseTo(3_050_000, 2);
    expect(g.perHead).toBeCloseTo(15.25, 6);
  });

  it('a federated CCG with no localities adds nothing for localities', () => {
    // localities(c) = 0 → devolved = 150,000·0 = 0
    // core = 600,000 + 8.00·120,000 = 600,000 + 960,000 = 1,560,000
    const h = ccgOf(
      costOf(
        buildWorkspace(
          {
            nodes: [ccg('h', 'Hinckley CCG', { population: 120_000, federated: true })],
          },
          ONE_FLAT_FUNCTION,
        ),
      ),
      'h',
    );
    expect(h.coreParts.devolvedLocalities).toBe(0);
    expect(h.core).toBeCloseTo(1_560_000, 2);
  });

  it('core uses the fixed, per-head and per-locality figures of the assumptions in force', () => {
    // fixedPerCcg 500,000; perHead 5.00; perDevolvedLocality 100,000; federated with 3 localities.
    // core = 500,000 + 5.00·200,000 + 100,000·3 = 500,000 + 1,000,000 + 300,000 = 1,800,000
    const a = assumptionsWith([fn('f', 2, 0)], {
      core: { fixedPerCcg: 500_000, perHead: 5, perDevolvedLocality: 100_000 },
    });
    const g = ccgOf(costOf(buildWorkspace({ nodes: nodesFor(true) }, a)), 'g');
    expect(g.core).toBeCloseTo(1_800_000, 2);
  });
});
