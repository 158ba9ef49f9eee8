/**
 * Money rounded to the penny for exports a committee reads: half a penny rounds away from zero
 * (as a ledger does, so −£0.005 is −£0.01, not −£0.00), and never "-0".
 */
export function toPenny(pounds: number): number {
  if (!Number.isFinite(pounds)) return pounds;
  // The tiny nudge keeps a figure such as 1.005 (stored as 1.00499…) from rounding down; at
  // England's £1bn totals it is far below a penny, so it never moves a real figure.
  const pence = Math.round(Math.abs(pounds) * 100 + 1e-6);
  return pence === 0 ? 0 : (Math.sign(pounds) * pence) / 100;
}
