import type {
  Arrangement,
  CcgNode,
  ClusterNode,
  LocalAuthorityNode,
  LocalityNode,
  Node,
  ProviderNode,
  Scenario,
} from './workspace';

/** Look-ups over one scenario's nodes, built once per costing or validation pass. */
export interface ScenarioIndex {
  readonly byId: ReadonlyMap<string, Node>;
  readonly ccgs: readonly CcgNode[];
  readonly clusters: readonly ClusterNode[];
  readonly localities: readonly LocalityNode[];
  readonly localAuthorities: readonly LocalAuthorityNode[];
  readonly providers: readonly ProviderNode[];
  /** Localities of each CCG, by CCG id. */
  readonly localitiesByCcg: ReadonlyMap<string, readonly LocalityNode[]>;
}

export function indexScenario(scenario: Scenario): ScenarioIndex {
  const byId = new Map<string, Node>();
  const ccgs: CcgNode[] = [];
  const clusters: ClusterNode[] = [];
  const localities: LocalityNode[] = [];
  const localAuthorities: LocalAuthorityNode[] = [];
  const providers: ProviderNode[] = [];
  const localitiesByCcg = new Map<string, LocalityNode[]>();
  for (const node of scenario.nodes) {
    if (!byId.has(node.id)) byId.set(node.id, node);
    switch (node.kind) {
      case 'ccg':
        ccgs.push(node);
        break;
      case 'cluster':
        clusters.push(node);
        break;
      case 'localAuthority':
        localAuthorities.push(node);
        break;
      case 'provider':
        providers.push(node);
        break;
      case 'locality': {
        localities.push(node);
        const list = localitiesByCcg.get(node.ccgId);
        if (list) list.push(node);
        else localitiesByCcg.set(node.ccgId, [node]);
        break;
      }
    }
  }
  return { byId, ccgs, clusters, localities, localAuthorities, providers, localitiesByCcg };
}

/** pop(c): the sum of the CCG's localities if it has any, else its own population (DESIGN.md §4.1). */
export function ccgPopulation(ccg: CcgNode, index: ScenarioIndex): number {
  const locs = index.localitiesByCcg.get(ccg.id);
  if (locs && locs.length > 0) return locs.reduce((sum, l) => sum + l.population, 0);
  return ccg.population ?? 0;
}

/** Members of an arrangement as costed: a host CCG is always a member, each CCG once (DESIGN.md §4.4). */
export function effectiveMembers(arrangement: Arrangement): readonly string[] {
  const members = new Set(arrangement.members);
  if (arrangement.model === 'host-ccg' && arrangement.hostCcgId) members.add(arrangement.hostCcgId);
  return [...members];
}
