/**
 * The whole-time equivalents working for a CCG, split into its own posts (core and in-house
 * functions) and its share of pooled arrangements' posts, from the engine's result.
 */
import type { CcgResult } from '../costing/results';

export interface WteBreakdown {
  readonly total: number;
  readonly own: number;
  readonly pooled: number;
}

export function wteBreakdown(c: Pick<CcgResult, 'wte' | 'functions'>): WteBreakdown {
  let pooled = 0;
  for (const id in c.functions) {
    const fc = c.functions[id]!;
    if (fc.mode !== 'in-house' && fc.wte !== undefined) pooled += fc.wte;
  }
  return { total: c.wte, own: c.wte - pooled, pooled };
}

const wteText = (n: number): string => `${+n.toFixed(2)}`;

/** "12.5 WTE work for Ashby CCG: 10 in its own posts and 2.5 as its share of pooled posts." */
export function wteSentence(name: string, c: Pick<CcgResult, 'wte' | 'functions'>): string {
  const w = wteBreakdown(c);
  if (w.total === 0) return `No posts work for ${name} yet: every figure is the estimate.`;
  return `${wteText(w.total)} WTE work for ${name}: ${wteText(w.own)} in its own posts and ${wteText(w.pooled)} as its share of pooled posts.`;
}
