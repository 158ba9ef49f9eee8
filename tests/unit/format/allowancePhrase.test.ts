import { describe, expect, it } from 'vitest';
import {
  allowancePerHead,
  allowanceStatusPhrase,
  allowanceTest,
  rateLineWords,
  totalsAllowanceWords,
} from '../../../shared/format/allowancePhrase';

const y1314 = { label: '2013/14', allowancePerHead: 25 };

describe("status against the CCG's own allowance", () => {
  it('a published figure: "its 2013/14 allowance of £1,660,000" (NHS Corby CCG), never the £25 cap', () => {
    const t = allowanceTest(
      { allowances: { '2013-14': 1_660_000 }, allowancePopulation: 66_552 },
      { allowance: 1_660_000, population: 69_801 },
      y1314,
    );
    expect(allowanceStatusPhrase('within', t)).toBe('within its 2013/14 allowance of £1,660,000');
    expect(allowanceStatusPhrase('tight', t)).toBe(
      'tight against its 2013/14 allowance of £1,660,000',
    );
    expect(allowanceStatusPhrase('over', t, true)).toBe('over its 2013/14 allowance');
    // 1,660,000 ÷ 69,801 registered = £23.78 a head.
    expect(allowancePerHead(t)).toBe(23.78);
  });

  it('no published figure but an allowance population: its allowance, and how it was worked out', () => {
    const t = allowanceTest(
      { allowancePopulation: 118_500 },
      { allowance: 2_962_500, population: 120_000 },
      y1314,
    );
    expect(allowanceStatusPhrase('over', t)).toBe(
      'over its 2013/14 allowance of £2,962,500 (no published figure: £25.00 × 118,500 allowance population)',
    );
  });

  it('neither: the national rate is the test, and it says so', () => {
    const t = allowanceTest({}, { allowance: 3_000_000, population: 120_000 }, y1314);
    expect(allowanceStatusPhrase('within', t)).toBe(
      'within the £25 cap (no published allowance: £25.00 × 120,000 registered)',
    );
    expect(allowanceStatusPhrase('tight', t, true)).toBe(
      'tight against the £25 cap (national rate, no published allowance)',
    );
    expect(allowancePerHead(t)).toBe(25);
  });

  it('scenario totals: the cap when allowances add up to the national rate, else their own £ a head', () => {
    expect(totalsAllowanceWords({ allowance: 5_000_000, population: 200_000 }, 25)).toBe('£25 cap');
    // England 2013: £1,345.2m of allowances over 55,712,256 registered = £24.15 a head.
    expect(totalsAllowanceWords({ allowance: 1_345_200_000, population: 55_712_256 }, 25)).toBe(
      '£24.15 allowance a head',
    );
  });

  it('a chart line at the national rate is "the cap" only when it is every CCG\'s test', () => {
    const onRate = { allowance: 2_500_000, population: 100_000 };
    expect(rateLineWords([onRate], 25)).toBe('£25 cap');
    expect(rateLineWords([onRate, { allowance: 1_660_000, population: 69_801 }], 25)).toBe(
      '£25 national rate',
    );
  });
});
