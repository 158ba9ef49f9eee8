/**
 * DESIGN.md §4.5 and §4.6: total, per head, headroom, status; scenario totals.
 * Assumptions: defaults (cap 25, amberMargin 0.04, core 600,000 + 8.00·pop) with ONE function
 * F of e = 0 whose £/head is chosen per test, so T_F(P) = cost_F·P exactly and
 * per head = 600,000/pop + 8.00 + cost_F.
 * Boundaries: cap·(1 − amberMargin) = 25·0.96 = 24.00 (within up to here); cap = 25.00 (tight up to here).
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../../shared/costing/costScenario';
import { assumptionsWith, buildWorkspace, ccg, ccgOf, costOf, fn } from '../helpers/buildWorkspace';

/** One CCG of 100,000 with F at `costF` a head: per head = 6.00 + 8.00 + costF. */
function singleCcg(costF: number) {
  return ccgOf(
    costOf(
      buildWorkspace(
        { nodes: [ccg('a', 'Ashby CCG', { population: 100_000 })] },
        assumptionsWith([fn('f', costF, 0)]),
      ),
    ),
    'a',
  );
}

describe('total, per head and headroom (DESIGN.md §4.5)', () => {
  it('total is core plus every function; per head is total/pop; headroom is cap·pop − total', () => {
    // costF = 9.50: core = 600,000 + 800,000 = 1,400,000; F = 9.50·100,000 = 950,000
    // total = 2,350,000; per head = 23.50; headroom = 25·100,000 − 2,350,000 = 150,000
    const a = singleCcg(9.5);
    expect(a.total).toBeCloseTo(2_350_000, 2);
    expect(a.perHead).toBeCloseTo(23.5, 6);
    expect(a.headroom).toBeCloseTo(150_000, 2);
    expect(a.status).toBe('within');
  });

  it('headroom is negative when a CCG is over the cap', () => {
    // costF = 11.01: F = 1,101,000; total = 2,501,000; per head = 25.01
    // headroom = 2,500,000 − 2,501,000 = −1,000
    const a = singleCcg(11.01);
    expect(a.total).toBeCloseTo(2_501_000, 2);
    expect(a.perHead).toBeCloseTo(25.01, 6);
    expect(a.headroom).toBeCloseTo(-1_000, 2);
    expect(a.status).toBe('over');
  });
});

describe('status at its boundaries (DESIGN.md §4.5)', () => {
  it('a CCG at exactly cap·(1 − amberMargin) is within', () => {
    // costF = 10.00: total = 1,400,000 + 1,000,000 = 2,400,000; per head = 24.00 = 25·0.96 → within
    // headroom = 2,500,000 − 2,400,000 = 100,000
    const a = singleCcg(10);
    expect(a.perHead).toBeCloseTo(24, 10);
    expect(a.headroom).toBeCloseTo(100_000, 2);
    expect(a.status).toBe('within');
  });

  it('a CCG just above cap·(1 − amberMargin) is tight', () => {
    // costF = 10.01: total = 2,401,000; per head = 24.01 > 24.00, ≤ 25 → tight
    const a = singleCcg(10.01);
    expect(a.perHead).toBeCloseTo(24.01, 6);
    expect(a.status).toBe('tight');
  });

  it('a CCG at exactly the cap is tight, with zero headroom', () => {
    // costF = 11.00: total = 1,400,000 + 1,100,000 = 2,500,000; per head = 25.00 → tight; headroom 0
    const a = singleCcg(11);
    expect(a.perHead).toBeCloseTo(25, 10);
    expect(a.headroom).toBeCloseTo(0, 2);
    expect(a.status).toBe('tight');
  });

  it('a CCG just over the cap is over', () => {
    // costF = 11.01 → per head 25.01 > 25 → over
    expect(singleCcg(11.01).status).toBe('over');
  });

  it('statusOf puts exact boundaries on the lower side', () => {
    // statusOf(running, allowance, amberMargin). Allowance 25, amber 0.04: (1 − 0.04)·25 = 24.00
    expect(statusOf(24, 25, 0.04)).toBe('within');
    expect(statusOf(24.000001, 25, 0.04)).toBe('tight');
    expect(statusOf(25, 25, 0.04)).toBe('tight');
    expect(statusOf(25.000001, 25, 0.04)).toBe('over');
    expect(statusOf(0, 25, 0.04)).toBe('within');
    // allowance 20, amber 0.10: 20·0.90 = 18.00
    expect(statusOf(18, 20, 0.1)).toBe('within');
    expect(statusOf(18.01, 20, 0.1)).toBe('tight');
    expect(statusOf(20, 20, 0.1)).toBe('tight');
    expect(statusOf(20.01, 20, 0.1)).toBe('over');
    // amberMargin 0: within up to the allowance itself, over beyond it; nothing is tight
    expect(statusOf(25, 25, 0)).toBe('within');
    expect(statusOf(25.01, 25, 0)).toBe('over');
  });
});

describe('scenario totals (DESIGN.md §4.6)', () => {
  it('scenario per head is population-weighted (total/population), not the mean of the CCGs’ per heads', () => {
    // F = £10.00 a head, e = 0, so per head = 600,000/pop + 8.00 + 10.00 = 600,000/pop + 18.00
    //   Ashby   100,000: total = 600,000 +   800,000 + 1,000,000 =  2,400,000; 24.00     within (boundary)
    //   Bourne  400,000: total = 600,000 + 3,200,000 + 4,000,000 =  7,800,000; 19.50     within
    //   Corby    90,000: total = 600,000 +   720,000 +   900,000 =  2,220,000; 24.666667 tight
    //   Daventry 50,000: total = 600,000 +   400,000 +   500,000 =  1,500,000; 30.00     over
    // population = 100,000 + 400,000 + 90,000 + 50,000 = 640,000
    // total = 2,400,000 + 7,800,000 + 2,220,000 + 1,500,000 = 13,920,000
    // per head = 13,920,000/640,000 = 21.75
    // (mean of per heads = (24 + 19.5 + 24.666667 + 30)/4 = 24.541667 — not what is wanted)
    // counts: within 2, tight 1, over 1
    const result = costOf(
      buildWorkspace(
        {
          nodes: [
            ccg('a', 'Ashby CCG', { population: 100_000 }),
            ccg('b', 'Bourne CCG', { population: 400_000 }),
            ccg('c', 'Corby CCG', { population: 90_000 }),
            ccg('d', 'Daventry CCG', { population: 50_000 }),
          ],
        },
        assumptionsWith([fn('f', 10, 0)]),
      ),
    );
    expect(ccgOf(result, 'c').perHead).toBeCloseTo(24.666667, 5);
    expect(result.ccgs.map((c) => c.status)).toEqual(['within', 'within', 'tight', 'over']);
    expect(result.totals.population).toBe(640_000);
    expect(result.totals.total).toBeCloseTo(13_920_000, 2);
    expect(result.totals.perHead).toBeCloseTo(21.75, 6);
    const meanOfPerHeads = result.ccgs.reduce((s, c) => s + c.perHead, 0) / result.ccgs.length;
    expect(meanOfPerHeads).toBeCloseTo(24.541667, 5);
    expect(result.totals.within).toBe(2);
    expect(result.totals.tight).toBe(1);
    expect(result.totals.over).toBe(1);
    expect(result.year.allowancePerHead).toBe(25);
    expect(result.scenarioId).toBe('s1');
  });

  it('a scenario with no CCGs has zero totals', () => {
    // population 0, total 0; per head reported as 0 rather than 0/0 (the engine's reading)
    const result = costOf(buildWorkspace({ nodes: [] }, assumptionsWith([fn('f', 10, 0)])));
    expect(result.ccgs).toHaveLength(0);
    expect(result.totals).toEqual({
      population: 0,
      running: 0,
      programme: 0,
      total: 0,
      allowance: 0,
      headroom: 0,
      perHead: 0,
      within: 0,
      tight: 0,
      over: 0,
    });
    expect(result.years.map((y) => y.totals.population)).toEqual([0, 0, 0]);
  });
});
