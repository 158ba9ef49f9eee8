/**
 * What each candidate costs its members, function by function, worked out by the costing engine
 * itself: the candidate is laid out as a small scenario (its members, their localities, its
 * council or provider and one arrangement) and costed with costScenarioWith, so Recommend never
 * re-derives a formula and always agrees with the figures the app shows.
 */
import { costScenarioWith } from '../costing/costScenario';
import type { Arrangement, Node, Scenario } from '../model/workspace';
import type { Candidate } from './candidates';
import type { RecommendProblem } from './problem';
import { costOptions } from './yearBasis';

export interface CandidateCost {
  /** Function id → each member's year-free cost (members in candidate order), procurement aside. */
  readonly byFunction: ReadonlyMap<string, readonly number[]>;
  /** External: each member's share of the arrangement's yearly procurement cost, year-free. */
  readonly procurement?: readonly number[];
}

/**
 * Costs a candidate. For a CSU, `csuScale` is the population the CSU serves (P_p) in the round
 * being solved: the provider is given the other customers that make its scale exactly that.
 */
export function costCandidate(p: RecommendProblem, cand: Candidate, csuScale?: number): CandidateCost {
  const members = new Set(cand.members);
  const nodes: Node[] = [];
  for (const n of p.scenario.nodes) {
    if ((n.kind === 'ccg' && members.has(n.id)) || (n.kind === 'locality' && members.has(n.ccgId))) nodes.push(n);
  }
  const partnerId = cand.laId ?? cand.providerId;
  const partner = partnerId === undefined ? undefined : p.index.byId.get(partnerId);
  if (partner) {
    if (partner.kind === 'provider' && cand.model === 'csu' && csuScale !== undefined) {
      const own = cand.members.reduce((s, m) => s + (p.pop.get(m) ?? 0), 0);
      nodes.push({ ...partner, otherCustomersPopulation: csuScale - own });
    } else nodes.push(partner);
  }
  const arrangements: Arrangement[] = cand.model === 'in-house' ? [] : [{
    id: 'candidate', name: 'candidate', model: cand.model, members: cand.members, functions: cand.functions,
    allocation: 'population',
    ...(cand.hostCcgId !== undefined ? { hostCcgId: cand.hostCcgId } : {}),
    ...(cand.laId !== undefined ? { laId: cand.laId } : {}),
    ...(cand.providerId !== undefined ? { providerId: cand.providerId } : {}),
  }];
  const mini: Scenario = { id: 'candidate', name: 'candidate', nodes, laOverlaps: [], arrangements };
  const result = costScenarioWith(mini, p.a, costOptions(p.year));
  const byId = new Map(result.ccgs.map((c) => [c.id, c]));
  const byFunction = new Map<string, number[]>();
  const procurement = cand.members.map(() => 0);
  for (const f of cand.functions) {
    byFunction.set(f, cand.members.map((m, i) => {
      const fc = byId.get(m)?.functions[f];
      if (!fc) throw new Error(`candidate ${cand.key}: the engine gave no cost for ${m}/${f}`);
      const proc = fc.basis.procurement ?? 0;
      procurement[i] = (procurement[i] ?? 0) + proc;
      return fc.cost - proc;
    }));
  }
  return cand.model === 'external' ? { byFunction, procurement } : { byFunction };
}
