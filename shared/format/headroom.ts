/**
 * Headroom in words. The running cost allowance is a cap, not a target: what a CCG does not
 * spend on running itself is money released to patient care, and running cost above the
 * allowance is a breach of it, never "negative headroom".
 */
import { formatMoneyShort } from './format';

/** One CCG: "£1.2m of running cost allowance released to patient care" or "£0.3m over its allowance". */
export function headroomPhrase(headroom: number): string {
  if (headroom < 0) return `${formatMoneyShort(-headroom)} over its allowance`;
  return `${formatMoneyShort(headroom)} of running cost allowance released to patient care`;
}

export interface ReleasedAndBreached {
  /** Σ of the positive headrooms, £. */
  readonly released: number;
  /** Σ of the breaches (running cost above allowance), £, as a positive figure. */
  readonly breached: number;
  /** How many CCGs are over their allowance. */
  readonly breaching: number;
}

/**
 * A scenario's headroom split by sign: one CCG's breach is not paid for by another's headroom
 * (each allowance is its own cap), so the two are never netted.
 */
export function releasedAndBreached(
  ccgs: readonly { readonly headroom: number }[],
): ReleasedAndBreached {
  let released = 0;
  let breached = 0;
  let breaching = 0;
  for (const c of ccgs) {
    if (c.headroom >= 0) released += c.headroom;
    else {
      breached -= c.headroom;
      breaching += 1;
    }
  }
  return { released, breached, breaching };
}

/**
 * A scenario's: "£1.2m of running cost allowance released to patient care; 1 CCG £300k over its
 * allowance" (or only the breach when nothing is released).
 */
export function scenarioHeadroomPhrase(r: ReleasedAndBreached): string {
  const released = `${formatMoneyShort(r.released)} of running cost allowance released to patient care`;
  if (r.breaching === 0) return released;
  const who = r.breaching === 1 ? '1 CCG' : `${r.breaching} CCGs`;
  const breach = `${who} ${formatMoneyShort(r.breached)} over ${r.breaching === 1 ? 'its allowance' : 'their allowances'}`;
  // Nothing released: say only the breach, not "£0 released".
  return r.released > 0 ? `${released}; ${breach}` : breach;
}
