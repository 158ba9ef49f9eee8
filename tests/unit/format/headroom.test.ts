import { describe, expect, it } from 'vitest';
import {
  headroomPhrase,
  releasedAndBreached,
  scenarioHeadroomPhrase,
} from '../../../shared/format/headroom';

// Headroom reads as money for patients; a breach reads as a breach, never as "negative headroom".
describe('headroom in words', () => {
  it('a CCG under its allowance releases the difference to patient care', () => {
    expect(headroomPhrase(1_234_567)).toBe(
      '£1.2m of running cost allowance released to patient care',
    );
    expect(headroomPhrase(0)).toBe('£0 of running cost allowance released to patient care');
  });

  it('a CCG over its allowance is over it by the breach', () => {
    expect(headroomPhrase(-300_000)).toBe('£300k over its allowance');
    expect(headroomPhrase(-2_340_000)).toBe('£2.3m over its allowance');
  });

  it('a scenario never nets one CCG’s breach against another’s headroom', () => {
    // 1.0m + 0.5m released; 0.3m over at one CCG (net would wrongly be 1.2m).
    const r = releasedAndBreached([
      { headroom: 1_000_000 },
      { headroom: 500_000 },
      { headroom: -300_000 },
    ]);
    expect(r).toEqual({ released: 1_500_000, breached: 300_000, breaching: 1 });
    expect(scenarioHeadroomPhrase(r)).toBe(
      '£1.5m of running cost allowance released to patient care; 1 CCG £300k over its allowance',
    );
    expect(scenarioHeadroomPhrase(releasedAndBreached([{ headroom: 0 }]))).toBe(
      '£0 of running cost allowance released to patient care',
    );
    expect(
      scenarioHeadroomPhrase(
        releasedAndBreached([{ headroom: -1_000_000 }, { headroom: -2_000_000 }]),
      ),
    ).toBe('2 CCGs £3.0m over their allowances');
  });
});
