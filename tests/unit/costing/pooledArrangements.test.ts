/**
 * DESIGN.md §4.4, the pooled NHS models: shared-service, host-ccg and la-partnership.
 * Pool = T_f(P_a)·(1+overhead); the CCG pays its share.
 *
 * Assumptions: defaults (core 600,000 + 8.00·pop; shared-service overhead 0.04; host-ccg 0.03;
 * la-partnership 0.05 with laParticipation 0.5) with TWO functions:
 *   F: £4.00 a head at 250,000, e = 0.5  → u_F(P) = 4.00·(P/250,000)^(−0.5)
 *   G: £1.00 a head, e = 0               → T_G(P) = 1.00·P
 * Pools are sized at P_a = 1,000,000 so that (1,000,000/250,000)^(−0.5) = 4^(−0.5) = 0.5,
 * u_F = 2.00 and T_F(P_a) = 2,000,000.
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
  localAuthority,
} from '../helpers/buildWorkspace';

const TWO_FUNCTIONS = assumptionsWith([fn('f', 4, 0.5), fn('g', 1, 0)]);

describe('shared-service arrangements', () => {
  const nodes = [
    ccg('a', 'Ashby CCG', { population: 200_000 }),
    ccg('b', 'Bourne CCG', { population: 800_000 }),
    ccg('c', 'Corby CCG', { population: 62_500 }),
  ];
  const shared = (allocation?: 'population' | 'equal'): Arrangement => ({
    id: 'ss',
    name: 'North shared service',
    model: 'shared-service',
    members: ['a', 'b'],
    functions: ['f'],
    riskShareAgreed: true,
    ...(allocation ? { allocation } : {}),
  });

  it('a shared service pools T_f(P_a)·(1+overhead) and splits it by population share', () => {
    // P_a = 200,000 + 800,000 = 1,000,000 (Corby is not a member)
    // u_F(1,000,000) = 4.00·4^(−0.5) = 2.00; T_F = 2,000,000
    // pool = 2,000,000·(1 + 0.04) = 2,080,000
    // Ashby: 200,000/1,000,000 = 0.2 → 0.2·2,080,000 = 416,000
    // Bourne: 800,000/1,000,000 = 0.8 → 0.8·2,080,000 = 1,664,000
    const result = costOf(
      buildWorkspace({ nodes, arrangements: [shared('population')] }, TWO_FUNCTIONS),
    );
    const a = fnOf(result, 'a', 'f');
    expect(a.mode).toBe('shared-service');
    expect(a.arrangementId).toBe('ss');
    expect(a.basis.scalePopulation).toBe(1_000_000);
    expect(a.basis.unitCost).toBeCloseTo(2, 8);
    expect(a.basis.pool).toBeCloseTo(2_080_000, 2);
    expect(a.basis.share).toBeCloseTo(0.2, 10);
    expect(a.cost).toBeCloseTo(416_000, 2);
    expect(fnOf(result, 'b', 'f').cost).toBeCloseTo(1_664_000, 2);
    // The members pay the whole pool: 416,000 + 1,664,000 = 2,080,000
    expect(a.cost + fnOf(result, 'b', 'f').cost).toBeCloseTo(2_080_000, 2);
  });

  it('a shared service with equal allocation splits the pool equally among its members', () => {
    // pool = 2,080,000 as above; 2 members → 2,080,000/2 = 1,040,000 each, whatever their size
    const result = costOf(
      buildWorkspace({ nodes, arrangements: [shared('equal')] }, TWO_FUNCTIONS),
    );
    expect(fnOf(result, 'a', 'f').basis.share).toBeCloseTo(0.5, 10);
    expect(fnOf(result, 'a', 'f').cost).toBeCloseTo(1_040_000, 2);
    expect(fnOf(result, 'b', 'f').cost).toBeCloseTo(1_040_000, 2);
  });

  it('a shared service with no allocation given splits by population (the engine’s reading)', () => {
    // DESIGN.md leaves the default open ("as the arrangement says"); the engine reads absent as
    // population: Ashby 416,000, Bourne 1,664,000, as in the population case above.
    const result = costOf(buildWorkspace({ nodes, arrangements: [shared()] }, TWO_FUNCTIONS));
    expect(fnOf(result, 'a', 'f').cost).toBeCloseTo(416_000, 2);
    expect(fnOf(result, 'b', 'f').cost).toBeCloseTo(1_664_000, 2);
  });

  it('a member’s function outside the arrangement is costed in-house, and a non-member is untouched', () => {
    // Ashby: core = 600,000 + 8.00·200,000 = 2,200,000
    //        F shared = 416,000 (above); G in-house = 1.00·200,000 = 200,000
    //        total = 2,200,000 + 416,000 + 200,000 = 2,816,000; per head = 2,816,000/200,000 = 14.08
    // Corby (not a member, 62,500): F in-house u_F = 4.00·(0.25)^(−0.5) = 8.00 → 8.00·62,500 = 500,000
    //        G = 62,500; core = 600,000 + 500,000 = 1,100,000
    //        total = 1,100,000 + 500,000 + 62,500 = 1,662,500
    const result = costOf(
      buildWorkspace({ nodes, arrangements: [shared('population')] }, TWO_FUNCTIONS),
    );
    expect(fnOf(result, 'a', 'g').mode).toBe('in-house');
    expect(fnOf(result, 'a', 'g').cost).toBeCloseTo(200_000, 2);
    expect(ccgOf(result, 'a').total).toBeCloseTo(2_816_000, 2);
    expect(ccgOf(result, 'a').perHead).toBeCloseTo(14.08, 6);
    expect(fnOf(result, 'c', 'f').mode).toBe('in-house');
    expect(fnOf(result, 'c', 'f').cost).toBeCloseTo(500_000, 2);
    expect(ccgOf(result, 'c').total).toBeCloseTo(1_662_500, 2);
  });
});

describe('host-ccg arrangements', () => {
  const nodes = [
    ccg('h', 'Hinckley CCG', { population: 400_000 }),
    ccg('m', 'Melton CCG', { population: 600_000 }),
  ];
  const hosted = (members: string[], allocation?: 'population' | 'equal'): Arrangement => ({
    id: 'hosted',
    name: 'Hinckley hosted service',
    model: 'host-ccg',
    hostCcgId: 'h',
    members,
    functions: ['f'],
    riskShareAgreed: true,
    ...(allocation ? { allocation } : {}),
  });

  it('a host CCG counts as a member even when not listed, and the pool carries the 0.03 hosting overhead', () => {
    // members listed: Melton only; host Hinckley is always a member → P_a = 400,000 + 600,000 = 1,000,000
    // u_F = 2.00; T_F = 2,000,000; pool = 2,000,000·1.03 = 2,060,000
    // Hinckley: 0.4·2,060,000 = 824,000; Melton: 0.6·2,060,000 = 1,236,000
    // (Were the host left out: P_a = 600,000, Melton would pay the whole of
    //  4.00·2.4^(−0.5)·600,000·1.03 = 2.581988897·600,000·1.03 = 1,595,669.14.)
    // Hinckley total = 600,000 + 3,200,000 + 824,000 + G 400,000 = 5,024,000
    const result = costOf(
      buildWorkspace({ nodes, arrangements: [hosted(['m'], 'population')] }, TWO_FUNCTIONS),
    );
    const h = fnOf(result, 'h', 'f');
    expect(h.mode).toBe('host-ccg');
    expect(h.basis.scalePopulation).toBe(1_000_000);
    expect(h.basis.overhead).toBeCloseTo(0.03, 10);
    expect(h.basis.pool).toBeCloseTo(2_060_000, 2);
    expect(h.cost).toBeCloseTo(824_000, 2);
    expect(fnOf(result, 'm', 'f').cost).toBeCloseTo(1_236_000, 2);
    expect(ccgOf(result, 'h').total).toBeCloseTo(5_024_000, 2);
  });

  it('a host CCG also listed among the members is counted once', () => {
    // members ['h', 'm'] and host 'h': still P_a = 1,000,000 → Hinckley 824,000, Melton 1,236,000
    const result = costOf(
      buildWorkspace({ nodes, arrangements: [hosted(['h', 'm'], 'population')] }, TWO_FUNCTIONS),
    );
    expect(fnOf(result, 'h', 'f').basis.scalePopulation).toBe(1_000_000);
    expect(fnOf(result, 'h', 'f').cost).toBeCloseTo(824_000, 2);
    expect(fnOf(result, 'm', 'f').cost).toBeCloseTo(1_236_000, 2);
  });

  it('a host-ccg arrangement with equal allocation splits among the members including the host', () => {
    // members = {Hinckley (host), Melton} → 2; 2,060,000/2 = 1,030,000 each
    const result = costOf(
      buildWorkspace({ nodes, arrangements: [hosted(['m'], 'equal')] }, TWO_FUNCTIONS),
    );
    expect(fnOf(result, 'h', 'f').cost).toBeCloseTo(1_030_000, 2);
    expect(fnOf(result, 'm', 'f').cost).toBeCloseTo(1_030_000, 2);
  });
});

describe('la-partnership arrangements', () => {
  const nodes = [
    ccg('a', 'Ashby CCG', { population: 150_000 }),
    ccg('b', 'Bourne CCG', { population: 250_000 }),
    localAuthority('la', 'Northshire County Council', 1_200_000),
  ];
  const partnership: Arrangement = {
    id: 'lap',
    name: 'Northshire partnership',
    model: 'la-partnership',
    laId: 'la',
    members: ['a', 'b'],
    functions: ['f'],
  };

  it('an la-partnership sizes the pool at Σpop(m) + laParticipation·pop(LA) and the CCG pays pop(c)/P_a', () => {
    // P_a = 150,000 + 250,000 + 0.5·1,200,000 = 400,000 + 600,000 = 1,000,000
    // u_F = 2.00; T_F = 2,000,000; pool = 2,000,000·(1 + 0.05) = 2,100,000
    // Ashby: 150,000/1,000,000 = 0.15 → 315,000
    // Bourne: 250,000/1,000,000 = 0.25 → 525,000
    // The CCGs together pay 840,000 = 0.4 of the pool; the local authority pays the other 1,260,000.
    // Ashby total = 600,000 + 8.00·150,000 + 315,000 + G 150,000 = 600,000 + 1,200,000 + 465,000 = 2,265,000
    const result = costOf(
      buildWorkspace(
        {
          nodes,
          arrangements: [partnership],
          laOverlaps: [
            { ccgId: 'a', laId: 'la', share: 1 },
            { ccgId: 'b', laId: 'la', share: 1 },
          ],
        },
        TWO_FUNCTIONS,
      ),
    );
    const a = fnOf(result, 'a', 'f');
    expect(a.mode).toBe('la-partnership');
    expect(a.basis.scalePopulation).toBe(1_000_000);
    expect(a.basis.pool).toBeCloseTo(2_100_000, 2);
    expect(a.basis.share).toBeCloseTo(0.15, 10);
    expect(a.cost).toBeCloseTo(315_000, 2);
    expect(fnOf(result, 'b', 'f').cost).toBeCloseTo(525_000, 2);
    expect(a.cost + fnOf(result, 'b', 'f').cost).toBeCloseTo(840_000, 2);
    expect(ccgOf(result, 'a').total).toBeCloseTo(2_265_000, 2);
  });

  it('an la-partnership follows the laParticipation in force', () => {
    // laParticipation 0.125: P_a = 400,000 + 0.125·1,200,000 = 400,000 + 150,000 = 550,000
    // u_F = 4.00·(550,000/250,000)^(−0.5) = 4.00·2.2^(−0.5) = 4.00·0.674199862 = 2.696799450
    // T_F = 2.696799450·550,000 = 1,483,239.697; pool = ·1.05 = 1,557,401.682
    // Ashby: 150,000/550,000 = 0.272727… → 424,745.913
    const a = assumptionsWith([fn('f', 4, 0.5), fn('g', 1, 0)], {
      models: {
        ...TWO_FUNCTIONS.models,
        laPartnership: { overhead: 0.05, laParticipation: 0.125 },
      },
    });
    const result = costOf(buildWorkspace({ nodes, arrangements: [partnership] }, a));
    expect(fnOf(result, 'a', 'f').basis.scalePopulation).toBe(550_000);
    expect(fnOf(result, 'a', 'f').basis.pool).toBeCloseTo(1_557_401.682, 2);
    expect(fnOf(result, 'a', 'f').cost).toBeCloseTo(424_745.913, 2);
  });
});
