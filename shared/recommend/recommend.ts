/**
 * Recommend: the cheapest configuration of support for a scope of CCGs that meets the rules.
 * Candidates are costed by the engine, a set-partitioning programme picks among them (HiGHS,
 * through an LpSolver), and the scenario built from the pick is costed again by the engine,
 * whose figures are the ones reported. A CSU's price depends on who buys from it, so the
 * programme is re-solved with the CSU prices of the buyers just chosen until the buyers repeat.
 */
import { costScenarioWith } from '../costing/costScenario';
import type { ScenarioResult } from '../costing/results';
import { formatPounds } from '../format/format';
import type { Scenario } from '../model/workspace';
import { buildScenario, recommendedName, type Choice } from './buildScenario';
import { costCandidates, type CandidateCost } from './candidateCosts';
import { generateCandidates, type Candidate } from './candidates';
import { changeList, checkRules, type CcgChange, type RuleCheck } from './changeList';
import type { LpSolver } from './lpSolver';
import { pruneDominated } from './dominance';
import type { FixedCosts } from './mipModel';
import type { RecommendOptions } from './options';
import { prepareProblem, type RecommendProblem } from './problem';
import { solveRound, type SolveControl } from './solveParts';
import { costOptions, runningInYear } from './yearBasis';
import type { Workspace } from '../model/workspace';

/** Rounds of re-pricing the CSUs before giving up on a fixed point. */
export const MAX_ROUNDS = 8;

export type Convergence = 'fixed-point' | 'cycle' | 'round-limit' | 'time-limit' | 'cancelled';

export interface Binding {
  readonly ccgId: string;
  readonly name: string;
  readonly rule: 'within-allowance';
  /** Running cost over the allowance, £ (0 or less: at the limit). */
  readonly overshoot: number;
  readonly message: string;
}

export interface Recommendation {
  readonly scenario: Scenario;
  /** The planning year it is for. */
  readonly yearId: string;
  /** The engine's costing of the new scenario. */
  readonly result: ScenarioResult;
  readonly rounds: number;
  readonly convergence: Convergence;
  /** HiGHS proved the last programme optimal and the CSU prices reached a fixed point. */
  readonly optimal: boolean;
  /** Every CCG in scope within its allowance (or the rule was off). */
  readonly withinAllowance: boolean;
  readonly binding: readonly Binding[];
  readonly changes: readonly CcgChange[];
  readonly rules: readonly RuleCheck[];
  /** The scope's running cost in the year by the solver's own figures, and by the engine's. */
  readonly solverRunning: number;
  readonly engineRunning: number;
  readonly status: string;
}

export interface RecommendProgress {
  readonly round: number;
  readonly maxRounds: number;
  /** How far through this round's solves, 0–1; absent once the round is done. */
  readonly roundDone?: number;
  /** The scope's running cost of the best answer so far (engine figures), £. */
  readonly bestRunning?: number;
  readonly message: string;
}

export interface RecommendHooks {
  readonly onProgress?: (progress: RecommendProgress) => void;
  readonly shouldCancel?: () => boolean;
  /**
   * Seconds HiGHS may take in all. When they run out the solve under way keeps its best answer,
   * no further round starts, and the recommendation says it is not proved optimal.
   */
  readonly timeLimitSeconds?: number;
}

export type RecommendOutcome =
  | { readonly ok: true; readonly recommendation: Recommendation }
  | { readonly ok: false; readonly errors: readonly string[] };

interface Round {
  readonly choice: Choice;
  readonly scenario: Scenario;
  readonly result: ScenarioResult;
  readonly solverRunning: number;
  readonly engineRunning: number;
  readonly worstOvershoot: number;
  readonly optimal: boolean;
  readonly status: string;
  /** The candidate costs this round was solved with. */
  readonly costs: readonly CandidateCost[];
}

export function recommend(
  workspace: Workspace,
  scenarioId: string,
  options: RecommendOptions,
  solve: LpSolver,
  hooks: RecommendHooks = {},
): RecommendOutcome {
  const prepared = prepareProblem(workspace, scenarioId, options);
  if (!prepared.ok) return prepared;
  const p = prepared.problem;
  const generated = generateCandidates(p);
  if (!generated.ok) return generated;
  // Costs that do not depend on the CSUs' scale are worked out once.
  const all = generated.candidates;
  const allCosts = costCandidates(
    p,
    all.map((c) => (c.model === 'csu' ? { ...c, functions: [] } : c)),
  );
  const { candidates, fixedCosts } = pruneDominated(p, all, allCosts);
  const inScope = new Set(p.scope.map((c) => c.id));

  let scale = startingCsuScale(p);
  let pricedWith = buyersKey(scale);
  const seen = new Map<string, number>();
  const rounds: Round[] = [];
  let convergence: Convergence = 'round-limit';
  const limit = hooks.timeLimitSeconds;
  const deadline = limit === undefined ? undefined : Date.now() + limit * 1000;
  const secondsLeft = (): number | undefined =>
    deadline === undefined ? undefined : (deadline - Date.now()) / 1000;
  for (let r = 1; r <= MAX_ROUNDS; r++) {
    if (hooks.shouldCancel?.()) {
      convergence = 'cancelled';
      break;
    }
    if (rounds.length > 0 && (secondsLeft() ?? 1) <= 0) {
      convergence = 'time-limit';
      break;
    }
    seen.set(pricedWith, r);
    const csuAt = candidates.flatMap((c, i) => (c.model === 'csu' ? [i] : []));
    const csuCosts = costCandidates(
      p,
      csuAt.map((i) => candidates[i] as Candidate),
      (id) => scale.get(id)?.population,
    );
    const costs = [...fixedCosts];
    csuAt.forEach((i, k) => {
      costs[i] = csuCosts[k];
    });
    const fixed = fixedRunning(p, scale);
    const bestSoFar = rounds.length > 0 ? bestOf(rounds).engineRunning : undefined;
    let reached = 0;
    const control: SolveControl = {
      secondsLeft,
      onSolved: (done, of) =>
        hooks.onProgress?.({
          round: r,
          maxRounds: MAX_ROUNDS,
          roundDone: (reached = Math.max(reached, done / of)),
          ...(bestSoFar !== undefined ? { bestRunning: bestSoFar } : {}),
          message: `Round ${r}: step ${done} of ${of}`,
        }),
    };
    const round = roundOf(p, candidates, costs as CandidateCost[], fixed, solve, control);
    rounds.push(round);
    const best = bestOf(rounds);
    hooks.onProgress?.({
      round: r,
      maxRounds: MAX_ROUNDS,
      bestRunning: best.engineRunning,
      message: `Round ${r}: ${formatPounds(round.engineRunning)} (best so far ${formatPounds(best.engineRunning)})`,
    });
    scale = csuScaleOf(p, round.scenario);
    const next = buyersKey(scale);
    if (next === pricedWith) {
      convergence = 'fixed-point';
      break;
    }
    if (seen.has(next)) {
      convergence = 'cycle';
      break;
    }
    pricedWith = next;
  }
  if (rounds.length === 0) return { ok: false, errors: ['cancelled before the first answer'] };

  // At a fixed point the last round's prices are the ones it produced; otherwise take the best seen.
  const chosen =
    convergence === 'fixed-point' ? (rounds[rounds.length - 1] as Round) : bestOf(rounds);
  const withinAllowance = !options.withinAllowance || chosen.worstOvershoot <= 0.005;
  const binding = bindingOf(p, chosen, candidates, inScope);
  return {
    ok: true,
    recommendation: {
      scenario: chosen.scenario,
      yearId: p.year.id,
      result: chosen.result,
      rounds: rounds.length,
      convergence,
      optimal: convergence === 'fixed-point' && chosen.optimal,
      withinAllowance,
      binding,
      changes: changeList(p, chosen.scenario, chosen.result),
      rules: checkRules(p, chosen.scenario, chosen.result),
      solverRunning: chosen.solverRunning,
      engineRunning: chosen.engineRunning,
      status: chosen.status,
    },
  };
}

/** Feasible answers first, then the least overshoot, then the least running cost. */
function bestOf(rounds: readonly Round[]): Round {
  return rounds.reduce((best, r) => {
    const bo = Math.max(0, best.worstOvershoot);
    const ro = Math.max(0, r.worstOvershoot);
    if (ro < bo - 0.005) return r;
    if (ro > bo + 0.005) return best;
    return r.engineRunning < best.engineRunning - 0.005 ? r : best;
  });
}

interface CsuScale {
  /** CCG ids buying from the CSU. */
  readonly buyers: ReadonlySet<string>;
  /** P_p: the buyers' population plus the CSU's other customers. */
  readonly population: number;
}

function otherCustomers(p: RecommendProblem, providerId: string): number {
  const node = p.index.byId.get(providerId);
  return node && node.kind === 'provider' && node.otherCustomersPopulation !== undefined
    ? node.otherCustomersPopulation
    : p.a.models.csu.otherCustomersPopulation;
}

/** Who buys from each CSU in a scenario, and the CSU's scale. */
function csuScaleOf(p: RecommendProblem, scenario: Scenario): Map<string, CsuScale> {
  const out = new Map<string, CsuScale>();
  for (const provider of p.index.providers) {
    if (provider.providerType !== 'csu') continue;
    const buyers = new Set<string>();
    for (const arr of scenario.arrangements)
      if (arr.model === 'csu' && arr.providerId === provider.id)
        for (const m of arr.members) buyers.add(m);
    let population = otherCustomers(p, provider.id);
    for (const b of buyers) population += p.pop.get(b) ?? 0;
    out.set(provider.id, { buyers, population });
  }
  return out;
}

/**
 * The first round's CSU prices: as if every CCG in scope bought from every CSU alongside today's
 * buyers. Starting from the largest scale finds the answer where CCGs buy together, which a
 * start from today's (often empty) customer list can miss; it then converges downwards.
 */
function startingCsuScale(p: RecommendProblem): Map<string, CsuScale> {
  const current = csuScaleOf(p, p.scenario);
  if (!p.options.models.includes('csu')) return current;
  const out = new Map<string, CsuScale>();
  for (const [id, s] of current) {
    const buyers = new Set([...s.buyers, ...p.scope.map((c) => c.id)]);
    let population = otherCustomers(p, id);
    for (const b of buyers) population += p.pop.get(b) ?? 0;
    out.set(id, { buyers, population });
  }
  return out;
}

function buyersKey(scale: ReadonlyMap<string, CsuScale>): string {
  return [...scale]
    .map(([id, s]) => `${id}:${[...s.buyers].sort().join(',')}`)
    .sort()
    .join(';');
}

/**
 * Each scope CCG's running cost in the year that no choice changes — its core and its kept cells —
 * costed by the engine on the scenario holding only the kept arrangements, each CSU given the
 * other customers that make its scale this round's.
 */
function fixedRunning(p: RecommendProblem, scale: ReadonlyMap<string, CsuScale>): FixedCosts {
  const arrangements = p.scenario.arrangements.flatMap((arr) => {
    const keep = p.kept.get(arr.id);
    return keep && keep.size > 0
      ? [{ ...arr, functions: arr.functions.filter((f) => keep.has(f)) }]
      : [];
  });
  const keptBuyers = new Map<string, Set<string>>();
  for (const arr of arrangements) {
    if (arr.model !== 'csu' || !arr.providerId) continue;
    const set = keptBuyers.get(arr.providerId) ?? new Set<string>();
    for (const m of arr.members) set.add(m);
    keptBuyers.set(arr.providerId, set);
  }
  const nodes = p.scenario.nodes.map((n) => {
    const s = n.kind === 'provider' ? scale.get(n.id) : undefined;
    if (!s || n.kind !== 'provider') return n;
    let own = 0;
    for (const b of keptBuyers.get(n.id) ?? []) own += p.pop.get(b) ?? 0;
    return { ...n, otherCustomersPopulation: s.population - own };
  });
  const result = costScenarioWith({ ...p.scenario, nodes, arrangements }, p.a, costOptions(p.year));
  const running = new Map<string, number>();
  for (const c of result.ccgs) {
    const free = p.free.get(c.id);
    if (!free) continue;
    let sum = c.core;
    for (const [fid, fc] of Object.entries(c.functions))
      if (!free.has(fid) && p.year.isRunning(fid)) sum += fc.cost;
    running.set(c.id, sum);
  }
  return { running };
}

function roundOf(
  p: RecommendProblem,
  candidates: readonly Candidate[],
  costs: readonly CandidateCost[],
  fixed: FixedCosts,
  solve: LpSolver,
  control: SolveControl,
): Round {
  const solved = solveRound(p, candidates, costs, fixed, solve, control);
  const scenario = buildScenario(
    p,
    candidates,
    solved.choice,
    recommendedName(p, solved.overshooting),
    notesFor(p),
  );
  const result = costScenarioWith(scenario, p.a, costOptions(p.year));
  let engineRunning = 0;
  let worstOvershoot = -Infinity;
  for (const c of result.ccgs) {
    if (!p.free.has(c.id)) continue;
    const running = runningInYear(c);
    engineRunning += running;
    worstOvershoot = Math.max(worstOvershoot, running - p.year.allowance(c.id));
  }
  return {
    choice: solved.choice,
    scenario,
    result,
    solverRunning: solved.solverRunning,
    engineRunning,
    worstOvershoot,
    optimal: solved.optimal,
    status: solved.status,
    costs,
  };
}

function notesFor(p: RecommendProblem): string {
  const o = p.options;
  const models = o.models.join(', ');
  return (
    `Recommended by CCG Modeller from "${p.scenario.name}": the least running cost in ${p.year.label} for ${p.scope.length} CCG${p.scope.length === 1 ? '' : 's'}` +
    `${o.withinAllowance ? ', every CCG within its allowance where possible' : ''}; models ${models}; at most ${o.maxMembers} members per pooled arrangement` +
    `${o.withinCluster ? ', sharing only within a cluster' : ''}${o.noExternalBi ? ', no external contract for business intelligence' : ''}` +
    `${o.noDominantHost ? ', no dominant host' : ''}.`
  );
}

/**
 * Which CCGs the allowance rule binds: when it could not be met, those with the largest
 * overshoot, saying whether even their cheapest allowed options are over; when it was met, those
 * left with under £1 of headroom.
 */
function bindingOf(
  p: RecommendProblem,
  round: Round,
  candidates: readonly Candidate[],
  inScope: ReadonlySet<string>,
): Binding[] {
  if (!p.options.withinAllowance) return [];
  const out: Binding[] = [];
  const label = p.year.label;
  for (const c of round.result.ccgs) {
    if (!inScope.has(c.id)) continue;
    const over = runningInYear(c) - p.year.allowance(c.id);
    if (round.worstOvershoot > 0.005 ? over < round.worstOvershoot - 1 : over < -1) continue;
    const alone = cheapestAlone(p, c.id, candidates, round);
    const message =
      over > 0.005
        ? `${c.name} stays ${formatPounds(over)} over its ${label} allowance at best: ${
            alone > p.year.allowance(c.id)
              ? `even its cheapest allowed option for every function would cost ${formatPounds(alone - p.year.allowance(c.id))} more than the allowance, so the models, sharing and size rules bind`
              : 'keeping the other CCGs within theirs stops it reaching its cheapest options'
          }`
        : `${c.name} is exactly at its ${label} allowance: the rule binds`;
    out.push({ ccgId: c.id, name: c.name, rule: 'within-allowance', overshoot: over, message });
  }
  return out.sort((x, y) => y.overshoot - x.overshoot);
}

/** A lower bound on a CCG's running cost in the year: each free function at its cheapest option. */
function cheapestAlone(
  p: RecommendProblem,
  ccgId: string,
  candidates: readonly Candidate[],
  round: Round,
): number {
  const free = p.free.get(ccgId) ?? new Set<string>();
  const ccg = round.result.ccgs.find((c) => c.id === ccgId);
  if (!ccg) return 0;
  let running = ccg.core;
  for (const [fid, fc] of Object.entries(ccg.functions))
    if (!free.has(fid) && p.year.isRunning(fid)) running += fc.cost;
  for (const f of free) {
    if (!p.year.isRunning(f)) continue;
    let best = Infinity;
    candidates.forEach((cand, i) => {
      const k = cand.members.indexOf(ccgId);
      const v = k < 0 ? undefined : round.costs[i]?.byFunction.get(f)?.[k];
      if (v !== undefined) best = Math.min(best, v);
    });
    if (Number.isFinite(best)) running += best;
  }
  return running;
}
