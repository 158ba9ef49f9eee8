/**
 * DESIGN.md §4.3 and §4.4 (uncovered pairs): u_f(P) = cost_f·(P/referencePopulation)^(−e_f),
 * T_f(P) = u_f(P)·P, and an uncovered (CCG, function) pair costs T_f(pop(c)).
 * Every expected figure is worked by hand; powers were evaluated on a calculator and the
 * results written below.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';
import { totalFunctionCost, unitCost } from '../../../shared/costing/unitCost';
import {
  assumptionsWith,
  buildWorkspace,
  ccg,
  ccgOf,
  costOf,
  fn,
  fnOf,
} from '../helpers/buildWorkspace';

describe('u_f(P) and T_f(P) (DESIGN.md §4.3)', () => {
  it('the unit cost at the reference population is the quoted cost per head', () => {
    // (250,000/250,000)^(−0.3) = 1 → u = 2.20; T = 2.20·250,000 = 550,000
    expect(unitCost(fn('bi', 2.2, 0.3), 250_000, 250_000)).toBeCloseTo(2.2, 10);
    expect(totalFunctionCost(fn('bi', 2.2, 0.3), 250_000, 250_000)).toBeCloseTo(550_000, 4);
  });

  it('the unit cost falls with scale at the elasticity', () => {
    // e = 0.5, cost 4.00: P = 1,000,000 → ratio 4 → 4^(−0.5) = 0.5 → u = 2.00; T = 2,000,000
    expect(unitCost(fn('f', 4, 0.5), 1_000_000, 250_000)).toBeCloseTo(2, 10);
    expect(totalFunctionCost(fn('f', 4, 0.5), 1_000_000, 250_000)).toBeCloseTo(2_000_000, 4);
    // P = 62,500 → ratio 0.25 → 0.25^(−0.5) = 2 → u = 8.00; T = 500,000
    expect(unitCost(fn('f', 4, 0.5), 62_500, 250_000)).toBeCloseTo(8, 10);
    // e = 0.3, cost 2.20, P = 125,000 → ratio 0.5 → 0.5^(−0.3) = 2^0.3 = 1.231144413 → u = 2.708517709
    expect(unitCost(fn('bi', 2.2, 0.3), 125_000, 250_000)).toBeCloseTo(2.708517709, 8);
  });
});

describe('in-house costing (DESIGN.md §4.4, uncovered pairs)', () => {
  it('an uncovered function is costed in-house at T_f(pop(c)) with a non-zero elasticity', () => {
    // Function F: £4.00 a head at 250,000, e = 0.5. CCG of 62,500, no arrangements.
    // u_F(62,500) = 4.00·(62,500/250,000)^(−0.5) = 4.00·0.25^(−0.5) = 4.00·2 = 8.00
    // T_F(62,500) = 8.00·62,500 = 500,000
    // core = 600,000 + 8.00·62,500 = 600,000 + 500,000 = 1,100,000
    // total = 1,100,000 + 500,000 = 1,600,000; per head = 1,600,000/62,500 = 25.60
    const ws = buildWorkspace(
      { nodes: [ccg('a', 'Ashby CCG', { population: 62_500 })] },
      assumptionsWith([fn('f', 4, 0.5)]),
    );
    const result = costOf(ws);
    const f = fnOf(result, 'a', 'f');
    expect(f.mode).toBe('in-house');
    expect(f.basis.scalePopulation).toBe(62_500);
    expect(f.basis.unitCost).toBeCloseTo(8, 8);
    expect(f.cost).toBeCloseTo(500_000, 2);
    expect(ccgOf(result, 'a').total).toBeCloseTo(1_600_000, 2);
    expect(ccgOf(result, 'a').perHead).toBeCloseTo(25.6, 6);
  });

  it('a large CCG costs a scaled function in-house at its own, lower unit cost', () => {
    // Function F: £4.00, e = 0.5; CCG of 1,000,000.
    // u_F = 4.00·4^(−0.5) = 2.00; T_F = 2.00·1,000,000 = 2,000,000
    // Function G: £1.00, e = 0; T_G = 1.00·1,000,000 = 1,000,000
    // core = 600,000 + 8,000,000 = 8,600,000; total = 8,600,000 + 2,000,000 + 1,000,000 = 11,600,000
    // per head = 11.60
    const ws = buildWorkspace(
      { nodes: [ccg('b', 'Big CCG', { population: 1_000_000 })] },
      assumptionsWith([fn('f', 4, 0.5), fn('g', 1, 0)]),
    );
    const result = costOf(ws);
    expect(fnOf(result, 'b', 'f').cost).toBeCloseTo(2_000_000, 2);
    expect(fnOf(result, 'b', 'g').cost).toBeCloseTo(1_000_000, 2);
    expect(ccgOf(result, 'b').total).toBeCloseTo(11_600_000, 2);
    expect(ccgOf(result, 'b').perHead).toBeCloseTo(11.6, 6);
  });

  it('a single in-house CCG of 250,000 on the ten default functions costs £24.40 a head (tight)', () => {
    // At the reference population every u_f = cost_f exactly.
    // Σ cost_f = 2.20 + 2.40 + 0.60 + 1.60 + 0.70 + 1.50 + 0.80 + 2.00 + 1.00 + 1.20 = 14.00
    // functions = 14.00·250,000 = 3,500,000
    // core = 600,000 + 8.00·250,000 = 600,000 + 2,000,000 = 2,600,000
    // total = 2,600,000 + 3,500,000 = 6,100,000; per head = 6,100,000/250,000 = 24.40
    // cap·(1 − amberMargin) = 25·0.96 = 24.00 < 24.40 ≤ 25 → tight
    // headroom = 25·250,000 − 6,100,000 = 6,250,000 − 6,100,000 = 150,000
    const ws = buildWorkspace(
      { nodes: [ccg('r', 'Reference CCG', { population: 250_000 })] },
      DEFAULT_ASSUMPTIONS,
    );
    const result = costOf(ws);
    const r = ccgOf(result, 'r');
    expect(Object.keys(r.functions)).toHaveLength(10);
    const expected: Record<string, number> = {
      bi: 550_000,
      contracting: 600_000,
      procurement: 150_000,
      finance: 400_000,
      hr: 175_000,
      it: 375_000,
      comms: 200_000,
      redesign: 500_000,
      medicines: 250_000,
      chc: 300_000,
    }; // each = cost_f·250,000; they sum to 3,500,000
    for (const [id, cost] of Object.entries(expected)) {
      expect(r.functions[id]?.mode).toBe('in-house');
      expect(r.functions[id]?.cost).toBeCloseTo(cost, 2);
    }
    expect(r.core).toBeCloseTo(2_600_000, 2);
    expect(r.total).toBeCloseTo(6_100_000, 2);
    expect(r.perHead).toBeCloseTo(24.4, 6);
    expect(r.headroom).toBeCloseTo(150_000, 2);
    expect(r.status).toBe('tight');
  });

  it('a single in-house CCG of 125,000 on the ten default functions costs £29.16 a head (over)', () => {
    // P/ref = 125,000/250,000 = 0.5, so (0.5)^(−e) = 2^e:
    //   2^0.10 = 1.071773463, 2^0.15 = 1.109569472, 2^0.20 = 1.148698355,
    //   2^0.25 = 1.189207115, 2^0.30 = 1.231144413, 2^0.35 = 1.274560627
    // T_f = cost_f·2^e·125,000:
    //   bi          2.20·1.231144413 = 2.708517709 → 338,564.7137
    //   contracting 2.40·1.148698355 = 2.756876052 → 344,609.5065
    //   procurement 0.60·1.189207115 = 0.713524269 →  89,190.5336
    //   finance     1.60·1.231144413 = 1.969831061 → 246,228.8827
    //   hr          0.70·1.231144413 = 0.861801089 → 107,725.1362
    //   it          1.50·1.274560627 = 1.911840941 → 238,980.1176
    //   comms       0.80·1.071773463 = 0.857418770 → 107,177.3463
    //   redesign    2.00·1.071773463 = 2.143546925 → 267,943.3656
    //   medicines   1.00·1.109569472 = 1.109569472 → 138,696.1840
    //   chc         1.20·1.109569472 = 1.331483366 → 166,435.4208
    //   Σ T_f = 2,045,551.2070
    // core = 600,000 + 8.00·125,000 = 1,600,000
    // total = 1,600,000 + 2,045,551.2070 = 3,645,551.2070; per head = 29.164410
    // headroom = 25·125,000 − 3,645,551.2070 = 3,125,000 − 3,645,551.2070 = −520,551.2070
    const ws = buildWorkspace(
      { nodes: [ccg('s', 'Small CCG', { population: 125_000 })] },
      DEFAULT_ASSUMPTIONS,
    );
    const s = ccgOf(costOf(ws), 's');
    expect(s.functions.bi?.cost).toBeCloseTo(338_564.7137, 2);
    expect(s.functions.it?.cost).toBeCloseTo(238_980.1176, 2);
    expect(s.functions.comms?.cost).toBeCloseTo(107_177.3463, 2);
    expect(s.total).toBeCloseTo(3_645_551.207, 2);
    expect(s.perHead).toBeCloseTo(29.16441, 4);
    expect(s.headroom).toBeCloseTo(-520_551.207, 2);
    expect(s.status).toBe('over');
  });
});
