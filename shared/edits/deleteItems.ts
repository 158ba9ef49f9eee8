/**
 * deleteItems with its cascade: deleting an organisation also removes or repairs whatever
 * refers to it, so the scenario stays valid and the whole deletion is one undo step.
 */
import { effectiveMembers } from '../model/scenarioIndex';
import type { Arrangement, CcgNode, Node, Scenario } from '../model/workspace';
import { located } from '../schema/locate';
import {
  accept,
  filterMapKeep,
  nodeWhere,
  refuse,
  withoutField,
  type ScenarioOutcome,
} from './scenarioEdit';

/**
 * Deletes nodes and arrangements of a scenario, with what depends on them:
 * - a CCG takes its localities and local authority links with it, and leaves every arrangement
 *   it was a member of; an arrangement left with no members is deleted, and so is a host-ccg
 *   arrangement whose host it was (an arrangement cannot be costed without its host);
 * - a cluster only loses its CCGs' membership (clusterId cleared): the CCGs stay;
 * - a local authority takes its links and every arrangement naming it (la-partnerships);
 * - a provider takes every arrangement naming it.
 * Refused if an id is unknown, or if deleting localities would leave a surviving CCG with no
 * localities and no population of its own: its population would then be invented, and data is
 * never invented, so the user gives the CCG a population first.
 */
export function deleteItems(scenario: Scenario, ids: readonly string[]): ScenarioOutcome {
  const nodesById = new Map<string, Node>();
  for (const n of scenario.nodes) if (!nodesById.has(n.id)) nodesById.set(n.id, n);
  const arrangementIds = new Set(scenario.arrangements.map((a) => a.id));

  const unknown = ids.filter((id) => !nodesById.has(id) && !arrangementIds.has(id));
  if (unknown.length > 0) {
    return refuse(
      ...unknown.map(
        (id) =>
          `Nothing with id "${id}" exists in scenario "${scenario.name}", so it cannot be deleted`,
      ),
    );
  }
  if (ids.length === 0) return accept(scenario);

  const deletedNodes = new Set<string>();
  const deletedArrangements = new Set<string>();
  const deletedCcgs = new Set<string>();
  const deletedClusters = new Set<string>();
  const deletedLas = new Set<string>();
  const deletedProviders = new Set<string>();
  for (const id of ids) {
    const node = nodesById.get(id);
    if (!node) {
      deletedArrangements.add(id);
      continue;
    }
    deletedNodes.add(id);
    if (node.kind === 'ccg') deletedCcgs.add(id);
    else if (node.kind === 'cluster') deletedClusters.add(id);
    else if (node.kind === 'localAuthority') deletedLas.add(id);
    else if (node.kind === 'provider') deletedProviders.add(id);
  }

  const isDeletedNode = (n: Node): boolean =>
    deletedNodes.has(n.id) || (n.kind === 'locality' && deletedCcgs.has(n.ccgId));

  const starved = ccgsLeftWithoutPopulation(scenario, nodesById, isDeletedNode, deletedCcgs);
  if (starved.length > 0) {
    return refuse(
      ...starved.map((ccg) =>
        located(
          nodeWhere(scenario, ccg),
          'population',
          `deleting its last locality would leave it with no population (it has no population of its own); give ${ccg.name} a population first`,
        ),
      ),
    );
  }

  const nodes = filterMapKeep(scenario.nodes, (n) => {
    if (isDeletedNode(n)) return undefined;
    if (n.kind === 'ccg' && n.clusterId !== undefined && deletedClusters.has(n.clusterId)) {
      return withoutField(n, 'clusterId') as CcgNode;
    }
    return n;
  });

  const laOverlaps = filterMapKeep(scenario.laOverlaps, (o) =>
    deletedCcgs.has(o.ccgId) || deletedLas.has(o.laId) ? undefined : o,
  );

  const arrangements = filterMapKeep(scenario.arrangements, (a): Arrangement | undefined => {
    if (deletedArrangements.has(a.id)) return undefined;
    if (a.laId !== undefined && deletedLas.has(a.laId)) return undefined;
    if (a.providerId !== undefined && deletedProviders.has(a.providerId)) return undefined;
    if (a.model === 'host-ccg' && a.hostCcgId !== undefined && deletedCcgs.has(a.hostCcgId))
      return undefined;
    if (!a.members.some((m) => deletedCcgs.has(m))) return a;
    const next: Arrangement = { ...a, members: a.members.filter((m) => !deletedCcgs.has(m)) };
    // An arrangement nobody belongs to covers nothing and is invalid: it goes with its last member.
    return effectiveMembers(next).length === 0 ? undefined : next;
  });

  return accept({ ...scenario, nodes, laOverlaps, arrangements });
}

/** Surviving CCGs that lose all their localities to this deletion and have no own population. */
function ccgsLeftWithoutPopulation(
  scenario: Scenario,
  nodesById: ReadonlyMap<string, Node>,
  isDeletedNode: (n: Node) => boolean,
  deletedCcgs: ReadonlySet<string>,
): CcgNode[] {
  const touched = new Set<string>();
  for (const n of scenario.nodes) {
    if (n.kind === 'locality' && isDeletedNode(n) && !deletedCcgs.has(n.ccgId))
      touched.add(n.ccgId);
  }
  if (touched.size === 0) return [];
  const survivors = new Set<string>();
  for (const n of scenario.nodes) {
    if (n.kind === 'locality' && touched.has(n.ccgId) && !isDeletedNode(n)) survivors.add(n.ccgId);
  }
  const starved: CcgNode[] = [];
  for (const id of touched) {
    const ccg = nodesById.get(id);
    if (ccg?.kind === 'ccg' && !survivors.has(id) && ccg.population === undefined)
      starved.push(ccg);
  }
  return starved;
}
