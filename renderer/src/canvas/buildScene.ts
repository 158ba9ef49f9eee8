import type { CcgResult, ScenarioResult } from '../../../shared/costing/results';
import type {
  HubEdge,
  Layout,
  LayoutHub,
  LayoutItemKind,
  OverlapLink,
} from '../../../shared/layout/layout';
import { layoutScenario } from '../../../shared/layout/layoutScenario';
import type {
  Arrangement,
  CcgNode,
  ClusterNode,
  LocalAuthorityNode,
  LocalityNode,
  ProviderNode,
  Scenario,
} from '../../../shared/model/workspace';
import type { Rect } from './createPanZoom';

export type { HubEdge, HubEdgeKind, OverlapLink } from '../../../shared/layout/layout';

export interface CardLayout extends Rect {
  readonly node: CcgNode;
  readonly result: CcgResult | undefined;
  readonly localities: readonly LocalityNode[];
}

export interface OrgBoxLayout<N> extends Rect {
  readonly node: N;
}

export interface HubLayout {
  readonly arrangement: Arrangement;
  readonly cx: number;
  readonly cy: number;
  readonly edges: readonly HubEdge[];
}

/** What can be selected, moved and snapped to on the canvas (localities ride inside their card). */
export type SceneItemKind = LayoutItemKind;

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
  /** The geometry all of this is drawn from, for what moves things (a drag offsets it). */
  readonly layout: Layout;
}

const readingOrder = (a: Rect, b: Rect): number => a.y - b.y || a.x - b.x;

/**
 * A scenario ready to draw: its layout (shared/layout) grouped the way the canvas paints it, with
 * each card's figures and localities.
 */
export function buildScene(scenario: Scenario, result: ScenarioResult): Scene {
  const layout = layoutScenario(scenario);
  // The layout places every cluster, CCG, council and provider, and a hub for each arrangement.
  const boxOf = (id: string): Rect => layout.items.get(id)?.box as Rect;
  const resultById = new Map(result.ccgs.map((c) => [c.id, c]));
  const localitiesByCcg = new Map<string, LocalityNode[]>();
  const clusters: ClusterNode[] = [];
  const ccgs: CcgNode[] = [];
  const localAuthorities: OrgBoxLayout<LocalAuthorityNode>[] = [];
  const providers: OrgBoxLayout<ProviderNode>[] = [];

  for (const node of scenario.nodes) {
    switch (node.kind) {
      case 'cluster':
        clusters.push(node);
        break;
      case 'ccg':
        ccgs.push(node);
        break;
      case 'locality': {
        const list = localitiesByCcg.get(node.ccgId);
        if (list) list.push(node);
        else localitiesByCcg.set(node.ccgId, [node]);
        break;
      }
      case 'localAuthority':
        localAuthorities.push({ node, ...boxOf(node.id) });
        break;
      case 'provider':
        providers.push({ node, ...boxOf(node.id) });
        break;
    }
  }

  const cards: CardLayout[] = ccgs
    .map((node) => ({
      node,
      result: resultById.get(node.id),
      localities: localitiesByCcg.get(node.id) ?? [],
      ...boxOf(node.id),
    }))
    .sort(readingOrder);

  const boundsById = new Map<string, Rect>();
  for (const c of clusters) boundsById.set(c.id, c);
  for (const c of cards) boundsById.set(c.node.id, c);
  for (const b of localAuthorities) boundsById.set(b.node.id, b);
  for (const b of providers) boundsById.set(b.node.id, b);

  const hubs: HubLayout[] = scenario.arrangements.map((arrangement) => {
    const { cx, cy, edges } = layout.hubs.get(arrangement.id) as LayoutHub;
    return { arrangement, cx, cy, edges };
  });
  // A hub plus the room its label takes beneath it.
  for (const h of layout.hubs.values()) boundsById.set(h.id, h.extent);

  const items = new Map<string, SceneItem>();
  const add = (id: string, clusterId?: string): void => {
    const item = layout.items.get(id);
    if (item) items.set(id, clusterId !== undefined ? { ...item, clusterId } : item);
  };
  for (const c of clusters) add(c.id);
  for (const c of cards) add(c.node.id, c.node.clusterId);
  for (const b of localAuthorities) add(b.node.id);
  for (const b of providers) add(b.node.id);
  for (const h of hubs) add(h.arrangement.id);

  return {
    items,
    clusters,
    cards,
    localAuthorities: [...localAuthorities].sort(readingOrder),
    providers: [...providers].sort(readingOrder),
    hubs,
    overlaps: layout.overlaps,
    boundsById,
    // An empty scenario still gets a sensible area to frame.
    bounds: layout.bounds ?? { x: 0, y: 0, width: 800, height: 600 },
    layout,
  };
}
