/**
 * Small builders shared by the built-in samples: fixed dates, a fresh copy of the default
 * assumptions, and the card sizes the canvas draws (from shared/layout), for placing cards.
 */
import { DEFAULT_ASSUMPTIONS } from '../assumptions/defaultAssumptions';
import {
  CCG_CARD_BASE_HEIGHT,
  CCG_CARD_LOCALITY_HEIGHT,
  CCG_CARD_WIDTH,
  ccgCardHeight,
} from '../layout/sizes';
import type { Assumptions, CcgNode } from '../model/workspace';

/** createdAt/updatedAt of every sample: fixed, so samples are reproducible. */
export const SAMPLE_DATE = '2012-03-01T00:00:00.000Z';

export { CCG_CARD_BASE_HEIGHT, CCG_CARD_LOCALITY_HEIGHT, CCG_CARD_WIDTH, ccgCardHeight };

/** A fresh deep copy of DEFAULT_ASSUMPTIONS, so editing one sample never touches another. */
export function freshDefaultAssumptions(): Assumptions {
  return JSON.parse(JSON.stringify(DEFAULT_ASSUMPTIONS)) as Assumptions;
}

/** Centre of a CCG card drawn at the node's x, y. */
export function ccgCardCentre(
  ccg: Pick<CcgNode, 'x' | 'y'>,
  localities = 0,
): { x: number; y: number } {
  return { x: ccg.x + CCG_CARD_WIDTH / 2, y: ccg.y + ccgCardHeight(localities) / 2 };
}

/** Mean of some points, rounded to whole canvas units: where an arrangement hub sits. */
export function hubBetween(points: readonly { x: number; y: number }[]): { x: number; y: number } {
  const n = points.length || 1;
  return {
    x: Math.round(points.reduce((s, p) => s + p.x, 0) / n),
    y: Math.round(points.reduce((s, p) => s + p.y, 0) / n),
  };
}
