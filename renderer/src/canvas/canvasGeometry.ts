// Sizes of what the canvas draws, in canvas units. Node and hub sizes live in shared/layout, with
// the layout built on them; the rest here are parts of a drawn node (chips, a cluster's grip).
import {
  CCG_CARD_BASE_HEIGHT,
  CCG_CARD_LOCALITY_HEIGHT,
  CCG_CARD_WIDTH,
} from '../../../shared/layout/sizes';

export {
  CCG_CARD_BASE_HEIGHT,
  CCG_CARD_LOCALITY_HEIGHT,
  CCG_CARD_WIDTH,
  HUB_RADIUS,
  ORG_BOX_HEIGHT,
  ORG_BOX_WIDTH,
  ccgCardHeight,
} from '../../../shared/layout/sizes';

/** Locality chips inside a CCG card: inset from the card's left edge, stacked under its figures. */
export const CHIP_INSET_X = 12;
export const CHIP_TOP = CCG_CARD_BASE_HEIGHT - 4;
export const CHIP_WIDTH = CCG_CARD_WIDTH - 2 * CHIP_INSET_X;
export const CHIP_HEIGHT = CCG_CARD_LOCALITY_HEIGHT - 4;

/** Top-left of the `index`-th locality chip, relative to its card's top-left. */
export function chipOffset(index: number): { x: number; y: number } {
  return { x: CHIP_INSET_X, y: CHIP_TOP + index * CCG_CARD_LOCALITY_HEIGHT };
}

/** Height of a cluster's title strip: the part that selects and drags it (its body is a backdrop). */
export const CLUSTER_HEADER_HEIGHT = 44;
/** Size of the grip at a cluster's bottom-right corner that resizes it. */
export const CLUSTER_GRIP_SIZE = 18;
/** A cluster is never resized smaller than this, so its name and grip stay usable. */
export const CLUSTER_MIN_WIDTH = 200;
export const CLUSTER_MIN_HEIGHT = 120;

/** The canvas grid that drags snap to (hold Alt to place freely), in canvas units. */
export const GRID = 10;
