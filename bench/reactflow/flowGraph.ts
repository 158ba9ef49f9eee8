/**
 * The England workspace as React Flow nodes and edges: the same organisations, positions and
 * lines as the app's canvas draws (renderer/src/canvas/buildScene.ts), so both draw one graph.
 */
import type { Edge, Node } from '@xyflow/react';
import { costScenario } from '../../shared/costing/costScenario';
import { effectiveMembers } from '../../shared/model/scenarioIndex';
import type { LocalityNode, Workspace } from '../../shared/model/workspace';
import { CCG_CARD_WIDTH, ccgCardHeight } from '../../shared/samples/sampleBuilders';

export interface CardData extends Record<string, unknown> {
  readonly name: string;
  readonly perHead: number;
  readonly status: string;
  readonly population: number;
  readonly headroom: number;
  readonly localities: readonly LocalityNode[];
}
export interface OrgData extends Record<string, unknown> {
  readonly name: string;
  readonly subtitle: string;
  readonly la: boolean;
}
export interface HubData extends Record<string, unknown> {
  readonly name: string;
  readonly model: string;
}
export interface ClusterData extends Record<string, unknown> {
  readonly name: string;
}

export function flowGraph(workspace: Workspace): { nodes: Node[]; edges: Edge[] } {
  const scenario = workspace.scenarios[0];
  if (!scenario) return { nodes: [], edges: [] };
  const result = costScenario(workspace, scenario.id);
  const results = new Map(result.ccgs.map((c) => [c.id, c]));
  const localities = new Map<string, LocalityNode[]>();
  for (const n of scenario.nodes)
    if (n.kind === 'locality') localities.set(n.ccgId, [...(localities.get(n.ccgId) ?? []), n]);

  const nodes: Node[] = [];
  for (const n of scenario.nodes) {
    switch (n.kind) {
      case 'cluster':
        nodes.push({
          id: n.id,
          type: 'cluster',
          position: { x: n.x, y: n.y },
          width: n.width,
          height: n.height,
          zIndex: -1,
          draggable: false,
          data: { name: n.name } satisfies ClusterData,
        });
        break;
      case 'ccg': {
        const r = results.get(n.id);
        const locs = localities.get(n.id) ?? [];
        nodes.push({
          id: n.id,
          type: 'ccg',
          position: { x: n.x, y: n.y },
          width: CCG_CARD_WIDTH,
          height: ccgCardHeight(locs.length),
          data: {
            name: n.name,
            perHead: r?.perHead ?? 0,
            status: r?.status ?? 'within',
            population: r?.population ?? 0,
            headroom: r?.headroom ?? 0,
            localities: locs,
          } satisfies CardData,
        });
        break;
      }
      case 'localAuthority':
      case 'provider':
        nodes.push({
          id: n.id,
          type: 'org',
          position: { x: n.x, y: n.y },
          width: 210,
          height: 64,
          data: {
            name: n.name,
            subtitle:
              n.kind === 'localAuthority'
                ? `Local authority · ${n.population.toLocaleString('en-GB')}`
                : n.providerType,
            la: n.kind === 'localAuthority',
          } satisfies OrgData,
        });
        break;
      case 'locality':
        break;
    }
  }
  const edges: Edge[] = [];
  for (const a of scenario.arrangements) {
    const hubId = `hub:${a.id}`;
    nodes.push({
      id: hubId,
      type: 'hub',
      position: { x: (a.x ?? 0) - 20, y: (a.y ?? 0) - 20 },
      width: 40,
      height: 40,
      data: { name: a.name, model: a.model } satisfies HubData,
    });
    for (const m of effectiveMembers(a))
      edges.push({
        id: `${a.id}>${m}`,
        source: hubId,
        target: m,
        type: 'straight',
        ...(a.hostCcgId === m ? { label: 'host' } : {}),
      });
    const other = a.providerId ?? a.laId;
    if (other)
      edges.push({
        id: `${a.id}>${other}`,
        source: hubId,
        target: other,
        type: 'straight',
        style: { strokeDasharray: '6 4' },
      });
  }
  for (const o of scenario.laOverlaps) {
    edges.push({
      id: `${o.ccgId}~${o.laId}`,
      source: o.ccgId,
      target: o.laId,
      type: 'straight',
      label: `${Math.round(o.share * 100)}%`,
    });
  }
  return { nodes, edges };
}
