/**
 * The boxes the canvas draws for each kind of item, in canvas units: one home for these numbers,
 * so align/distribute here and the renderer's drawing and hit-testing cannot drift apart. The
 * values are the ones renderer/src/canvas/canvasGeometry.ts draws with (CCG card sizes already
 * live in shared/samples/sampleBuilders.ts, which sample layouts are built on).
 */
import { effectiveMembers } from '../model/scenarioIndex';
import type { Arrangement, Node, Scenario } from '../model/workspace';
import {
  CCG_CARD_BASE_HEIGHT, CCG_CARD_LOCALITY_HEIGHT, CCG_CARD_WIDTH, ccgCardHeight,
} from '../samples/sampleBuilders';

export { CCG_CARD_BASE_HEIGHT, CCG_CARD_LOCALITY_HEIGHT, CCG_CARD_WIDTH, ccgCardHeight };

/** Local authority and provider boxes, drawn with their top-left at the node's x, y. */
export const ORG_BOX_WIDTH = 210;
export const ORG_BOX_HEIGHT = 64;

/** Arrangement hubs: a circle or diamond of this radius centred on the hub's x, y. */
export const HUB_RADIUS = 20;
/** Width and height of a hub's drawn shape. */
export const HUB_SIZE = 2 * HUB_RADIUS;

/** An axis-aligned box in canvas units; x, y is its top-left corner. */
export interface ItemBounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The drawn box of a node or arrangement hub by id, or undefined for an unknown id or for a
 * locality (drawn as a chip inside its CCG's card, it is not placed on its own). A hub without
 * a position of its own sits at the centroid of its member cards, as the canvas draws it.
 */
export function itemBounds(scenario: Scenario, id: string): ItemBounds | undefined {
  return createBoundsLookup(scenario)(id);
}

/**
 * A lookup of item bounds for one scenario: it indexes the scenario once, so asking for many
 * items (aligning a large selection) costs one pass rather than one per item.
 */
export function createBoundsLookup(scenario: Scenario): (id: string) => ItemBounds | undefined {
  const nodes = new Map<string, Node>();
  const localities = new Map<string, number>();
  for (const n of scenario.nodes) {
    if (!nodes.has(n.id)) nodes.set(n.id, n);
    if (n.kind === 'locality') localities.set(n.ccgId, (localities.get(n.ccgId) ?? 0) + 1);
  }
  const arrangements = new Map<string, Arrangement>();
  for (const a of scenario.arrangements) if (!arrangements.has(a.id)) arrangements.set(a.id, a);

  const nodeBounds = (n: Node): ItemBounds | undefined => {
    switch (n.kind) {
      case 'ccg': return { x: n.x, y: n.y, width: CCG_CARD_WIDTH, height: ccgCardHeight(localities.get(n.id) ?? 0) };
      case 'cluster': return { x: n.x, y: n.y, width: n.width, height: n.height };
      case 'localAuthority':
      case 'provider': return { x: n.x, y: n.y, width: ORG_BOX_WIDTH, height: ORG_BOX_HEIGHT };
      case 'locality': return undefined;
    }
  };
  return (id) => {
    const node = nodes.get(id);
    if (node) return nodeBounds(node);
    const a = arrangements.get(id);
    if (!a) return undefined;
    let cx = a.x;
    let cy = a.y;
    if (cx === undefined || cy === undefined) {
      const centres = effectiveMembers(a)
        .map((m) => nodes.get(m))
        .map((m) => (m ? nodeBounds(m) : undefined))
        .filter((b): b is ItemBounds => b !== undefined)
        .map((b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 }));
      const mean = (vs: number[]): number => (vs.length === 0 ? 0 : vs.reduce((s, v) => s + v, 0) / vs.length);
      cx ??= mean(centres.map((p) => p.x));
      cy ??= mean(centres.map((p) => p.y));
    }
    return { x: cx - HUB_RADIUS, y: cy - HUB_RADIUS, width: HUB_SIZE, height: HUB_SIZE };
  };
}
