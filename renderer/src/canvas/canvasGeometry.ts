// Sizes of what the canvas draws, in canvas units. CCG card sizes match shared/samples'
// sampleBuilders so sample layouts (hub positions between cards) line up with what is drawn.
import {
  CCG_CARD_BASE_HEIGHT, CCG_CARD_LOCALITY_HEIGHT, CCG_CARD_WIDTH, ccgCardHeight,
} from '../../../shared/samples/sampleBuilders';

export { CCG_CARD_BASE_HEIGHT, CCG_CARD_LOCALITY_HEIGHT, CCG_CARD_WIDTH, ccgCardHeight };

/** Local authorities and providers: boxes drawn with their top-left at the node's x, y. */
export const ORG_BOX_WIDTH = 210;
export const ORG_BOX_HEIGHT = 64;

/** Arrangement hubs: a circle (share) or diamond (buy) centred at the hub point. */
export const HUB_RADIUS = 20;
