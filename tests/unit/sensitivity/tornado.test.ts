import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../../shared/assumptions/resolveAssumptions';
import { costScenarioWith } from '../../../shared/costing/costScenario';
import { fourSmallCcgsSample } from '../../../shared/samples/fourSmallCcgsSample';
import { tornado } from '../../../shared/sensitivity/tornado';
import type { Scenario } from '../../../shared/model/workspace';
import { withAssumptionValue } from '../../../shared/assumptions/assumptionPaths';
import { assumptionsWith, buildWorkspace, ccg, fn } from '../helpers/buildWorkspace';

// One in-house function at £12.00 a head with no scale effect: for a CCG of 100,000,
// perHead = (600,000 + 8·100,000 + 12·100,000) / 100,000 = £26.00 (DESIGN.md §4.2–4.5).
const assumptions = assumptionsWith([fn('bi', 12, 0)]);
const workspace = buildWorkspace(
  {
    nodes: [
      ccg('ccg-a', 'Ashby CCG', { population: 100_000 }),
      ccg('ccg-b', 'Barford CCG', { population: 300_000 }),
    ],
  },
  assumptions,
);
const scenario = workspace.scenarios[0] as Scenario;

describe('tornado', () => {
  it('moves each assumption ±20% and sorts the bars by swing in £/head', () => {
    const t = tornado(scenario, assumptions, 'ccg-a');
    expect(t.basePerHead).toBeCloseTo(26, 10);
    const [first, second, third] = t.bars;
    // bi £12 → £9.60 / £14.40: ±£2.40 a head, swing £4.80.
    expect(first?.path).toBe('functions.bi.costPerHead');
    expect(first?.lowPerHead).toBeCloseTo(23.6, 10);
    expect(first?.highPerHead).toBeCloseTo(28.4, 10);
    expect(first?.swing).toBeCloseTo(4.8, 10);
    // Core £8 → £6.40 / £9.60: swing £3.20.
    expect(second?.path).toBe('core.perHead');
    expect(second?.swing).toBeCloseTo(3.2, 10);
    // Fixed £600,000 → £480,000 / £720,000 over 100,000 people: swing £2.40.
    expect(third?.path).toBe('core.fixedPerCcg');
    expect(third?.lowValue).toBe(480_000);
    expect(third?.swing).toBeCloseTo(2.4, 10);
    // With e = 0 and no arrangements nothing else moves the figure; the cap, amber margin and
    // small-CCG threshold are not costs and have no bar.
    expect(t.bars.slice(3).every((b) => b.swing < 1e-9)).toBe(true);
    expect(t.bars.map((b) => b.path)).not.toContain('years.2013-14.allowancePerHead');
  });

  it('measures the whole scenario by its population-weighted total per head', () => {
    const t = tornado(scenario, assumptions, null, 10);
    // Two CCGs pay the fixed cost: ±10% is ±60,000 each, ±120,000 over 400,000 people = ±£0.30.
    const fixed = t.bars.find((b) => b.path === 'core.fixedPerCcg');
    expect(fixed?.swing).toBeCloseTo(0.6, 10);
    // Base: (2 × 600,000 + 20 × 400,000) / 400,000 = £23.00.
    expect(t.basePerHead).toBeCloseTo(23, 10);
  });

  it('keeps moved values inside each assumption’s valid range', () => {
    const a = withAssumptionValue(assumptions, 'models.csu.margin', 0.9);
    const bar = tornado(scenario, a, 'ccg-a').bars.find((b) => b.path === 'models.csu.margin');
    expect(bar?.lowValue).toBeCloseTo(0.72, 10);
    expect(bar?.highValue).toBe(1);
  });

  it('refuses a range outside 0–100%', () => {
    expect(() => tornado(scenario, assumptions, 'ccg-a', 0)).toThrow(
      /more than 0% and at most 100%/,
    );
  });
});

describe('tornado on the samples', () => {
  it('skips costing only assumptions that cannot matter: the same bars as costing every one', () => {
    const sample = fourSmallCcgsSample();
    for (const s of sample.scenarios) {
      const a = resolveAssumptions(sample.assumptions, s.assumptionOverrides);
      for (const bar of tornado(s, a, null).bars) {
        // Cost both ends the long way and compare.
        const low = costScenarioWith(s, withAssumptionValue(a, bar.path, bar.lowValue)).totals
          .perHead;
        const high = costScenarioWith(s, withAssumptionValue(a, bar.path, bar.highValue)).totals
          .perHead;
        expect(bar.lowPerHead, `${s.name}: ${bar.path}`).toBeCloseTo(low, 10);
        expect(bar.highPerHead, `${s.name}: ${bar.path}`).toBeCloseTo(high, 10);
      }
    }
  });
});
