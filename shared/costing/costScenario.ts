/**
 * The costing engine: a pure function of (workspace, scenario id) → result, implementing
 * DESIGN.md §4 literally. It expects a workspace that passed validateWorkspace; results are
 * derived, never stored.
 */
import { resolveAssumptions } from '../assumptions/resolveAssumptions';
import { ccgPopulation, effectiveMembers, indexScenario, type ScenarioIndex } from '../model/scenarioIndex';
import type { Arrangement, Assumptions, CcgNode, Scenario, SupportFunction, Workspace } from '../model/workspace';
import { riskFlags } from '../risk/riskFlags';
import type { CcgResult, FunctionCost, ScenarioResult, ScenarioTotals, Status } from './results';
import { totalFunctionCost, unitCost } from './unitCost';

/** Costs one scenario of a workspace. Throws if the scenario does not exist. */
export function costScenario(workspace: Workspace, scenarioId: string): ScenarioResult {
  const scenario = workspace.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`Scenario "${scenarioId}" does not exist in workspace "${workspace.name}".`);
  return costScenarioWith(scenario, resolveAssumptions(workspace.assumptions, scenario.assumptionOverrides));
}

/** Costs a scenario under given (already resolved) assumptions: used for what-ifs and sensitivity. */
export function costScenarioWith(scenario: Scenario, a: Assumptions): ScenarioResult {
  const index = indexScenario(scenario);
  const pop = new Map<string, number>();
  for (const ccg of index.ccgs) pop.set(ccg.id, ccgPopulation(ccg, index));
  const popOf = (id: string): number => pop.get(id) ?? 0;

  // Which arrangement covers each (CCG, function) pair; the validator guarantees at most one.
  const coverage = new Map<string, Arrangement>();
  for (const arr of scenario.arrangements) {
    for (const member of effectiveMembers(arr)) {
      for (const f of arr.functions) {
        const key = pairKey(member, f);
        if (!coverage.has(key)) coverage.set(key, arr);
      }
    }
  }

  const csuScale = csuScalePopulations(scenario, index, a, popOf);
  const ctx: CostContext = { a, index, popOf, csuScale };

  const ccgs: CcgResult[] = index.ccgs.map((ccg) => costCcg(ccg, ctx, coverage));
  const totals = scenarioTotals(ccgs);
  return {
    scenarioId: scenario.id,
    name: scenario.name,
    capPerHead: a.capPerHead,
    ccgs,
    totals,
    flags: riskFlags(scenario, a, index, ccgs),
  };
}

interface CostContext {
  readonly a: Assumptions;
  readonly index: ScenarioIndex;
  readonly popOf: (ccgId: string) => number;
  /** P_p for each CSU provider id (DESIGN.md §4.4, csu). */
  readonly csuScale: ReadonlyMap<string, number>;
}

function pairKey(ccgId: string, functionId: string): string {
  return `${ccgId}\u0000${functionId}`;
}

function costCcg(ccg: CcgNode, ctx: CostContext, coverage: ReadonlyMap<string, Arrangement>): CcgResult {
  const { a } = ctx;
  const population = ctx.popOf(ccg.id);
  const localities = ctx.index.localitiesByCcg.get(ccg.id)?.length ?? 0;
  // §4.2: core(c) = fixedPerCcg + perHead·pop(c) + (federated ? perDevolvedLocality·localities(c) : 0)
  const coreParts = {
    fixed: a.core.fixedPerCcg,
    perHead: a.core.perHead * population,
    devolvedLocalities: ccg.federated ? a.core.perDevolvedLocality * localities : 0,
  };
  const core = coreParts.fixed + coreParts.perHead + coreParts.devolvedLocalities;

  const functions: Record<string, FunctionCost> = {};
  let functionsTotal = 0;
  for (const fn of a.functions) {
    const arr = coverage.get(pairKey(ccg.id, fn.id));
    const fc = arr ? costArranged(ccg.id, fn, arr, ctx) : costInHouse(fn, population, a);
    functions[fn.id] = fc;
    functionsTotal += fc.cost;
  }

  // §4.5
  const total = core + functionsTotal;
  const perHead = total / population;
  const headroom = a.capPerHead * population - total;
  return {
    id: ccg.id, name: ccg.name, population, localities, federated: ccg.federated,
    core, coreParts, functions, total, perHead, headroom, status: statusOf(perHead, a),
  };
}

/** §4.5: within if perHead ≤ cap·(1−amberMargin), tight if ≤ cap, else over. */
export function statusOf(perHead: number, a: Pick<Assumptions, 'capPerHead' | 'amberMargin'>): Status {
  if (perHead <= a.capPerHead * (1 - a.amberMargin)) return 'within';
  if (perHead <= a.capPerHead) return 'tight';
  return 'over';
}

/** §4.4 uncovered pair: cost = T_f(pop(c)). */
function costInHouse(fn: SupportFunction, population: number, a: Assumptions): FunctionCost {
  const u = unitCost(fn, population, a.referencePopulation);
  return {
    mode: 'in-house',
    cost: totalFunctionCost(fn, population, a.referencePopulation),
    basis: { scalePopulation: population, unitCost: u },
  };
}

function costArranged(ccgId: string, fn: SupportFunction, arr: Arrangement, ctx: CostContext): FunctionCost {
  const { a, popOf } = ctx;
  const popC = popOf(ccgId);
  const ref = a.referencePopulation;
  const members = effectiveMembers(arr);
  const membersPop = members.reduce((sum, m) => sum + popOf(m), 0);
  const common = { mode: arr.model, arrangementId: arr.id } as const;

  switch (arr.model) {
    case 'shared-service':
    case 'host-ccg': {
      // Pool T_f(P_a)·(1+overhead), split by population share or equally.
      const overhead = arr.model === 'shared-service' ? a.models.sharedService.overhead : a.models.hostCcg.overhead;
      const pool = totalFunctionCost(fn, membersPop, ref) * (1 + overhead);
      const share = arr.allocation === 'equal' ? 1 / members.length : popC / membersPop;
      return {
        ...common,
        cost: pool * share,
        basis: { scalePopulation: membersPop, unitCost: unitCost(fn, membersPop, ref), pool, share, overhead },
      };
    }
    case 'la-partnership': {
      // P_a = Σ pop(m) + laParticipation·pop(LA); the CCG pays pop(c)/P_a of the pool.
      const la = arr.laId ? ctx.index.byId.get(arr.laId) : undefined;
      const laPop = la && la.kind === 'localAuthority' ? la.population : 0;
      const { overhead, laParticipation } = a.models.laPartnership;
      const pA = membersPop + laParticipation * laPop;
      const pool = totalFunctionCost(fn, pA, ref) * (1 + overhead);
      const share = popC / pA;
      return {
        ...common,
        cost: pool * share,
        basis: { scalePopulation: pA, unitCost: unitCost(fn, pA, ref), pool, share, overhead },
      };
    }
    case 'csu': {
      // u_f(P_p)·(1+margin)·pop(c)·(1+clientContractManagement)
      const { margin, clientContractManagement } = a.models.csu;
      const pP = ctx.csuScale.get(arr.providerId ?? '') ?? a.models.csu.otherCustomersPopulation;
      const u = unitCost(fn, pP, ref);
      return {
        ...common,
        providerId: arr.providerId,
        cost: u * (1 + margin) * popC * (1 + clientContractManagement),
        basis: { scalePopulation: pP, unitCost: u, margin, clientContractManagement },
      };
    }
    case 'external': {
      // price = provider's own price for f, else u_f(scalePopulation)·(1+margin);
      // cost = price·pop(c)·(1+clientContractManagement), plus procurementCost/contractYears for
      // the arrangement split by population among its members. The procurement share is spread
      // equally over the arrangement's functions so a CCG's functions still sum to its total.
      const ext = a.models.external;
      const provider = arr.providerId ? ctx.index.byId.get(arr.providerId) : undefined;
      const ownPrice = provider && provider.kind === 'provider' ? provider.prices?.[fn.id] : undefined;
      const u = unitCost(fn, ext.scalePopulation, ref);
      const price = ownPrice ?? u * (1 + ext.margin);
      const procurement = (ext.procurementCost / ext.contractYears) * (popC / membersPop) / arr.functions.length;
      return {
        ...common,
        providerId: arr.providerId,
        cost: price * popC * (1 + ext.clientContractManagement) + procurement,
        basis: {
          scalePopulation: ext.scalePopulation, unitCost: u, margin: ext.margin,
          clientContractManagement: ext.clientContractManagement, price,
          priceSource: ownPrice === undefined ? 'modelled' : 'provider', procurement,
        },
      };
    }
  }
}

/**
 * P_p for each CSU provider: the population of every CCG in the scenario with any csu arrangement
 * with that provider (each CCG once) + otherCustomersPopulation (the provider's, else the model's).
 */
function csuScalePopulations(
  scenario: Scenario, index: ScenarioIndex, a: Assumptions, popOf: (id: string) => number,
): Map<string, number> {
  const customers = new Map<string, Set<string>>();
  for (const arr of scenario.arrangements) {
    if (arr.model !== 'csu' || !arr.providerId) continue;
    let set = customers.get(arr.providerId);
    if (!set) customers.set(arr.providerId, (set = new Set()));
    for (const m of effectiveMembers(arr)) set.add(m);
  }
  const scale = new Map<string, number>();
  for (const [providerId, ccgIds] of customers) {
    const provider = index.byId.get(providerId);
    const others = provider && provider.kind === 'provider' && provider.otherCustomersPopulation !== undefined
      ? provider.otherCustomersPopulation
      : a.models.csu.otherCustomersPopulation;
    let sum = others;
    for (const id of ccgIds) sum += popOf(id);
    scale.set(providerId, sum);
  }
  return scale;
}

/** §4.6: population, total cost, population-weighted per head, counts by status. */
function scenarioTotals(ccgs: readonly CcgResult[]): ScenarioTotals {
  let population = 0;
  let total = 0;
  const counts = { within: 0, tight: 0, over: 0 };
  for (const c of ccgs) {
    population += c.population;
    total += c.total;
    counts[c.status] += 1;
  }
  return { population, total, perHead: population > 0 ? total / population : 0, ...counts };
}
