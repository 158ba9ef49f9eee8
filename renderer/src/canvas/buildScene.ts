import type { CcgResult, ScenarioResult } from '../../../shared/costing/results';
import { effectiveMembers } from '../../../shared/model/scenarioIndex';
import type {
  Arrangement, CcgNode, ClusterNode, LocalAuthorityNode, LocalityNode, ProviderNode, Scenario,
} from '../../../shared/model/workspace';
import { CCG_CARD_WIDTH, HUB_RADIUS, ORG_BOX_HEIGHT, ORG_BOX_WIDTH, ccgCardHeight } from './canvasGeometry';
import type { Rect } from './createPanZoom';
import { unionRect } from './unionRect';

export interface CardLayout extends Rect {
  readonly node: CcgNode;
  readonly result: CcgResult | undefined;
  readonly localities: readonly LocalityNode[];
}

export interface OrgBoxLayout<N> extends Rect {
  readonly node: N;
}

/** What a line from a hub joins to, which decides how it is drawn. */
export type HubEdgeKind = 'member' | 'host' | 'provider' | 'localAuthority';

export interface HubEdge {
  readonly kind: HubEdgeKind;
  readonly targetId: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface HubLayout {
  readonly arrangement: Arrangement;
  readonly cx: number;
  readonly cy: number;
  readonly edges: readonly HubEdge[];
}

/** What can be selected, moved and snapped to on the canvas (localities ride inside their card). */
export type SceneItemKind = 'cluster' | 'ccg' | 'localAuthority' | 'provider' | 'hub';

export interface SceneItem {
  readonly id: string;
  readonly kind: SceneItemKind;
  /** The position a moveItems edit writes: a node's top-left, a hub's centre. */
  readonly x: number;
  readonly y: number;
  /** The shape drawn, in canvas units: what a marquee touches and what guides align to. */
  readonly box: Rect;
  /** A CCG's cluster, if it has one. */
  readonly clusterId?: string;
}

/** A CCG ↔ local authority link (coterminosity), drawn between their centres with its share. */
export interface OverlapLink {
  readonly ccgId: string;
  readonly laId: string;
  /** Share of the CCG's population living in the local authority, 0..1. */
  readonly share: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Everything the canvas draws for one scenario, laid out: derived from the document, not stored. */
export interface Scene {
  readonly clusters: readonly ClusterNode[];
  /** Sorted top-to-bottom, then left-to-right, so Tab moves through cards in reading order. */
  readonly cards: readonly CardLayout[];
  readonly localAuthorities: readonly OrgBoxLayout<LocalAuthorityNode>[];
  readonly providers: readonly OrgBoxLayout<ProviderNode>[];
  readonly hubs: readonly HubLayout[];
  readonly overlaps: readonly OverlapLink[];
  /** Bounds (canvas units) of every selectable thing by id, for panning it into view. */
  readonly boundsById: ReadonlyMap<string, Rect>;
  /** Bounds of the whole drawing. */
  readonly bounds: Rect;
  /** Every selectable item by id, in paint order (clusters first, hubs last). */
  readonly items: ReadonlyMap<string, SceneItem>;
}

const readingOrder = (a: Rect, b: Rect): number => a.y - b.y || a.x - b.x;

/** Lays out a scenario for drawing: card sizes, hub positions and the lines from each hub. */
export function buildScene(scenario: Scenario, result: ScenarioResult): Scene {
  const resultById = new Map(result.ccgs.map((c) => [c.id, c]));
  const localitiesByCcg = new Map<string, LocalityNode[]>();
  const clusters: ClusterNode[] = [];
  const ccgs: CcgNode[] = [];
  const localAuthorities: OrgBoxLayout<LocalAuthorityNode>[] = [];
  const providers: OrgBoxLayout<ProviderNode>[] = [];

  for (const node of scenario.nodes) {
    switch (node.kind) {
      case 'cluster': clusters.push(node); break;
      case 'ccg': ccgs.push(node); break;
      case 'locality': {
        const list = localitiesByCcg.get(node.ccgId);
        if (list) list.push(node);
        else localitiesByCcg.set(node.ccgId, [node]);
        break;
      }
      case 'localAuthority':
        localAuthorities.push({ node, x: node.x, y: node.y, width: ORG_BOX_WIDTH, height: ORG_BOX_HEIGHT });
        break;
      case 'provider':
        providers.push({ node, x: node.x, y: node.y, width: ORG_BOX_WIDTH, height: ORG_BOX_HEIGHT });
        break;
    }
  }

  const cards: CardLayout[] = ccgs.map((node) => {
    const localities = localitiesByCcg.get(node.id) ?? [];
    return {
      node, result: resultById.get(node.id), localities,
      x: node.x, y: node.y, width: CCG_CARD_WIDTH, height: ccgCardHeight(localities.length),
    };
  }).sort(readingOrder);

  const boundsById = new Map<string, Rect>();
  for (const c of clusters) boundsById.set(c.id, c);
  for (const c of cards) boundsById.set(c.node.id, c);
  for (const b of localAuthorities) boundsById.set(b.node.id, b);
  for (const b of providers) boundsById.set(b.node.id, b);

  const centreOf = (id: string | undefined): { x: number; y: number } | undefined => {
    const r = id ? boundsById.get(id) : undefined;
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : undefined;
  };

  const hubs: HubLayout[] = scenario.arrangements.map((arrangement) => {
    const members = effectiveMembers(arrangement);
    const memberCentres = members.map(centreOf).filter((p): p is { x: number; y: number } => p !== undefined);
    // At the arrangement's own position if it has one, else the centroid of its member cards.
    const cx = arrangement.x ?? mean(memberCentres.map((p) => p.x));
    const cy = arrangement.y ?? mean(memberCentres.map((p) => p.y));
    const edges: HubEdge[] = [];
    for (const id of members) {
      const p = centreOf(id);
      if (!p) continue;
      const kind: HubEdgeKind = arrangement.model === 'host-ccg' && id === arrangement.hostCcgId ? 'host' : 'member';
      edges.push({ kind, targetId: id, x1: cx, y1: cy, x2: p.x, y2: p.y });
    }
    const provider = centreOf(arrangement.providerId);
    if (provider && arrangement.providerId && (arrangement.model === 'csu' || arrangement.model === 'external')) {
      edges.push({ kind: 'provider', targetId: arrangement.providerId, x1: cx, y1: cy, x2: provider.x, y2: provider.y });
    }
    const la = centreOf(arrangement.laId);
    if (la && arrangement.laId && arrangement.model === 'la-partnership') {
      edges.push({ kind: 'localAuthority', targetId: arrangement.laId, x1: cx, y1: cy, x2: la.x, y2: la.y });
    }
    return { arrangement, cx, cy, edges };
  });
  const overlaps: OverlapLink[] = [];
  for (const o of scenario.laOverlaps) {
    const a = centreOf(o.ccgId);
    const b = centreOf(o.laId);
    if (a && b) overlaps.push({ ccgId: o.ccgId, laId: o.laId, share: o.share, x1: a.x, y1: a.y, x2: b.x, y2: b.y });
  }
  for (const h of hubs) {
    // Hub plus the room its two-line label takes beneath it.
    boundsById.set(h.arrangement.id, { x: h.cx - 90, y: h.cy - HUB_RADIUS - 4, width: 180, height: 2 * HUB_RADIUS + 56 });
  }

  const items = new Map<string, SceneItem>();
  for (const c of clusters) items.set(c.id, { id: c.id, kind: 'cluster', x: c.x, y: c.y, box: c });
  for (const c of cards) {
    items.set(c.node.id, {
      id: c.node.id, kind: 'ccg', x: c.x, y: c.y, box: { x: c.x, y: c.y, width: c.width, height: c.height },
      ...(c.node.clusterId !== undefined ? { clusterId: c.node.clusterId } : {}),
    });
  }
  for (const b of localAuthorities) items.set(b.node.id, { id: b.node.id, kind: 'localAuthority', x: b.x, y: b.y, box: rectOf(b) });
  for (const b of providers) items.set(b.node.id, { id: b.node.id, kind: 'provider', x: b.x, y: b.y, box: rectOf(b) });
  for (const h of hubs) {
    items.set(h.arrangement.id, {
      id: h.arrangement.id, kind: 'hub', x: h.cx, y: h.cy,
      box: { x: h.cx - HUB_RADIUS, y: h.cy - HUB_RADIUS, width: 2 * HUB_RADIUS, height: 2 * HUB_RADIUS },
    });
  }

  return {
    items,
    clusters,
    cards,
    localAuthorities: [...localAuthorities].sort(readingOrder),
    providers: [...providers].sort(readingOrder),
    hubs,
    overlaps,
    boundsById,
    // An empty scenario still gets a sensible area to frame.
    bounds: unionRect(boundsById.values()) ?? { x: 0, y: 0, width: 800, height: 600 },
  };
}

function rectOf(r: Rect): Rect {
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}

