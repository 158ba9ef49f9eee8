/**
 * Costing with staffing structures at England scale, and the reuse of costed structures that
 * makes it fast: reuse must never keep a figure that the staffing assumptions have changed.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';
import { costScenario } from '../../../shared/costing/costScenario';
import type { Assumptions, CcgNode } from '../../../shared/model/workspace';
import { scenarioTransition } from '../../../shared/staffing/scenarioTransition';
import type { StaffingAssumptions } from '../../../shared/staffing/staffingTypes';
import { checkedEnglandWithStructures } from '../../../scripts/bench/englandWithStructures';
import { buildWorkspace, ccg } from '../helpers/buildWorkspace';

/** Round figures so every expected value can be checked by hand. */
const staffing: StaffingAssumptions = {
  onCostRate: 0.25,
  nonPayPerWte: 4_000,
  minWtePerFunction: 2,
  bands: [{ id: '7', label: 'Band 7', annualPay: 36_000 }],
};
const assumptions: Assumptions = { ...DEFAULT_ASSUMPTIONS, staffing };
const ashby: CcgNode = {
  ...ccg('a', 'Ashby CCG', { population: 100_000 }),
  structure: { posts: [{ id: 'f', title: 'Finance team', band: '7', wte: 3, heading: 'finance' }] },
};
const ws = buildWorkspace([{ id: 's', nodes: [ashby] }], assumptions);
const financeOf = (w: typeof ws): number => costScenario(w, 's').ccgs[0]!.functions.finance!.cost;

describe('costed structures are reused only while the staffing assumptions stand', () => {
  it('costs the posts by hand: 36,000 × 3 × 1.25 + 4,000 × 3 = 147,000', () => {
    expect(financeOf(ws)).toBe(147_000);
    expect(financeOf(ws)).toBe(147_000);
  });

  it('the same structure object under a new on-cost rate is costed again: 36,000 × 3 × 1.3 + 12,000 = 152,400', () => {
    financeOf(ws);
    const changed = {
      ...ws,
      assumptions: { ...assumptions, staffing: { ...staffing, onCostRate: 0.3 } },
    };
    expect(changed.scenarios[0]!.nodes[0]).toBe(ws.scenarios[0]!.nodes[0]);
    expect(financeOf(changed)).toBeCloseTo(152_400, 6);
  });

  it('a scenario overriding the non-pay rate, or new band pay, gets its own figures', () => {
    financeOf(ws);
    const nonPay = {
      ...ws,
      scenarios: ws.scenarios.map((s) => ({
        ...s,
        assumptionOverrides: { staffing: { nonPayPerWte: 5_000 } },
      })),
    };
    // 135,000 + 5,000 × 3
    expect(financeOf(nonPay)).toBe(150_000);
    const band = {
      ...ws,
      assumptions: {
        ...assumptions,
        staffing: { ...staffing, bands: [{ id: '7', label: 'Band 7', annualPay: 40_000 }] },
      },
    };
    // 40,000 × 3 × 1.25 + 12,000
    expect(financeOf(band)).toBe(162_000);
    expect(financeOf(ws)).toBe(147_000);
  });
});

describe('England scale with structures and a transition', () => {
  const england = checkedEnglandWithStructures();

  // How fast is measured by `npm run bench` (staffingCostingMedianMs), not by a timed test.
  it('the transition from results already costed, as the app works it out, equals costing both scenarios again', () => {
    const costed = new Map(england.scenarios.map((s) => [s.id, costScenario(england, s.id)]));
    const fromCosted = scenarioTransition(england, 'branch', (_, id) => costed.get(id)!);
    const fresh = scenarioTransition(england, 'branch');
    expect(fresh).not.toBeNull();
    expect(fresh?.ccgs.length).toBeGreaterThan(200);
    expect(fromCosted).toEqual(fresh);
  });
});
