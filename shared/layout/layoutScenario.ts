import { effectiveMembers } from '../model/scenarioIndex';
import type { Arrangement, Node, Scenario } from '../model/workspace';
import {
  centreOf,
  type Box,
  type HubEdge,
  type HubEdgeKind,
  type Layout,
  type LayoutHub,
  type LayoutItem,
  type LayoutItemKind,
  type OverlapLink,
} from './layout';
import {
  CCG_CARD_WIDTH,
  HUB_LABEL_GAP,
  HUB_LABEL_HEIGHT,
  HUB_LABEL_WIDTH,
  HUB_RADIUS,
  HUB_SIZE,
  ORG_BOX_HEIGHT,
  ORG_BOX_WIDTH,
  ccgCardHeight,
} from './sizes';
import { unionBox } from './unionBox';

type Point = { readonly x: number; readonly y: number };

/**
 * Where everything the canvas draws for a scenario sits: the box of every node and hub, each
 * hub's centre (its own position, or the mean of its members' centres for a coordinate it leaves
 * unset) and the ends of every line. Localities are not placed: they are chips inside their card.
 */
export function layoutScenario(scenario: Scenario): Layout {
  const localities = new Map<string, number>();
  for (const n of scenario.nodes)
    if (n.kind === 'locality') localities.set(n.ccgId, (localities.get(n.ccgId) ?? 0) + 1);

  const items = new Map<string, LayoutItem>();
  for (const n of scenario.nodes) {
    const item = nodeItem(n, localities);
    if (item) items.set(n.id, item);
  }
  // Lines end at the centres of nodes only (a hub is not a line's target).
  const centres = new Map<string, Point>();
  for (const item of items.values()) centres.set(item.id, centreOf(item.box));

  const hubs = new Map<string, LayoutHub>();
  for (const a of scenario.arrangements) {
    const hub = placeHub(a, centres);
    hubs.set(a.id, hub);
    items.set(a.id, hubItem(hub));
  }
  const overlaps: OverlapLink[] = [];
  for (const o of scenario.laOverlaps) {
    const from = centres.get(o.ccgId);
    const to = centres.get(o.laId);
    if (from && to)
      overlaps.push({
        ccgId: o.ccgId,
        laId: o.laId,
        share: o.share,
        x1: from.x,
        y1: from.y,
        x2: to.x,
        y2: to.y,
      });
  }
  return { items, hubs, overlaps, bounds: drawingBounds(items, hubs) };
}

/** A node's drawn box, placed at its top-left; none for a locality (a chip inside its card). */
function nodeItem(n: Node, localities: ReadonlyMap<string, number>): LayoutItem | undefined {
  switch (n.kind) {
    case 'ccg':
      return placed(n, n.kind, CCG_CARD_WIDTH, ccgCardHeight(localities.get(n.id) ?? 0));
    case 'cluster':
      return placed(n, n.kind, n.width, n.height);
    case 'localAuthority':
    case 'provider':
      return placed(n, n.kind, ORG_BOX_WIDTH, ORG_BOX_HEIGHT);
    case 'locality':
      return undefined;
  }
}

function placed(
  n: { id: string; x: number; y: number },
  kind: LayoutItemKind,
  width: number,
  height: number,
): LayoutItem {
  return { id: n.id, kind, x: n.x, y: n.y, box: { x: n.x, y: n.y, width, height } };
}

/** An arrangement's hub, its centre and lines worked out from the node centres given. */
function placeHub(a: Arrangement, centres: ReadonlyMap<string, Point>): LayoutHub {
  const members = effectiveMembers(a).filter((id) => centres.has(id));
  const memberCentres = members.map((id) => centres.get(id) as Point);
  const followsX = a.x === undefined;
  const followsY = a.y === undefined;
  const cx = a.x ?? mean(memberCentres.map((p) => p.x));
  const cy = a.y ?? mean(memberCentres.map((p) => p.y));
  return {
    id: a.id,
    cx,
    cy,
    followsX,
    followsY,
    members,
    edges: hubEdges(a, cx, cy, centres),
    extent: hubExtent(cx, cy),
  };
}

/** The lines from a hub at (cx, cy): to each member, then its provider or local authority. */
export function hubEdges(
  a: Arrangement,
  cx: number,
  cy: number,
  centres: ReadonlyMap<string, Point>,
): HubEdge[] {
  const edges: HubEdge[] = [];
  const to = (kind: HubEdgeKind, targetId: string | undefined): void => {
    const p = targetId === undefined ? undefined : centres.get(targetId);
    if (p && targetId !== undefined)
      edges.push({ kind, targetId, x1: cx, y1: cy, x2: p.x, y2: p.y });
  };
  for (const id of effectiveMembers(a))
    to(a.model === 'host-ccg' && id === a.hostCcgId ? 'host' : 'member', id);
  if (a.model === 'csu' || a.model === 'external') to('provider', a.providerId);
  if (a.model === 'la-partnership') to('localAuthority', a.laId);
  return edges;
}

/** The hub's own shape, as an item that is selected, aligned and moved by its centre. */
export function hubItem(hub: LayoutHub): LayoutItem {
  return {
    id: hub.id,
    kind: 'hub',
    x: hub.cx,
    y: hub.cy,
    box: { x: hub.cx - HUB_RADIUS, y: hub.cy - HUB_RADIUS, width: HUB_SIZE, height: HUB_SIZE },
  };
}

export function hubExtent(cx: number, cy: number): Box {
  return {
    x: cx - HUB_LABEL_WIDTH / 2,
    y: cy - HUB_RADIUS - HUB_LABEL_GAP,
    width: HUB_LABEL_WIDTH,
    height: HUB_SIZE + HUB_LABEL_HEIGHT,
  };
}

/** The whole drawing: every node's box and every hub with its label. */
export function drawingBounds(
  items: ReadonlyMap<string, LayoutItem>,
  hubs: ReadonlyMap<string, LayoutHub>,
): Box | null {
  const boxes: Box[] = [];
  for (const item of items.values()) if (item.kind !== 'hub') boxes.push(item.box);
  for (const hub of hubs.values()) boxes.push(hub.extent);
  return unionBox(boxes);
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}
