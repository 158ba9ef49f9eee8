/**
 * The costing engine: a pure function of (workspace, scenario id) → result, implementing the
 * costing model (v1 costs, v3 years and allowances) literally. It expects a workspace that passed validateWorkspace; results are
 * derived, never stored.
 */
import { resolveAssumptions } from '../assumptions/resolveAssumptions';
import { modelOverhead } from '../model/arrangementModels';
import { idRecord, ownValue } from '../model/idRecord';
import { isRemainderLocality } from '../model/remainderLocality';
import { ccgPopulation, indexScenario, type ScenarioIndex } from '../model/scenarioIndex';
import type {
  Assumptions,
  CcgNode,
  Scenario,
  SupportFunction,
  Workspace,
} from '../model/workspace';
import { flagsForYear, standingFlags } from '../risk/riskFlags';
import { ccgAllowances } from './allowance';
import { indexCoverage, type ArrangementInfo, type CoverageIndex } from './coverageIndex';
import type {
  CcgResult,
  CcgSources,
  CostSource,
  FunctionCost,
  ScenarioResult,
  Status,
  YearCcgResult,
  YearResult,
  YearTotals,
} from './results';
import { unitCost } from './unitCost';
import { staffingOf } from '../staffing/resolveStaffing';
import {
  coreFromStructure,
  functionFromStructure,
  indexStructures,
  singlePointOfFailureFlags,
  type CostedStructure,
  type StructureIndex,
} from '../staffing/structureCosting';

/** Which planning year the result's `ccgs`, `totals` and `flags` are for (default the first). */
export interface CostOptions {
  readonly yearId?: string;
}

/**
 * Costs one scenario of a workspace: every planning year in `years`, and the chosen year (the
 * first unless `options.yearId` names another) in full in `ccgs`, `totals` and `flags`.
 * Throws if the scenario or the year does not exist.
 */
export function costScenario(
  workspace: Workspace,
  scenarioId: string,
  options: CostOptions = {},
): ScenarioResult {
  const scenario = workspace.scenarios.find((s) => s.id === scenarioId);
  if (!scenario)
    throw new Error(`Scenario "${scenarioId}" does not exist in workspace "${workspace.name}".`);
  return costScenarioWith(
    scenario,
    resolveAssumptions(workspace.assumptions, scenario.assumptionOverrides),
    options,
  );
}

/** Costs a scenario under given (already resolved) assumptions: used for what-ifs and sensitivity. */
export function costScenarioWith(
  scenario: Scenario,
  a: Assumptions,
  options: CostOptions = {},
): ScenarioResult {
  const chosen =
    options.yearId === undefined ? 0 : a.years.findIndex((y) => y.id === options.yearId);
  const year = a.years[chosen];
  if (!year) {
    throw new Error(
      options.yearId === undefined
        ? `Scenario "${scenario.name}" has no planning years.`
        : `Year "${options.yearId}" is not a planning year (${a.years.map((y) => y.id).join(', ')}).`,
    );
  }
  const index = indexScenario(scenario);
  const pop = new Map<string, number>();
  for (const ccg of index.ccgs) pop.set(ccg.id, ccgPopulation(ccg, index));
  const popOf = (id: string): number => pop.get(id) ?? 0;

  const coverage = indexCoverage(scenario.arrangements, popOf);
  const csuScale = csuScalePopulations(coverage, index, a, popOf);
  const staffing = staffingOf(a);
  const structures = indexStructures(scenario, staffing);
  const ctx: CostContext = { a, index, popOf, csuScale, coverage, structures, figures: new Map() };

  // The year-independent costs, worked out once; each year only scales them.
  const base = index.ccgs.map((ccg) => costCcg(ccg, ctx));
  const allowances = index.ccgs.map((ccg, i) => ccgAllowances(ccg, a.years, base[i]!.population));
  const standingV3 = standingFlags(scenario, a, index, base, coverage.arrangements);
  // Staffing's single-point-of-failure flags are the same every year: after the others.
  const spof = singlePointOfFailureFlags(
    scenario,
    structures,
    (ccgId, fnId) => !coverage.byCcg.get(ccgId)?.has(fnId),
    (fnId) => a.functions.find((f) => f.id === fnId)?.name ?? fnId,
    staffing.minWtePerFunction,
  );
  const standing =
    spof.length === 0 ? standingV3 : { ...standingV3, rest: [...standingV3.rest, ...spof] };

  const years: YearResult[] = a.years.map((y, yi) => {
    const ccgs = base.map((c, i) =>
      yearFigures(c, y.costIndex, allowances[i]![yi]!, a.amberMargin),
    );
    return {
      id: y.id,
      label: y.label,
      allowancePerHead: y.allowancePerHead,
      costIndex: y.costIndex,
      ccgs,
      totals: yearTotals(ccgs),
      flags: flagsForYear(ccgs, y, standing),
    };
  });
  const shown = years[chosen]!;
  return {
    scenarioId: scenario.id,
    name: scenario.name,
    year,
    ccgs: base.map((c, i) => inYear(c, shown.ccgs[i]!, year.costIndex)),
    totals: shown.totals,
    flags: shown.flags,
    years,
  };
}

interface CostContext {
  readonly a: Assumptions;
  readonly index: ScenarioIndex;
  readonly popOf: (ccgId: string) => number;
  /** P_p for each CSU provider id (DESIGN.md §4.4, csu). */
  readonly csuScale: ReadonlyMap<string, number>;
  readonly coverage: CoverageIndex;
  /** Every CCG's and pooled arrangement's posts, costed once. */
  readonly structures: StructureIndex;
  /** What an arrangement's function costs before any member's share, filled in on first use. */
  readonly figures: Map<ArrangementInfo, Map<SupportFunction, ArrangedFigures>>;
}

/** The part of an arranged (CCG, function) cost that is the same for every member. */
interface ArrangedFigures {
  /** P_a, P_p or the external scale population. */
  readonly scalePopulation: number;
  readonly unitCost: number;
  /** Pooled models: T_f(P_a)·(1+overhead), or the posts headed f × (1+overhead); 0 for bought models. */
  readonly pool: number;
  /** The arrangement's posts headed f, when they replace T_f(P_a). */
  readonly posts?: {
    readonly cost: number;
    readonly wte: number;
    readonly postIds: readonly string[];
  };
  /** External: the provider's own price for f, if it has one. */
  readonly ownPrice?: number;
}

/** A CCG's year-independent costs: the v1 figures, split into running and programme. */
interface BaseCcg {
  readonly id: string;
  readonly name: string;
  readonly population: number;
  readonly localities: number;
  readonly federated: boolean;
  readonly core: number;
  readonly coreParts: CcgResult['coreParts'];
  readonly corePostIds: readonly string[];
  readonly wte: number;
  readonly sources: CcgSources;
  readonly functions: Readonly<Record<string, FunctionCost>>;
  readonly running: number;
  readonly programme: number;
}

function costCcg(ccg: CcgNode, ctx: CostContext): BaseCcg {
  const { a } = ctx;
  const population = ctx.popOf(ccg.id);
  // The remainder of a CCG's own figure is not a locality with a budget of its own: not devolved.
  let localities = 0;
  for (const l of ctx.index.localitiesByCcg.get(ccg.id) ?? [])
    if (!isRemainderLocality(l)) localities += 1;
  // §4.2: core(c) = fixedPerCcg + perHead·pop(c) + (federated ? perDevolvedLocality·localities(c) : 0);
  // with core-heading posts, core = their cost (with their non-pay share) + devolved localities.
  const own = ctx.structures.ccgs.get(ccg.id);
  const corePosts = coreFromStructure(own);
  const devolvedLocalities = ccg.federated ? a.core.perDevolvedLocality * localities : 0;
  const coreParts = corePosts
    ? { fixed: 0, perHead: 0, devolvedLocalities, posts: corePosts.cost }
    : {
        fixed: a.core.fixedPerCcg,
        perHead: a.core.perHead * population,
        devolvedLocalities,
        posts: 0,
      };
  const core = coreParts.fixed + coreParts.perHead + coreParts.posts + coreParts.devolvedLocalities;
  let wte = corePosts?.wte ?? 0;
  const sources = idRecord<CostSource>();

  const covered = ctx.coverage.byCcg.get(ccg.id);
  // Keyed by function id, which may be any text a file holds ("constructor", "__proto__").
  const functions = idRecord<FunctionCost>();
  // Summed in function order, so with every function running, running is the v1 total to the bit.
  let runningFunctions = 0;
  let programme = 0;
  for (const fn of a.functions) {
    const info = covered?.get(fn.id);
    const fc = info ? costArranged(population, fn, info, ctx) : costInHouse(fn, population, a, own);
    functions[fn.id] = fc;
    sources[fn.id] = fc.source;
    wte += fc.wte ?? 0;
    if (fn.runningCost) runningFunctions += fc.cost;
    else programme += fc.cost;
  }
  return {
    id: ccg.id,
    name: ccg.name,
    population,
    localities,
    federated: ccg.federated,
    core,
    coreParts,
    corePostIds: corePosts?.postIds ?? [],
    wte,
    sources: { core: corePosts ? 'structure' : 'estimate', functions: sources },
    functions,
    running: core + runningFunctions,
    programme,
  };
}

/** One CCG in one year: the year-independent costs times the cost index, tested against the allowance. */
function yearFigures(
  c: BaseCcg,
  costIndex: number,
  allowance: number,
  amberMargin: number,
): YearCcgResult {
  const running = costIndex * c.running;
  const programme = costIndex * c.programme;
  return {
    id: c.id,
    name: c.name,
    population: c.population,
    wte: c.wte,
    sources: c.sources,
    running,
    programme,
    total: running + programme,
    allowance,
    perHead: running / c.population,
    headroom: allowance - running,
    status: statusOf(running, allowance, amberMargin),
  };
}

/** The full record of a CCG for the chosen year: every money figure scaled by its cost index. */
function inYear(c: BaseCcg, y: YearCcgResult, costIndex: number): CcgResult {
  const scale = (n: number): number => costIndex * n;
  const functions = idRecord<FunctionCost>();
  for (const id in c.functions) {
    const fc = c.functions[id]!;
    functions[id] = costIndex === 1 ? fc : { ...fc, cost: scale(fc.cost) };
  }
  return {
    id: c.id,
    name: c.name,
    population: c.population,
    localities: c.localities,
    federated: c.federated,
    core: scale(c.core),
    coreParts:
      costIndex === 1
        ? c.coreParts
        : {
            fixed: scale(c.coreParts.fixed),
            perHead: scale(c.coreParts.perHead),
            devolvedLocalities: scale(c.coreParts.devolvedLocalities),
            posts: scale(c.coreParts.posts),
          },
    corePostIds: c.corePostIds,
    wte: c.wte,
    sources: c.sources,
    functions,
    total: y.total,
    running: y.running,
    programme: y.programme,
    allowance: y.allowance,
    perHead: y.perHead,
    headroom: y.headroom,
    status: y.status,
  };
}

/**
 * within if running ≤ (1 − amberMargin) × allowance, tight if running ≤ allowance, else over
 * (the same test on the totals, not on per-head figures, so a published allowance needs no population).
 */
export function statusOf(running: number, allowance: number, amberMargin: number): Status {
  if (running <= (1 - amberMargin) * allowance) return 'within';
  if (running <= allowance) return 'tight';
  return 'over';
}

/**
 * §4.4 uncovered pair: cost = T_f(pop(c)) = u_f(pop(c))·pop(c), unless the CCG has posts headed f:
 * then those posts' cost (with their non-pay share).
 */
function costInHouse(
  fn: SupportFunction,
  population: number,
  a: Assumptions,
  own: CostedStructure | undefined,
): FunctionCost {
  const u = unitCost(fn, population, a.referencePopulation);
  const posts = functionFromStructure(own, fn.id);
  if (posts) {
    return {
      mode: 'in-house',
      source: 'structure',
      postIds: posts.postIds,
      wte: posts.wte,
      cost: posts.cost,
      basis: { scalePopulation: population, unitCost: posts.cost / population },
    };
  }
  return {
    mode: 'in-house',
    source: 'estimate',
    cost: u * population,
    basis: { scalePopulation: population, unitCost: u },
  };
}

/** The member-independent figures of (arrangement, function), worked out once per pass. */
function arrangedFigures(
  fn: SupportFunction,
  info: ArrangementInfo,
  ctx: CostContext,
): ArrangedFigures {
  let byFunction = ctx.figures.get(info);
  if (!byFunction) ctx.figures.set(info, (byFunction = new Map()));
  const known = byFunction.get(fn);
  if (known) return known;

  const { a } = ctx;
  const arr = info.arrangement;
  const ref = a.referencePopulation;
  let figures: ArrangedFigures;
  switch (arr.model) {
    case 'shared-service':
    case 'host-ccg': {
      // Pool T_f(P_a)·(1+overhead) with P_a = Σ pop(m).
      const overhead = modelOverhead(a, arr.model);
      const u = unitCost(fn, info.membersPop, ref);
      const posts = functionFromStructure(ctx.structures.arrangements.get(arr.id), fn.id);
      figures = {
        scalePopulation: info.membersPop,
        unitCost: u,
        pool: (posts ? posts.cost : u * info.membersPop) * (1 + overhead),
        posts,
      };
      break;
    }
    case 'la-partnership': {
      // P_a = Σ pop(m) + laParticipation·pop(LA).
      const la = arr.laId ? ctx.index.byId.get(arr.laId) : undefined;
      const laPop = la && la.kind === 'localAuthority' ? la.population : 0;
      const { laParticipation } = a.models.laPartnership;
      const overhead = modelOverhead(a, arr.model);
      const pA = info.membersPop + laParticipation * laPop;
      const u = unitCost(fn, pA, ref);
      const posts = functionFromStructure(ctx.structures.arrangements.get(arr.id), fn.id);
      figures = {
        scalePopulation: pA,
        unitCost: u,
        pool: (posts ? posts.cost : u * pA) * (1 + overhead),
        posts,
      };
      break;
    }
    case 'csu': {
      const pP = ctx.csuScale.get(arr.providerId ?? '') ?? a.models.csu.otherCustomersPopulation;
      figures = { scalePopulation: pP, unitCost: unitCost(fn, pP, ref), pool: 0 };
      break;
    }
    case 'external': {
      const ext = a.models.external;
      const provider = arr.providerId ? ctx.index.byId.get(arr.providerId) : undefined;
      const ownPrice =
        provider && provider.kind === 'provider' ? ownValue(provider.prices, fn.id) : undefined;
      const u = unitCost(fn, ext.scalePopulation, ref);
      figures = { scalePopulation: ext.scalePopulation, unitCost: u, pool: 0, ownPrice };
      break;
    }
  }
  byFunction.set(fn, figures);
  return figures;
}

/** Pooled posts: which they are, and a member's share of their WTE. */
function pooledPosts(
  posts: NonNullable<ArrangedFigures['posts']>,
  share: number,
): Pick<FunctionCost, 'source' | 'postIds' | 'wte'> {
  return { source: 'structure', postIds: posts.postIds, wte: posts.wte * share };
}

function costArranged(
  popC: number,
  fn: SupportFunction,
  info: ArrangementInfo,
  ctx: CostContext,
): FunctionCost {
  const { a } = ctx;
  const arr = info.arrangement;
  const { scalePopulation, unitCost: u, pool, ownPrice, posts } = arrangedFigures(fn, info, ctx);

  switch (arr.model) {
    case 'shared-service':
    case 'host-ccg': {
      // The pool split by population share or equally.
      const overhead = modelOverhead(a, arr.model);
      const share = arr.allocation === 'equal' ? 1 / info.members.length : popC / info.membersPop;
      const basis = { scalePopulation, unitCost: u, pool, share, overhead };
      return posts
        ? {
            mode: arr.model,
            arrangementId: arr.id,
            ...pooledPosts(posts, share),
            cost: pool * share,
            basis,
          }
        : { mode: arr.model, arrangementId: arr.id, source: 'estimate', cost: pool * share, basis };
    }
    case 'la-partnership': {
      // The CCG pays pop(c)/P_a of the pool.
      const share = popC / scalePopulation;
      const basis = {
        scalePopulation,
        unitCost: u,
        pool,
        share,
        overhead: modelOverhead(a, arr.model),
      };
      return posts
        ? {
            mode: arr.model,
            arrangementId: arr.id,
            ...pooledPosts(posts, share),
            cost: pool * share,
            basis,
          }
        : { mode: arr.model, arrangementId: arr.id, source: 'estimate', cost: pool * share, basis };
    }
    case 'csu': {
      // u_f(P_p)·(1+margin)·pop(c)·(1+clientContractManagement)
      const { margin, clientContractManagement } = a.models.csu;
      return {
        mode: arr.model,
        arrangementId: arr.id,
        providerId: arr.providerId,
        source: 'estimate',
        cost: u * (1 + margin) * popC * (1 + clientContractManagement),
        basis: { scalePopulation, unitCost: u, margin, clientContractManagement },
      };
    }
    case 'external': {
      // price = provider's own price for f, else u_f(scalePopulation)·(1+margin);
      // cost = price·pop(c)·(1+clientContractManagement), plus procurementCost/contractYears for
      // the arrangement split by population among its members. The procurement share is spread
      // equally over the arrangement's functions so a CCG's functions still sum to its total.
      const ext = a.models.external;
      const price = ownPrice ?? u * (1 + ext.margin);
      const procurement =
        ((ext.procurementCost / ext.contractYears) * (popC / info.membersPop)) /
        arr.functions.length;
      return {
        mode: arr.model,
        arrangementId: arr.id,
        providerId: arr.providerId,
        source: 'estimate',
        cost: price * popC * (1 + ext.clientContractManagement) + procurement,
        basis: {
          scalePopulation,
          unitCost: u,
          margin: ext.margin,
          clientContractManagement: ext.clientContractManagement,
          price,
          priceSource: ownPrice === undefined ? 'modelled' : 'provider',
          procurement,
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
  coverage: CoverageIndex,
  index: ScenarioIndex,
  a: Assumptions,
  popOf: (id: string) => number,
): Map<string, number> {
  const customers = new Map<string, Set<string>>();
  for (const { arrangement: arr, members } of coverage.arrangements) {
    if (arr.model !== 'csu' || !arr.providerId) continue;
    let set = customers.get(arr.providerId);
    if (!set) customers.set(arr.providerId, (set = new Set()));
    for (const m of members) set.add(m);
  }
  const scale = new Map<string, number>();
  for (const [providerId, ccgIds] of customers) {
    const provider = index.byId.get(providerId);
    const others =
      provider && provider.kind === 'provider' && provider.otherCustomersPopulation !== undefined
        ? provider.otherCustomersPopulation
        : a.models.csu.otherCustomersPopulation;
    let sum = others;
    for (const id of ccgIds) sum += popOf(id);
    scale.set(providerId, sum);
  }
  return scale;
}

/** A year's totals: population, running, programme, total, allowance, headroom, counts by status. */
function yearTotals(ccgs: readonly YearCcgResult[]): YearTotals {
  let population = 0;
  let running = 0;
  let programme = 0;
  let total = 0;
  let allowance = 0;
  let headroom = 0;
  const counts = { within: 0, tight: 0, over: 0 };
  for (const c of ccgs) {
    population += c.population;
    running += c.running;
    programme += c.programme;
    total += c.total;
    allowance += c.allowance;
    headroom += c.headroom;
    counts[c.status] += 1;
  }
  return {
    population,
    running,
    programme,
    total,
    allowance,
    headroom,
    perHead: population > 0 ? running / population : 0,
    ...counts,
  };
}
