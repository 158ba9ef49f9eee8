/**
 * What each candidate costs its members, function by function, worked out by the costing engine
 * itself: candidates are laid out side by side in one scenario — each with its own copies of its
 * member CCGs (same populations and localities), its council or provider and one arrangement —
 * and costed with costScenarioWith, so Recommend never re-derives a formula and always agrees
 * with the figures the app shows. A CSU's price depends on every buyer in the scenario, so CSU
 * candidates are costed one at a time.
 *
 * Shared services are most of the candidates at England's scale, and a candidate's shared service
 * is new (no staffing structure of its own), so its cost is the engine's pooled formula alone:
 * worked out here with the engine's unitCost and in the engine's order of operations, it is the
 * engine's figure to the bit, without costing a scenario per few hundred candidates.
 */
import { costScenarioWith } from '../costing/costScenario';
import { unitCost } from '../costing/unitCost';
import type { Arrangement, Node, Scenario } from '../model/workspace';
import type { Candidate } from './candidates';
import type { RecommendProblem } from './problem';
import { costOptions } from './yearBasis';

export interface CandidateCost {
  /** Function id → each member's cost in the year (members in candidate order), procurement aside. */
  readonly byFunction: ReadonlyMap<string, readonly number[]>;
  /** External: each member's share of the arrangement's yearly procurement cost. */
  readonly procurement?: readonly number[];
}

/** Candidates costed in one engine pass: enough to amortise the pass, few enough to stay small. */
const BATCH = 400;

/**
 * Costs candidates. For a CSU, `csuScale` gives the population the CSU serves (P_p) in the round
 * being solved: the provider is given the other customers that make its scale exactly that.
 */
export function costCandidates(
  p: RecommendProblem,
  cands: readonly Candidate[],
  csuScale: (providerId: string) => number | undefined = () => undefined,
): CandidateCost[] {
  const out: CandidateCost[] = new Array<CandidateCost>(cands.length);
  const batch: number[] = [];
  const flush = (): void => {
    if (batch.length > 0) costBatch(p, cands, batch, out);
    batch.length = 0;
  };
  const costIndex = p.a.years.find((y) => y.id === p.year.id)?.costIndex ?? 1;
  cands.forEach((cand, i) => {
    if (cand.model === 'csu') costBatch(p, cands, [i], out, csuScale(cand.providerId ?? ''));
    else if (cand.model === 'shared-service') out[i] = sharedServiceCost(p, cand, costIndex);
    else {
      batch.push(i);
      if (batch.length >= BATCH) flush();
    }
  });
  flush();
  return out;
}

function costBatch(
  p: RecommendProblem,
  cands: readonly Candidate[],
  indices: readonly number[],
  out: CandidateCost[],
  csuScale?: number,
): void {
  const nodes: Node[] = [];
  const arrangements: Arrangement[] = [];
  const partners = new Set<string>();
  const copyId = (i: number, id: string): string => `${i}#${id}`;
  for (const i of indices) {
    const cand = cands[i] as Candidate;
    for (const m of cand.members) {
      const ccg = p.index.byId.get(m);
      if (ccg && ccg.kind === 'ccg') nodes.push({ ...ccg, id: copyId(i, m) });
      for (const loc of p.index.localitiesByCcg.get(m) ?? [])
        nodes.push({ ...loc, id: copyId(i, loc.id), ccgId: copyId(i, m) });
    }
    const partnerId = cand.laId ?? cand.providerId;
    const partner = partnerId === undefined ? undefined : p.index.byId.get(partnerId);
    if (partner && !partners.has(partner.id)) {
      partners.add(partner.id);
      if (partner.kind === 'provider' && cand.model === 'csu' && csuScale !== undefined) {
        const own = cand.members.reduce((s, m) => s + (p.pop.get(m) ?? 0), 0);
        nodes.push({ ...partner, otherCustomersPopulation: csuScale - own });
      } else nodes.push(partner);
    }
    if (cand.model !== 'in-house') {
      arrangements.push({
        id: `candidate-${i}`,
        name: `candidate ${i}`,
        model: cand.model,
        members: cand.members.map((m) => copyId(i, m)),
        functions: cand.functions,
        allocation: 'population',
        ...(cand.hostCcgId !== undefined ? { hostCcgId: copyId(i, cand.hostCcgId) } : {}),
        ...(cand.laId !== undefined ? { laId: cand.laId } : {}),
        ...(cand.providerId !== undefined ? { providerId: cand.providerId } : {}),
      });
    }
  }
  const batchScenario: Scenario = {
    id: 'candidates',
    name: 'candidates',
    nodes,
    laOverlaps: [],
    arrangements,
  };
  const result = costScenarioWith(batchScenario, p.a, costOptions(p.year));
  const byId = new Map(result.ccgs.map((c) => [c.id, c]));
  for (const i of indices) {
    const cand = cands[i] as Candidate;
    const byFunction = new Map<string, number[]>();
    const procurement = cand.members.map(() => 0);
    for (const f of cand.functions) {
      byFunction.set(
        f,
        cand.members.map((m, k) => {
          const fc = byId.get(copyId(i, m))?.functions[f];
          if (!fc) throw new Error(`candidate ${cand.key}: the engine gave no cost for ${m}/${f}`);
          const proc = fc.basis.procurement ?? 0;
          procurement[k] = (procurement[k] ?? 0) + proc;
          return fc.cost - proc;
        }),
      );
    }
    out[i] = cand.model === 'external' ? { byFunction, procurement } : { byFunction };
  }
}

/**
 * The engine's shared service, split by population: pool = u_f(P_a)·P_a·(1 + overhead) with
 * P_a summed in member order, each member paying pool·pop(m)/P_a, times the year's cost index.
 */
function sharedServiceCost(p: RecommendProblem, cand: Candidate, costIndex: number): CandidateCost {
  let membersPop = 0;
  for (const m of cand.members) membersPop += p.pop.get(m) ?? 0;
  const overhead = p.a.models.sharedService.overhead;
  const byFunction = new Map<string, number[]>();
  for (const f of cand.functions) {
    const fn = p.a.functions.find((x) => x.id === f);
    if (!fn) throw new Error(`candidate ${cand.key}: no function ${f}`);
    const pool = unitCost(fn, membersPop, p.a.referencePopulation) * membersPop * (1 + overhead);
    byFunction.set(
      f,
      cand.members.map((m) => {
        const cost = pool * ((p.pop.get(m) ?? 0) / membersPop);
        return costIndex === 1 ? cost : costIndex * cost;
      }),
    );
  }
  return { byFunction };
}
