/**
 * Sets CCGs' populations from a practice list in one edit: each listed CCG loses its localities
 * (they would otherwise decide its population) and takes the new population, or the new
 * localities that make it up; CCGs and localities the list brings in are added. One undo step,
 * validated once, however many CCGs change.
 */
import type { LocalityNode, Node, Scenario } from '../model/workspace';
import { accept, doesNotExist, refuse, type ScenarioOutcome } from './scenarioEdit';

export interface CcgPopulationUpdate {
  readonly ccgId: string;
  /** The CCG's own population: used when `localities` is empty. */
  readonly population: number;
  /** Localities replacing the CCG's current ones; empty for none. Each must name this CCG. */
  readonly localities: readonly LocalityNode[];
}

export function setPopulations(
  scenario: Scenario,
  updates: readonly CcgPopulationUpdate[],
  addNodes: readonly Node[],
): ScenarioOutcome {
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const errors: string[] = [];
  const changing = new Map<string, CcgPopulationUpdate>();
  for (const u of updates) {
    const node = byId.get(u.ccgId);
    if (node?.kind !== 'ccg') errors.push(doesNotExist('CCG', u.ccgId, scenario));
    else if (changing.has(u.ccgId)) errors.push(`CCG "${node.name}" is given two new populations`);
    for (const l of u.localities)
      if (l.ccgId !== u.ccgId)
        errors.push(`locality "${l.name}" does not belong to the CCG it is listed under`);
    changing.set(u.ccgId, u);
  }
  if (errors.length > 0) return refuse(...errors);
  if (updates.length === 0 && addNodes.length === 0) return accept(scenario);

  const nodes: Node[] = [];
  for (const n of scenario.nodes) {
    if (n.kind === 'locality' && changing.has(n.ccgId)) continue;
    const u = n.kind === 'ccg' ? changing.get(n.id) : undefined;
    nodes.push(n.kind === 'ccg' && u ? { ...n, population: u.population } : n);
  }
  for (const u of updates) nodes.push(...u.localities);
  nodes.push(...addNodes);
  // Ids, references and populations are the validator's to check, once, after the whole change.
  return accept({ ...scenario, nodes });
}
