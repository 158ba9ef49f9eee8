/**
 * DESIGN.md §4.4, the bought-in models: csu and external.
 *   csu:      u_f(P_p)·(1+margin)·pop(c)·(1+clientContractManagement), P_p = Σ pop of the provider's
 *             csu customers in the scenario (each CCG once) + otherCustomersPopulation
 *   external: price·pop(c)·(1+clientContractManagement) + the CCG's population share of
 *             procurementCost/contractYears, price = provider's own price for f else
 *             u_f(scalePopulation)·(1+margin)
 * Model parameters are the defaults: csu margin 0.05, clientContractManagement 0.03,
 * otherCustomersPopulation 1,500,000; external margin 0.08, scalePopulation 3,000,000,
 * procurementCost 150,000, contractYears 3, clientContractManagement 0.05.
 */
import { describe, expect, it } from 'vitest';
import type { Arrangement } from '../../../shared/model/workspace';
import {
  assumptionsWith,
  buildWorkspace,
  ccg,
  ccgOf,
  costOf,
  fn,
  fnOf,
  provider,
} from '../helpers/buildWorkspace';

describe('csu arrangements', () => {
  // F: £6.00, e = 0.5 and G: £3.00, e = 0.5. At P_p = 2,250,000: ratio 9, 9^(−0.5) = 1/3,
  // so u_F = 2.00 and u_G = 1.00.
  // Per head charged = u·(1 + 0.05)·(1 + 0.03) = u·1.05·1.03 = u·1.0815
  //   F: 2.00·1.0815 = 2.163;  G: 1.00·1.0815 = 1.0815
  const CSU_FUNCTIONS = assumptionsWith([fn('f', 6, 0.5), fn('g', 3, 0.5)]);
  const csu = (
    id: string,
    providerId: string,
    members: string[],
    functions: string[],
  ): Arrangement => ({
    id,
    name: `CSU contract ${id}`,
    model: 'csu',
    providerId,
    members,
    functions,
  });

  it('a csu charges u_f(P_p)·(1+margin)·pop(c)·(1+clientContractManagement)', () => {
    // Ashby 300,000 and Bourne 450,000 buy F from Northern CSU.
    // P_p = 300,000 + 450,000 + 1,500,000 = 2,250,000; u_F = 6.00·9^(−0.5) = 2.00
    // Ashby: 2.00·1.05·300,000·1.03 = 2.163·300,000 = 648,900
    // Bourne: 2.163·450,000 = 973,350
    const result = costOf(
      buildWorkspace(
        {
          nodes: [
            ccg('a', 'Ashby CCG', { population: 300_000 }),
            ccg('b', 'Bourne CCG', { population: 450_000 }),
            provider('ncsu', 'Northern CSU', 'csu'),
          ],
          arrangements: [csu('c1', 'ncsu', ['a', 'b'], ['f'])],
        },
        CSU_FUNCTIONS,
      ),
    );
    const a = fnOf(result, 'a', 'f');
    expect(a.mode).toBe('csu');
    expect(a.providerId).toBe('ncsu');
    expect(a.basis.scalePopulation).toBe(2_250_000);
    expect(a.basis.unitCost).toBeCloseTo(2, 8);
    expect(a.basis.margin).toBeCloseTo(0.05, 10);
    expect(a.basis.clientContractManagement).toBeCloseTo(0.03, 10);
    expect(a.cost).toBeCloseTo(648_900, 2);
    expect(fnOf(result, 'b', 'f').cost).toBeCloseTo(973_350, 2);
    // Ashby total = 600,000 + 8.00·300,000 + 648,900 + G in-house
    //   G in-house: u_G(300,000) = 3.00·1.2^(−0.5) = 3.00·0.912870929 = 2.738612788 → ·300,000 = 821,583.836
    //   total = 600,000 + 2,400,000 + 648,900 + 821,583.836 = 4,470,483.836
    expect(ccgOf(result, 'a').total).toBeCloseTo(4_470_483.836, 2);
  });

  it('a CCG in two csu arrangements with the same provider counts once in P_p, and a CCG covered for only some functions still counts', () => {
    // c1: Ashby 300,000 + Bourne 200,000 buy F; c2: Ashby + Corby 250,000 buy G; same provider.
    // P_p = 300,000 (Ashby, once) + 200,000 + 250,000 + 1,500,000 = 2,250,000 for BOTH F and G
    //   (Bourne buys only F but counts in the scale of G; Corby buys only G but counts for F).
    //   Were Ashby counted twice: 2,550,000 → u_F = 6.00·10.2^(−0.5) = 1.878672873, not 2.00.
    // Ashby F: 2.163·300,000 = 648,900;   Ashby G: 1.0815·300,000 = 324,450
    // Bourne F: 2.163·200,000 = 432,600;  Corby G: 1.0815·250,000 = 270,375
    const result = costOf(
      buildWorkspace(
        {
          nodes: [
            ccg('a', 'Ashby CCG', { population: 300_000 }),
            ccg('b', 'Bourne CCG', { population: 200_000 }),
            ccg('c', 'Corby CCG', { population: 250_000 }),
            provider('ncsu', 'Northern CSU', 'csu'),
          ],
          arrangements: [
            csu('c1', 'ncsu', ['a', 'b'], ['f']),
            csu('c2', 'ncsu', ['a', 'c'], ['g']),
          ],
        },
        CSU_FUNCTIONS,
      ),
    );
    expect(fnOf(result, 'a', 'f').basis.scalePopulation).toBe(2_250_000);
    expect(fnOf(result, 'a', 'g').basis.scalePopulation).toBe(2_250_000);
    expect(fnOf(result, 'a', 'f').cost).toBeCloseTo(648_900, 2);
    expect(fnOf(result, 'a', 'g').cost).toBeCloseTo(324_450, 2);
    expect(fnOf(result, 'b', 'f').cost).toBeCloseTo(432_600, 2);
    expect(fnOf(result, 'c', 'g').cost).toBeCloseTo(270_375, 2);
    // The functions they do not buy stay in-house.
    expect(fnOf(result, 'b', 'g').mode).toBe('in-house');
    expect(fnOf(result, 'c', 'f').mode).toBe('in-house');
  });

  it("the provider's own otherCustomersPopulation overrides the model's", () => {
    // Southern CSU says it serves 3,250,000 others. Daventry 750,000 buys F.
    // P_p = 750,000 + 3,250,000 = 4,000,000 → ratio 16 → 16^(−0.5) = 0.25 → u_F = 1.50
    // Daventry: 1.50·1.05·1.03·750,000 = 1.62225·750,000 = 1,216,687.50
    // (With the model's 1,500,000: P_p = 2,250,000, u_F = 2.00 → 1,622,250.)
    const result = costOf(
      buildWorkspace(
        {
          nodes: [
            ccg('d', 'Daventry CCG', { population: 750_000 }),
            provider('scsu', 'Southern CSU', 'csu', { otherCustomersPopulation: 3_250_000 }),
          ],
          arrangements: [csu('c1', 'scsu', ['d'], ['f'])],
        },
        CSU_FUNCTIONS,
      ),
    );
    expect(fnOf(result, 'd', 'f').basis.scalePopulation).toBe(4_000_000);
    expect(fnOf(result, 'd', 'f').basis.unitCost).toBeCloseTo(1.5, 8);
    expect(fnOf(result, 'd', 'f').cost).toBeCloseTo(1_216_687.5, 2);
  });

  it('two different CSU providers have separate scales', () => {
    // Northern CSU: Ashby 300,000 + Bourne 450,000 + 1,500,000 = 2,250,000 → u_F = 2.00
    //   Ashby F = 2.163·300,000 = 648,900
    // Southern CSU: Corby 500,000 + 1,500,000 = 2,000,000 → ratio 8 → 8^(−0.5) = 0.353553390593
    //   u_F = 6.00·0.353553390593 = 2.121320343560
    //   Corby F = 2.121320343560·1.0815·500,000 = 2.294207951560·500,000 = 1,147,103.976
    // (One shared scale would be 2,750,000 → u_F = 6.00·11^(−0.5) = 1.809068067 for both.)
    const result = costOf(
      buildWorkspace(
        {
          nodes: [
            ccg('a', 'Ashby CCG', { population: 300_000 }),
            ccg('b', 'Bourne CCG', { population: 450_000 }),
            ccg('c', 'Corby CCG', { population: 500_000 }),
            provider('ncsu', 'Northern CSU', 'csu'),
            provider('scsu', 'Southern CSU', 'csu'),
          ],
          arrangements: [csu('c1', 'ncsu', ['a', 'b'], ['f']), csu('c2', 'scsu', ['c'], ['f'])],
        },
        CSU_FUNCTIONS,
      ),
    );
    expect(fnOf(result, 'a', 'f').basis.scalePopulation).toBe(2_250_000);
    expect(fnOf(result, 'a', 'f').cost).toBeCloseTo(648_900, 2);
    expect(fnOf(result, 'c', 'f').basis.scalePopulation).toBe(2_000_000);
    expect(fnOf(result, 'c', 'f').basis.unitCost).toBeCloseTo(2.12132034356, 8);
    expect(fnOf(result, 'c', 'f').cost).toBeCloseTo(1_147_103.976, 2);
  });
});

describe('external arrangements', () => {
  // F: £4.00, e = 0.5 (modelled price); G: £1.00, e = 0 (Acme quotes its own price 1.50);
  // H: £2.00, e = 0 (never bought, in-house).
  // Modelled price for F: u_F(3,000,000) = 4.00·(3,000,000/250,000)^(−0.5) = 4.00·12^(−0.5)
  //   12^(−0.5) = 0.288675134595 → u_F = 1.154700538379 → price = ·1.08 = 1.247076581450
  // Procurement a year = 150,000/3 = 50,000 for the arrangement.
  const EXT_FUNCTIONS = assumptionsWith([fn('f', 4, 0.5), fn('g', 1, 0), fn('h', 2, 0)]);
  const nodes = [
    ccg('a', 'Ashby CCG', { population: 100_000 }),
    ccg('b', 'Bourne CCG', { population: 200_000 }),
    provider('acme', 'Acme Support Ltd', 'private', { prices: { g: 1.5 } }),
  ];
  const ext = (id: string, members: string[], functions: string[]): Arrangement => ({
    id,
    name: `Acme contract ${id}`,
    model: 'external',
    providerId: 'acme',
    members,
    functions,
  });

  it('an external provider charges the modelled price u_f(scalePopulation)·(1+margin) when it quotes none', () => {
    // Ashby F: 1.247076581450·100,000·1.05 = 130,943.0411 (+ its procurement part)
    const result = costOf(
      buildWorkspace({ nodes, arrangements: [ext('e1', ['a', 'b'], ['f', 'g'])] }, EXT_FUNCTIONS),
    );
    const f = fnOf(result, 'a', 'f');
    expect(f.mode).toBe('external');
    expect(f.providerId).toBe('acme');
    expect(f.basis.scalePopulation).toBe(3_000_000);
    expect(f.basis.unitCost).toBeCloseTo(1.154700538379, 9);
    expect(f.basis.priceSource).toBe('modelled');
    expect(f.basis.price).toBeCloseTo(1.24707658145, 9);
    expect(f.cost - (f.basis.procurement ?? 0)).toBeCloseTo(130_943.0411, 2);
  });

  it("an external provider's own price for a function replaces the modelled price", () => {
    // Ashby G: 1.50·100,000·1.05 = 157,500 (+ its procurement part); modelled would be 1.00·1.08 = 1.08
    const result = costOf(
      buildWorkspace({ nodes, arrangements: [ext('e1', ['a', 'b'], ['f', 'g'])] }, EXT_FUNCTIONS),
    );
    const g = fnOf(result, 'a', 'g');
    expect(g.basis.priceSource).toBe('provider');
    expect(g.basis.price).toBeCloseTo(1.5, 10);
    expect(g.cost - (g.basis.procurement ?? 0)).toBeCloseTo(157_500, 2);
  });

  it('an external arrangement adds procurementCost/contractYears split by population among its members', () => {
    // Members Ashby 100,000 and Bourne 200,000 → 300,000.
    // Ashby's share: 50,000·100,000/300,000 = 16,666.6667; Bourne's: 50,000·200,000/300,000 = 33,333.3333
    // The procurement parts over the arrangement's functions (F and G) sum to those shares.
    // Ashby total = core (600,000 + 800,000) + F 130,943.0411 + G 157,500 + 16,666.6667 + H in-house 200,000
    //             = 1,400,000 + 305,109.7077 + 200,000 = 1,905,109.7077
    // Bourne: F 1.247076581450·200,000·1.05 = 261,886.0821; G 1.50·200,000·1.05 = 315,000
    //   total = (600,000 + 1,600,000) + 261,886.0821 + 315,000 + 33,333.3333 + H 400,000 = 3,210,219.4154
    const result = costOf(
      buildWorkspace({ nodes, arrangements: [ext('e1', ['a', 'b'], ['f', 'g'])] }, EXT_FUNCTIONS),
    );
    const procurementOf = (ccgId: string) =>
      (fnOf(result, ccgId, 'f').basis.procurement ?? 0) +
      (fnOf(result, ccgId, 'g').basis.procurement ?? 0);
    expect(procurementOf('a')).toBeCloseTo(16_666.6667, 2);
    expect(procurementOf('b')).toBeCloseTo(33_333.3333, 2);
    expect(procurementOf('a') + procurementOf('b')).toBeCloseTo(50_000, 2);
    expect(fnOf(result, 'a', 'h').mode).toBe('in-house');
    expect(ccgOf(result, 'a').total).toBeCloseTo(1_905_109.7077, 2);
    expect(ccgOf(result, 'b').total).toBeCloseTo(3_210_219.4154, 2);
    expect(ccgOf(result, 'a').perHead).toBeCloseTo(19.05109708, 6);
  });

  it('each external arrangement carries its own procurement cost', () => {
    // Ashby alone in two contracts with Acme (e1: F, e2: G) → two tenders, 50,000 a year each = 100,000.
    // total = 1,400,000 + F 130,943.0411 + G 157,500 + 100,000 + H 200,000 = 1,988,443.0411
    const result = costOf(
      buildWorkspace(
        { nodes, arrangements: [ext('e1', ['a'], ['f']), ext('e2', ['a'], ['g'])] },
        EXT_FUNCTIONS,
      ),
    );
    expect(fnOf(result, 'a', 'f').basis.procurement).toBeCloseTo(50_000, 2);
    expect(fnOf(result, 'a', 'g').basis.procurement).toBeCloseTo(50_000, 2);
    expect(ccgOf(result, 'a').total).toBeCloseTo(1_988_443.0411, 2);
  });
});
