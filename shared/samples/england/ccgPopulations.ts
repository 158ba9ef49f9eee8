/**
 * CCG populations shaped like England's in April 2013 (DESIGN.md §8, ONS mid-2012): median about
 * 221,000, smallest about 63,000, largest about 869,000, total about 54 million for 211 CCGs.
 */
import type { SeededRandom } from './seededRandom';

export const ENGLAND_MEDIAN = 221_000;
export const ENGLAND_SMALLEST = 63_000;
export const ENGLAND_LARGEST = 869_000;

/**
 * Shape of the upper tail: the log-population above the median grows as z^0.9 (z the normal
 * quantile), slightly heavier than a log-normal, which with the pinned extremes gives a total of
 * about 54.3 million for 211 CCGs (a plain log-normal gives 52.8 million).
 */
const UPPER_TAIL_POWER = 0.9;

/** The standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [
    -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
    -3.066479806614716e1, 2.506628277459239,
  ];
  const b = [
    -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188573928e1,
    -1.328068155288572e1,
  ];
  const c = [
    -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  const low = 0.02425;
  const tail = (q: number): number =>
    (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
    ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
  if (p < low) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - low) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  );
}

/**
 * `count` CCG populations in random order: the i-th smallest sits at the (i + ½)/count quantile
 * of the shape above, so the extremes land on 63,000 and 869,000 and the median on 221,000;
 * all but those three are then jittered by up to ±1.5% so each seed differs in more than order.
 * Rounded to the nearest 1,000.
 */
export function ccgPopulations(count: number, random: SeededRandom): number[] {
  const zEdge = -normalQuantile(0.5 / count);
  const below = Math.log(ENGLAND_MEDIAN / ENGLAND_SMALLEST);
  const above = Math.log(ENGLAND_LARGEST / ENGLAND_MEDIAN);
  const sorted: number[] = [];
  for (let i = 0; i < count; i++) {
    const u = normalQuantile((i + 0.5) / count) / zEdge;
    const log = u < 0 ? -below * -u : above * Math.pow(u, UPPER_TAIL_POWER);
    const pinned = i === 0 || i === count - 1 || (count % 2 === 1 && i === (count - 1) / 2);
    const jitter = pinned ? 1 : 1 + (random.next() - 0.5) * 0.03;
    sorted.push(Math.round((ENGLAND_MEDIAN * Math.exp(log) * jitter) / 1000) * 1000);
  }
  return random.shuffle(sorted);
}
