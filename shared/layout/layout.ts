/** The shapes of a laid-out scenario: where everything the canvas draws sits, in canvas units. */

/** An axis-aligned box; x, y is its top-left corner. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What can be placed, selected and moved on the canvas (localities ride inside their card). */
export type LayoutItemKind = 'cluster' | 'ccg' | 'localAuthority' | 'provider' | 'hub';

export interface LayoutItem {
  readonly id: string;
  readonly kind: LayoutItemKind;
  /** The position a moveItems edit writes: a node's top-left, a hub's centre. */
  readonly x: number;
  readonly y: number;
  /** The shape drawn: what a marquee touches and what align/distribute and guides line up. */
  readonly box: Box;
}

/** What a line from a hub joins to, which decides how it is drawn. */
export type HubEdgeKind = 'member' | 'host' | 'provider' | 'localAuthority';

/** A line from a hub's centre (x1, y1) to the centre of the item it joins (x2, y2). */
export interface HubEdge {
  readonly kind: HubEdgeKind;
  readonly targetId: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface LayoutHub {
  readonly id: string;
  readonly cx: number;
  readonly cy: number;
  /**
   * The coordinates the arrangement leaves unset: those sit at the mean of its members' centres,
   * so the hub follows its members when they move.
   */
  readonly followsX: boolean;
  readonly followsY: boolean;
  /** Ids of the members (the host included) whose centres it follows, those that are drawn. */
  readonly members: readonly string[];
  readonly edges: readonly HubEdge[];
  /** The hub with its label beneath it: the room it takes in the drawing. */
  readonly extent: Box;
}

/** A CCG ↔ local authority link (coterminosity), drawn between their centres with its share. */
export interface OverlapLink {
  readonly ccgId: string;
  readonly laId: string;
  /** Share of the CCG's population living in the local authority, 0..1 (its label). */
  readonly share: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface Layout {
  /** Every placed node and hub by id: clusters, CCGs, local authorities, providers, then hubs. */
  readonly items: ReadonlyMap<string, LayoutItem>;
  /** Each arrangement's hub, in the scenario's order. */
  readonly hubs: ReadonlyMap<string, LayoutHub>;
  readonly overlaps: readonly OverlapLink[];
  /** The whole drawing (node boxes and hubs with their labels), or null when nothing is placed. */
  readonly bounds: Box | null;
}

/** The centre of a box. */
export function centreOf(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
