/**
 * A structure, where given, replaces the parametric estimate for exactly what it covers. Round
 * pay figures so every expected value is worked by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';
import type { Arrangement, Assumptions, CcgNode } from '../../../shared/model/workspace';
import type { Post } from '../../../shared/staffing/staffingTypes';
import { buildWorkspace, ccg, ccgOf, costOf, locality } from '../helpers/buildWorkspace';

const assumptions: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  staffing: {
    onCostRate: 0.25,
    nonPayPerWte: 4_000,
    minWtePerFunction: 2,
    bands: [
      { id: '5', label: 'Band 5', annualPay: 24_000 },
      { id: '7', label: 'Band 7', annualPay: 36_000 },
      { id: '9', label: 'Band 9', annualPay: 80_000 },
    ],
  },
};
const post = (id: string, band: string, wte: number, heading: string): Post => ({
  id,
  title: `Post ${id}`,
  band,
  wte,
  heading,
});
const withPosts = (c: CcgNode, posts: Post[]): CcgNode => ({ ...c, structure: { posts } });

// A: corporate band 9 × 1 (pay 80,000 × 1.25 = 100,000), governing body band 7 × 0.5 (22,500),
// finance band 7 × 2 (90,000). Σ WTE 3.5 → non-pay 14,000: 4,000, 2,000 and 8,000.
const a = withPosts(ccg('a', 'Ashby CCG', { population: 200_000 }), [
  post('p1', '9', 1, 'corporate'),
  post('p2', '7', 0.5, 'governingBody'),
  post('p3', '7', 2, 'finance'),
]);

describe("a CCG's own structure", () => {
  const result = costOf(buildWorkspace({ nodes: [a] }, assumptions));
  const c = ccgOf(result, 'a');

  it('core = its core-heading posts with their non-pay share', () => {
    // 100,000 + 4,000 + 22,500 + 2,000 = 128,500
    expect(c.core).toBe(128_500);
    expect(c.coreParts).toEqual({ fixed: 0, perHead: 0, devolvedLocalities: 0, posts: 128_500 });
    expect(c.corePostIds).toEqual(['p1', 'p2']);
    expect(c.sources.core).toBe('structure');
  });

  it('an in-house function with posts headed f costs those posts, and says which', () => {
    // 90,000 + 8,000
    expect(c.functions.finance).toMatchObject({
      mode: 'in-house',
      source: 'structure',
      cost: 98_000,
      postIds: ['p3'],
      wte: 2,
    });
    expect(c.sources.functions.finance).toBe('structure');
    expect(c.functions.hr!.source).toBe('estimate');
    expect(c.wte).toBe(3.5);
  });

  it('the other functions stay on the curve, so the total moves by exactly the replaced parts', () => {
    const plain = ccgOf(
      costOf(
        buildWorkspace({ nodes: [ccg('a', 'Ashby CCG', { population: 200_000 })] }, assumptions),
      ),
      'a',
    );
    // Core estimate 600,000 + 8 × 200,000 = 2,200,000; finance estimate replaced by 98,000.
    expect(plain.core).toBe(2_200_000);
    expect(c.total - plain.total).toBeCloseTo(
      128_500 - 2_200_000 + (98_000 - plain.functions.finance!.cost),
      6,
    );
  });

  it('a federated CCG adds its devolved localities to the posts, as the estimate does', () => {
    const fed = { ...a, federated: true, population: undefined } as CcgNode;
    const r = costOf(
      buildWorkspace(
        { nodes: [fed, locality('l1', 'a', 100_000), locality('l2', 'a', 100_000)] },
        assumptions,
      ),
    );
    // 128,500 + 2 × 150,000
    expect(ccgOf(r, 'a').core).toBe(428_500);
  });

  it('posts only under function headings leave the core on the estimate', () => {
    const r = costOf(
      buildWorkspace(
        {
          nodes: [
            withPosts(ccg('b', 'Bourne CCG', { population: 100_000 }), [
              post('f', '7', 2, 'finance'),
            ]),
          ],
        },
        assumptions,
      ),
    );
    expect(ccgOf(r, 'b').core).toBe(600_000 + 8 * 100_000);
    expect(ccgOf(r, 'b').sources.core).toBe('estimate');
  });
});

describe("a pooled arrangement's structure", () => {
  // HR band 5 × 1.5: pay 24,000 × 1.5 × 1.25 = 45,000, non-pay 1.5 × 4,000 = 6,000 → 51,000.
  // Pool = 51,000 × 1.04 = 53,040; A (100,000) pays a quarter, B (300,000) three quarters.
  const ss: Arrangement = {
    id: 'ss',
    name: 'North shared service',
    model: 'shared-service',
    members: ['a', 'b'],
    functions: ['hr'],
    allocation: 'population',
    riskShareAgreed: true,
    structure: { posts: [post('h1', '5', 1.5, 'hr')] },
  };
  const nodes = [
    withPosts(ccg('a', 'Ashby CCG', { population: 100_000 }), [post('own-hr', '7', 3, 'hr')]),
    ccg('b', 'Bourne CCG', { population: 300_000 }),
  ];
  const result = costOf(buildWorkspace({ nodes, arrangements: [ss] }, assumptions));

  it('pools posts × (1 + overhead) instead of T_f(P_a) × (1 + overhead)', () => {
    expect(ccgOf(result, 'a').functions.hr!.cost).toBeCloseTo(13_260, 8);
    expect(ccgOf(result, 'b').functions.hr).toMatchObject({ source: 'structure', postIds: ['h1'] });
    expect(ccgOf(result, 'b').functions.hr!.cost).toBeCloseTo(39_780, 8);
    // B's share of the pool's WTE: 1.5 × 3/4
    expect(ccgOf(result, 'b').wte).toBeCloseTo(1.125, 12);
  });

  it("a CCG's own posts for a function it shares are not costed", () => {
    // A's "own-hr" posts do not count: HR comes from the pool.
    expect(ccgOf(result, 'a').functions.hr!.postIds).toEqual(['h1']);
    expect(ccgOf(result, 'a').wte).toBeCloseTo(0.375, 12);
  });

  it('flags a function delivered from fewer than minWtePerFunction WTE', () => {
    const spof = result.flags.filter((f) => f.id === 'single-point-of-failure');
    expect(spof).toEqual([
      {
        id: 'single-point-of-failure',
        severity: 'warning',
        subject: 'ss',
        message:
          'North shared service delivers HR & organisational development on 1.5 WTE of posts, fewer than 2: one absence stops it',
      },
    ]);
  });

  it('flags a CCG doing a function in-house on too few posts, not one with enough', () => {
    const r = costOf(
      buildWorkspace(
        {
          nodes: [
            a,
            withPosts(ccg('c', 'Carby CCG', { population: 90_000 }), [post('x', '7', 1, 'it')]),
          ],
        },
        assumptions,
      ),
    );
    // A's finance has 2 WTE (not fewer than 2); Carby's IT has 1.
    expect(r.flags.filter((f) => f.id === 'single-point-of-failure').map((f) => f.subject)).toEqual(
      ['c'],
    );
  });
});
