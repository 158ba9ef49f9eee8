import { describe, expect, it } from 'vitest';
import { costOfHeadings, costStructure, postPay } from '../../../shared/staffing/structureCost';
import type { StaffingAssumptions, Structure } from '../../../shared/staffing/staffingTypes';

/** Round figures so every expected value below can be checked by hand. */
const staffing: StaffingAssumptions = {
  onCostRate: 0.25,
  nonPayPerWte: 4_000,
  minWtePerFunction: 2,
  bands: [
    { id: '5', label: 'Band 5', annualPay: 24_000 },
    { id: '7', label: 'Band 7', annualPay: 36_000 },
    { id: 'ao', label: 'Accountable officer', annualPay: 120_000 },
  ],
};

const structure: Structure = {
  posts: [
    { id: 'p1', title: 'Accountable officer', band: 'ao', wte: 1, heading: 'corporate' },
    { id: 'p2', title: 'Finance manager', band: '7', wte: 2, heading: 'finance' },
    { id: 'p3', title: 'Finance officer', band: '5', wte: 1, heading: 'finance' },
  ],
};

describe('post costs', () => {
  it('is annual pay × WTE × (1 + on-cost rate)', () => {
    // 36,000 × 2 × 1.25 = 90,000
    expect(postPay(structure.posts[1]!, staffing)).toBe(90_000);
  });

  it('throws for a band the assumptions do not have', () => {
    expect(() =>
      postPay({ id: 'x', title: 'X', band: '8z', wte: 1, heading: 'corporate' }, staffing),
    ).toThrow(/8z/);
  });
});

describe('a structure', () => {
  it('shares nonPayPerWte × Σ WTE over its posts by WTE', () => {
    const cost = costStructure(structure, staffing);
    // Σ WTE = 4; non-pay = 4,000 × 4 = 16,000: 4,000 to p1, 8,000 to p2, 4,000 to p3.
    expect(cost.wte).toBe(4);
    expect(cost.nonPay).toBe(16_000);
    expect(cost.posts.map((p) => p.nonPay)).toEqual([4_000, 8_000, 4_000]);
    // Pay: 120,000 × 1.25 = 150,000; 90,000; 24,000 × 1.25 = 30,000 → 270,000.
    expect(cost.pay).toBe(270_000);
    expect(cost.cost).toBe(286_000);
  });

  it('shares its own non-pay figure instead, when it has one', () => {
    const cost = costStructure({ ...structure, nonPay: 10_000 }, staffing);
    // 10,000 over 4 WTE: 2,500 a WTE.
    expect(cost.posts.map((p) => p.nonPay)).toEqual([2_500, 5_000, 2_500]);
    expect(cost.cost).toBe(280_000);
  });

  it("sums cost and WTE by heading, with each post's non-pay share", () => {
    const cost = costStructure(structure, staffing);
    const finance = cost.byHeading.get('finance')!;
    // p2 90,000 + 8,000 and p3 30,000 + 4,000.
    expect(finance.cost).toBe(132_000);
    expect(finance.wte).toBe(3);
    expect(finance.postIds).toEqual(['p2', 'p3']);
    expect(cost.byHeading.get('corporate')!.cost).toBe(154_000);
    expect(costOfHeadings(cost, ['corporate', 'governingBody'])).toEqual({
      cost: 154_000,
      wte: 1,
      postIds: ['p1'],
    });
  });

  it('costs nothing with no posts', () => {
    const cost = costStructure({ posts: [] }, staffing);
    expect(cost.cost).toBe(0);
    expect(cost.byHeading.size).toBe(0);
  });
});
