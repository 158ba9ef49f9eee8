/**
 * The size of everything the canvas draws, in canvas units: the one place these numbers live.
 * The canvas, align/distribute, the samples' and importers' layouts and the picture exports all
 * read them from here, so what is drawn, hit-tested and laid out cannot drift apart.
 */

/** CCG cards are drawn with their top-left at the node's x, y; each locality adds a chip row. */
export const CCG_CARD_WIDTH = 240;
export const CCG_CARD_BASE_HEIGHT = 90;
export const CCG_CARD_LOCALITY_HEIGHT = 26;

/** Height of a CCG card with this many localities. */
export function ccgCardHeight(localities: number): number {
  return CCG_CARD_BASE_HEIGHT + CCG_CARD_LOCALITY_HEIGHT * localities;
}

/** Local authority and provider boxes, drawn with their top-left at the node's x, y. */
export const ORG_BOX_WIDTH = 210;
export const ORG_BOX_HEIGHT = 64;

/** Arrangement hubs: a circle (share) or diamond (buy) of this radius centred on the hub point. */
export const HUB_RADIUS = 20;
/** Width and height of a hub's drawn shape. */
export const HUB_SIZE = 2 * HUB_RADIUS;

/** The room a hub takes with its two-line label beneath it: what framing and export must show. */
export const HUB_LABEL_WIDTH = 180;
export const HUB_LABEL_GAP = 4;
export const HUB_LABEL_HEIGHT = 56;
