import { describe, expect, it } from 'vitest';
import {
  formatCap,
  formatMoneyShort,
  formatPercent,
  formatPerHead,
  formatPopulation,
  formatPounds,
  statusLabel,
  statusPhrase,
} from '../../../shared/format/format';

describe('British number formats', () => {
  it('shows populations with thousands separators', () => {
    expect(formatPopulation(856000)).toBe('856,000');
    expect(formatPopulation(54_000_000)).toBe('54,000,000');
  });

  it('shows per-head figures in pounds and pence', () => {
    expect(formatPerHead(23.41)).toBe('£23.41');
    expect(formatPerHead(24.4)).toBe('£24.40');
    expect(formatPerHead(23.405)).toBe('£23.41');
    expect(formatPerHead(-1.2)).toBe('−£1.20');
    expect(formatPerHead(1234.5)).toBe('£1,234.50');
  });

  it('shows large sums in whole pounds or compactly', () => {
    expect(formatPounds(21_400_000)).toBe('£21,400,000');
    expect(formatPounds(-850_000.4)).toBe('−£850,000');
    expect(formatMoneyShort(21_400_000)).toBe('£21.4m');
    expect(formatMoneyShort(8_000_000)).toBe('£8.0m');
    expect(formatMoneyShort(850_000)).toBe('£850k');
    expect(formatMoneyShort(-1_250_000)).toBe('−£1.3m');
    expect(formatMoneyShort(900)).toBe('£900');
  });

  it('keeps one decimal on millions, so a column reads £3.0m above £3.1m (finance convention)', () => {
    // By hand: 3,000,000 / 1m = 3.0; 3,060,000 → 3.06 → 3.1; 2,960,000 → 2.96 → 3.0.
    expect([3_000_000, 3_060_000, 2_960_000].map(formatMoneyShort)).toEqual([
      '£3.0m',
      '£3.1m',
      '£3.0m',
    ]);
    expect(formatMoneyShort(1_000_000)).toBe('£1.0m');
    // Just under a million rounds up to £1.0m, never "£1000k".
    expect(formatMoneyShort(999_950)).toBe('£1.0m');
    expect(formatMoneyShort(999_400)).toBe('£999k');
  });

  it('writes a negative sum with one minus sign (U+2212) before the pound sign, never a hyphen or brackets', () => {
    // By hand: −1,340,000 → 1.34 → −£1.3m; −738,400 → 738.4k → −£738k; −25.5 a head → −£25.50.
    const shown = [
      formatMoneyShort(-1_340_000),
      formatMoneyShort(-738_400),
      formatPerHead(-25.5),
      formatPounds(-2_962_500),
    ];
    expect(shown).toEqual(['\u2212£1.3m', '\u2212£738k', '\u2212£25.50', '\u2212£2,962,500']);
    for (const text of shown) {
      expect(text).not.toMatch(/[-()]/);
      expect(text.split('\u2212')).toHaveLength(2);
    }
  });

  it('writes the cap and fractions as people say them', () => {
    expect(formatCap(25)).toBe('£25');
    expect(formatCap(24.78)).toBe('£24.78');
    expect(formatPercent(0.04)).toBe('4%');
    expect(formatPercent(0.035)).toBe('3.5%');
  });

  it('puts status into words, never colour alone', () => {
    expect(statusPhrase('within', 25)).toBe('within the £25 cap');
    expect(statusPhrase('tight', 25)).toBe('tight against the £25 cap');
    expect(statusPhrase('over', 35)).toBe('over the £35 cap');
    expect(statusLabel('over')).toBe('Over');
  });
});
