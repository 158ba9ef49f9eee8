import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';
import {
  CORE_FIT_POPULATION,
  coreAtFitPoint,
  coreFixedShare,
  splitCore,
} from '../../../shared/assumptions/coreSplit';

const core = DEFAULT_ASSUMPTIONS.core; // fixed £600,000, £8 a head
const coreOf = (c: { fixedPerCcg: number; perHead: number }, pop: number): number =>
  c.fixedPerCcg + c.perHead * pop;

describe('the core’s fixed/variable split', () => {
  it('the defaults: C = 600,000 + 8 × 175,000 = £2,000,000, of which 30% is fixed', () => {
    expect(coreAtFitPoint(core)).toBe(2_000_000);
    expect(coreFixedShare(core)).toBeCloseTo(0.3, 12);
  });

  it('50% fixed: fixed = 0.5 × 2,000,000 = £1,000,000; per head = 1,000,000 / 175,000 = £5.714286', () => {
    const half = splitCore(core, 0.5);
    expect(half.fixedPerCcg).toBe(1_000_000);
    expect(half.perHead).toBeCloseTo(5.714286, 6);
    expect(half.perDevolvedLocality).toBe(150_000);
    // A CCG of 175,000 keeps its £2,000,000 core exactly.
    expect(coreOf(half, CORE_FIT_POPULATION)).toBeCloseTo(2_000_000, 6);
    // A CCG of 100,000: before 600,000 + 800,000 = £1,400,000;
    // after 1,000,000 + 100,000 × 1,000,000 / 175,000 = 1,000,000 + 571,428.57 = £1,571,428.57 (+£171,428.57).
    expect(coreOf(half, 100_000)).toBeCloseTo(1_571_428.57, 2);
    expect(coreOf(half, 100_000) - coreOf(core, 100_000)).toBeCloseTo(171_428.57, 2);
  });

  it('the ends: 0% is all per head (£11.428571), 100% is all fixed (£2,000,000 whatever the size)', () => {
    expect(splitCore(core, 0)).toMatchObject({ fixedPerCcg: 0 });
    expect(splitCore(core, 0).perHead).toBeCloseTo(2_000_000 / 175_000, 9);
    expect(splitCore(core, 1)).toMatchObject({ fixedPerCcg: 2_000_000, perHead: 0 });
  });

  it('keeps C under the scenario’s own values and refuses a share outside 0–100%', () => {
    const own = { fixedPerCcg: 500_000, perHead: 10, perDevolvedLocality: 0 }; // C = 500,000 + 1,750,000 = 2,250,000
    expect(splitCore(own, 0.4).fixedPerCcg).toBe(900_000);
    expect(splitCore(own, 0.4).perHead).toBeCloseTo((0.6 * 2_250_000) / 175_000, 9);
    expect(() => splitCore(core, 1.05)).toThrow(/from 0% to 100%, not 1.05/);
    expect(() => splitCore(core, Number.NaN)).toThrow(RangeError);
  });
});
