import { formatMoneyShort, formatPerHead, formatPopulation, formatPounds } from '../format/format';

// Differences always carry their sign, so "no change" and "better" read at a glance: +£1.23,
// −£0.40, £0.00. Values that round to zero print unsigned so −£0.00 never appears.

function signed(value: number, rounded: number, format: (abs: number) => string): string {
  if (rounded === 0) return format(0);
  return `${value < 0 ? '−' : '+'}${format(Math.abs(value))}`;
}

/** A per-head difference: +£1.23, −£0.40, £0.00. */
export function formatSignedPerHead(pounds: number): string {
  return signed(pounds, Math.round(pounds * 100), formatPerHead);
}

/** A difference in whole pounds: +£12,345. */
export function formatSignedPounds(pounds: number): string {
  return signed(pounds, Math.round(pounds), formatPounds);
}

/** A compact money difference for charts: +£1.2m. */
export function formatSignedMoneyShort(pounds: number): string {
  return signed(pounds, Math.round(pounds), formatMoneyShort);
}

/** A population difference: +8,000. */
export function formatSignedPopulation(n: number): string {
  return signed(n, Math.round(n), formatPopulation);
}
