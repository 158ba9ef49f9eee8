import { describe, expect, it } from 'vitest';
import {
  formatCap, formatMoneyShort, formatPercent, formatPerHead, formatPopulation, formatPounds, statusLabel, statusPhrase,
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
    expect(formatMoneyShort(8_000_000)).toBe('£8m');
    expect(formatMoneyShort(850_000)).toBe('£850k');
    expect(formatMoneyShort(-1_250_000)).toBe('−£1.3m');
    expect(formatMoneyShort(900)).toBe('£900');
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
