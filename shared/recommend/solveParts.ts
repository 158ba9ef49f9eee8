/**
 * One round's programme, solved part by part (see parts.ts) after dropping the columns no optimum
 * uses (see dominance.ts).
 *
 * With the allowance rule the answer is the cheapest configuration whose largest overshoot is the
 * least possible, s*. No CCG can do better than each of its functions at its cheapest option, so
 * the largest such figure is a floor under s* — and usually s* itself: the CCG that binds takes
 * its cheapest options and the others have room. So each part is first solved for the least cost
 * with every CCG at most that floor over (HiGHS solves a cost objective far faster than a bare
 * min-max). Only a part that cannot meet the floor has its own least overshoot found; if that
 * raises s*, every part is solved again with the room s* gives.
 */
import type { CandidateCost } from './candidateCosts';
import type { Candidate } from './candidates';
import { undominatedFunctions } from './dominance';
import type { LpSolution, LpSolver } from './lpSolver';
import {
  buildMip,
  fixedOvershoot,
  type AllowanceMode,
  type FixedCosts,
  type MipModel,
  type MipPart,
} from './mipModel';
import { splitIntoParts } from './parts';
import type { RecommendProblem } from './problem';

export interface RoundSolution {
  /** Candidate index → the functions it delivers. */
  readonly choice: ReadonlyMap<number, ReadonlySet<string>>;
  /** The scope's running cost by the solver's own figures. */
  readonly solverRunning: number;
  /** No configuration keeps every CCG within its allowance. */
  readonly overshooting: boolean;
  /** Every part's programme proved optimal. */
  readonly optimal: boolean;
  /** HiGHS's status, or the first that was not "Optimal". */
  readonly status: string;
}

export interface SolveControl {
  /** Seconds left for HiGHS in all; undefined: no limit. A solve stopped by it keeps its best answer. */
  readonly secondsLeft?: () => number | undefined;
  /** Called after each solve: how many of the round's solves are done, of how many. */
  readonly onSolved?: (done: number, of: number) => void;
}

interface Solved {
  readonly model: MipModel;
  readonly solution: LpSolution;
}

/** Below this a part's overshoot is rounding: every CCG counts as within. */
const WITHIN = 0.005;

export function solveRound(
  p: RecommendProblem,
  candidates: readonly Candidate[],
  costs: readonly CandidateCost[],
  fixed: FixedCosts,
  solve: LpSolver,
  control: SolveControl = {},
): RoundSolution {
  const functions = undominatedFunctions(candidates, costs);
  const parts: MipPart[] = splitIntoParts(
    candidates.map((c, i) => ((functions[i]?.length ?? 0) > 0 ? c.members : [])),
  ).map((part) => ({
    ccgIds: new Set(part.ccgIds),
    columns: new Map(part.candidates.map((i) => [i, functions[i] ?? []] as const)),
  }));

  // Usually one solve per part; a part that cannot meet the floor adds some.
  let planned = parts.length;
  let done = 0;
  const run = (part: MipPart, mode: AllowanceMode): Solved => {
    const model = buildMip(p, candidates, costs, fixed, mode, part);
    const seconds = control.secondsLeft?.();
    // A hard part may take the time left but a moment for each solve still to come; past the
    // limit a part still gets that moment, for an answer rather than none.
    const moment = 0.1;
    const solution = solve(
      model.text,
      seconds === undefined
        ? {}
        : {
            timeLimitSeconds: Math.max(moment, seconds - moment * Math.max(0, planned - done - 1)),
          },
    );
    done += 1;
    control.onSolved?.(done, Math.max(planned, done));
    return { model, solution };
  };

  let picked: Solved[] = [];
  let overshooting = false;
  if (!p.options.withinAllowance)
    for (const part of parts) picked.push(run(part, { kind: 'none' }));
  else {
    const decided = new Set(parts.flatMap((part) => [...part.ccgIds]));
    const floor = Math.max(
      0,
      fixedOvershoot(p, decided, fixed),
      cheapestOvershoot(p, decided, candidates, costs, functions, fixed),
    );
    const within = (s: number): AllowanceMode =>
      s > WITHIN
        ? { kind: 'overshoot-at-most', overshoot: s + Math.max(0.01, s * 1e-9) }
        : { kind: 'hard' };
    picked = parts.map((part) => run(part, within(floor)));
    let s = floor;
    planned += picked.filter((answer) => !answer.solution.feasible).length;
    picked.forEach((answer, k) => {
      if (answer.solution.feasible) return;
      const least = run(parts[k] as MipPart, { kind: 'min-overshoot', atLeast: floor });
      picked[k] = least;
      if (least.solution.feasible) s = Math.max(s, least.solution.value('s'));
    });
    overshooting = s > WITHIN;
    if (s > floor + WITHIN) {
      planned += parts.length;
      // The floor was not reachable: every part may use the room s* gives; a part's least
      // overshoot answer stands if its cheapest is not found.
      picked = picked.map((least, k) => {
        const cheapest = run(parts[k] as MipPart, within(s));
        return cheapest.solution.feasible ? cheapest : least;
      });
    }
  }

  const choice = new Map<number, Set<string>>();
  let solverRunning = 0;
  for (const c of p.scope) solverRunning += fixed.running.get(c.id) ?? 0;
  let optimal = true;
  let status = parts.length === 0 ? 'Nothing to choose' : 'Optimal';
  for (const answer of picked) {
    if (!answer.solution.optimal && optimal) {
      optimal = false;
      status = answer.solution.status;
    }
    if (!answer.solution.feasible) continue;
    for (const [name, { candidate, functionId }] of answer.model.xColumns) {
      if (answer.solution.value(name) < 0.5) continue;
      const set = choice.get(candidate) ?? new Set<string>();
      set.add(functionId);
      choice.set(candidate, set);
      if (p.year.isRunning(functionId)) {
        for (const v of costs[candidate]?.byFunction.get(functionId) ?? []) solverRunning += v;
      }
    }
    for (const [name, candidate] of answer.model.zColumns) {
      if (answer.solution.value(name) < 0.5) continue;
      for (const v of costs[candidate]?.procurement ?? []) solverRunning += v;
    }
  }
  return { choice, solverRunning, overshooting, optimal, status };
}

/**
 * The largest amount by which one of these CCGs would be over its allowance with every free
 * running function at its cheapest column, each chosen on its own: no configuration does better.
 */
function cheapestOvershoot(
  p: RecommendProblem,
  ccgIds: ReadonlySet<string>,
  candidates: readonly Candidate[],
  costs: readonly CandidateCost[],
  functions: readonly (readonly string[])[],
  fixed: FixedCosts,
): number {
  const cheapest = new Map<string, Map<string, number>>();
  candidates.forEach((cand, i) => {
    for (const f of functions[i] ?? []) {
      if (!p.year.isRunning(f)) continue;
      const perMember = costs[i]?.byFunction.get(f) ?? [];
      cand.members.forEach((m, k) => {
        const cost = perMember[k];
        if (cost === undefined) return;
        let byFunction = cheapest.get(m);
        if (!byFunction) cheapest.set(m, (byFunction = new Map()));
        const known = byFunction.get(f);
        if (known === undefined || cost < known) byFunction.set(f, cost);
      });
    }
  });
  let worst = -Infinity;
  for (const ccgId of ccgIds) {
    let running = fixed.running.get(ccgId) ?? 0;
    for (const cost of cheapest.get(ccgId)?.values() ?? []) running += cost;
    worst = Math.max(worst, running - p.year.allowance(ccgId));
  }
  return worst;
}
