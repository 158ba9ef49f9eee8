/**
 * The drawn box of an item by id, for edits that line items up: read from the one layout the
 * canvas draws (shared/layout), so align/distribute and the drawing cannot drift apart.
 */
import type { Box } from '../layout/layout';
import { layoutScenario } from '../layout/layoutScenario';
import type { Scenario } from '../model/workspace';

export {
  CCG_CARD_BASE_HEIGHT,
  CCG_CARD_LOCALITY_HEIGHT,
  CCG_CARD_WIDTH,
  HUB_RADIUS,
  HUB_SIZE,
  ORG_BOX_HEIGHT,
  ORG_BOX_WIDTH,
  ccgCardHeight,
} from '../layout/sizes';

/** An axis-aligned box in canvas units; x, y is its top-left corner. */
export type ItemBounds = Box;

/**
 * The drawn box of a node or arrangement hub by id, or undefined for an unknown id or for a
 * locality (drawn as a chip inside its CCG's card, it is not placed on its own). A hub without
 * a position of its own sits at the centroid of its member cards, as the canvas draws it.
 */
export function itemBounds(scenario: Scenario, id: string): ItemBounds | undefined {
  return createBoundsLookup(scenario)(id);
}

/**
 * A lookup of item bounds for one scenario: it lays the scenario out once, so asking for many
 * items (aligning a large selection) costs one pass rather than one per item.
 */
export function createBoundsLookup(scenario: Scenario): (id: string) => ItemBounds | undefined {
  const { items } = layoutScenario(scenario);
  return (id) => items.get(id)?.box;
}
