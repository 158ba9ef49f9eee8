/**
 * Numbers the British way (DESIGN.md §6): £23.41, 856,000, £21.4m. Pure string work so the CLI,
 * the renderer and flag messages all agree.
 */
import type { Status } from '../costing/results';

const groupInt = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const twoDp = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** A population or count: 856,000. */
export function formatPopulation(n: number): string {
  return groupInt.format(n);
}

/** A per-head figure in pounds and pence: £23.41 (−£1.20 when negative). */
export function formatPerHead(pounds: number): string {
  return `${pounds < 0 ? '−' : ''}£${twoDp.format(Math.abs(pounds))}`;
}

/** Whole pounds: £1,234,567. */
export function formatPounds(pounds: number): string {
  return `${pounds < 0 ? '−' : ''}£${groupInt.format(Math.abs(Math.round(pounds)))}`;
}

/**
 * Compact money for cards and charts: £21.4m, £3.0m, £850k, £900. Millions always carry one
 * decimal, so figures in a column line up and read alike (£3.0m beside £3.1m, never £3m). A
 * negative figure takes the minus sign (−£1.3m), never a hyphen and never brackets on screen.
 */
export function formatMoneyShort(pounds: number): string {
  const sign = pounds < 0 ? '−' : '';
  const abs = Math.abs(pounds);
  // 999,950 and up round to £1.0m, not "£1000k".
  if (abs >= 999_950) return `${sign}£${(abs / 1_000_000).toFixed(1)}m`;
  if (abs >= 10_000) return `${sign}£${Math.round(abs / 1000)}k`;
  return `${sign}£${groupInt.format(Math.round(abs))}`;
}

/** The cap as written in prose: £25, or £24.78 when it has pence. */
export function formatCap(cap: number): string {
  return Number.isInteger(cap) ? `£${cap}` : formatPerHead(cap);
}

/** A fraction as a percentage: 0.04 → 4%, 0.035 → 3.5%. */
export function formatPercent(fraction: number): string {
  return `${trimZero((fraction * 100).toFixed(1))}%`;
}

function trimZero(s: string): string {
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

/** Status in words, for text beside the colour: "within the £25 cap". */
export function statusPhrase(status: Status, cap: number): string {
  const c = formatCap(cap);
  switch (status) {
    case 'within':
      return `within the ${c} cap`;
    case 'tight':
      return `tight against the ${c} cap`;
    case 'over':
      return `over the ${c} cap`;
  }
}

/** Short status label: Within, Tight, Over. */
export function statusLabel(status: Status): string {
  return status === 'within' ? 'Within' : status === 'tight' ? 'Tight' : 'Over';
}
