/**
 * The problem Recommend solves, read from a workspace and the options: which CCGs are in scope,
 * which (CCG, function) cells are free to change, and which existing arrangements stay (for which
 * functions). Bad options are refused with sentences that say which option is wrong.
 */
import { resolveAssumptions } from '../assumptions/resolveAssumptions';
import { costScenarioWith } from '../costing/costScenario';
import type { ScenarioResult } from '../costing/results';
import {
  ccgPopulation,
  effectiveMembers,
  indexScenario,
  type ScenarioIndex,
} from '../model/scenarioIndex';
import type { Assumptions, CcgNode, Scenario, Workspace } from '../model/workspace';
import { RECOMMEND_MODELS, type RecommendOptions } from './options';
import { costOptions, recommendYear, type RecommendYear } from './yearBasis';

export interface RecommendProblem {
  readonly workspace: Workspace;
  readonly scenario: Scenario;
  readonly options: RecommendOptions;
  readonly a: Assumptions;
  readonly index: ScenarioIndex;
  readonly year: RecommendYear;
  readonly pop: ReadonlyMap<string, number>;
  /** The CCGs reconsidered, in scenario order. */
  readonly scope: readonly CcgNode[];
  /** Scope CCG id → function ids free to change (every other cell keeps its delivery). */
  readonly free: ReadonlyMap<string, ReadonlySet<string>>;
  /** Existing arrangement id → the functions it keeps (for all its members); absent or empty: dropped. */
  readonly kept: ReadonlyMap<string, ReadonlySet<string>>;
  /** The current scenario as the engine costs it. */
  readonly current: ScenarioResult;
}

export type Prepared =
  | { readonly ok: true; readonly problem: RecommendProblem }
  | { readonly ok: false; readonly errors: readonly string[] };

export function prepareProblem(
  workspace: Workspace,
  scenarioId: string,
  options: RecommendOptions,
): Prepared {
  const scenario = workspace.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) {
    return {
      ok: false,
      errors: [
        `no scenario with id "${scenarioId}"; scenario ids: ${workspace.scenarios.map((s) => s.id).join(', ')}`,
      ],
    };
  }
  const a = resolveAssumptions(workspace.assumptions, scenario.assumptionOverrides);
  const index = indexScenario(scenario);
  const pop = new Map(index.ccgs.map((c) => [c.id, ccgPopulation(c, index)]));
  const errors: string[] = [];

  const year = recommendYear(a, options.yearId, index, pop);
  if ('error' in year) errors.push(`year: ${year.error}`);
  if (!Number.isInteger(options.maxMembers) || options.maxMembers < 1) {
    errors.push(
      `max members: must be a whole number of at least 1, not ${String(options.maxMembers)}`,
    );
  }
  for (const m of options.models) {
    if (!(RECOMMEND_MODELS as readonly string[]).includes(m)) {
      errors.push(`models: "${m}" is not a model; models: ${RECOMMEND_MODELS.join(', ')}`);
    }
  }

  let scope: CcgNode[] = [];
  const s = options.scope;
  if (s.kind === 'all') scope = [...index.ccgs];
  else if (s.kind === 'cluster') {
    const cluster = index.byId.get(s.clusterId);
    if (!cluster || cluster.kind !== 'cluster')
      errors.push(`scope: no cluster with id "${s.clusterId}" in scenario "${scenario.name}"`);
    else scope = index.ccgs.filter((c) => c.clusterId === s.clusterId);
  } else {
    const wanted = new Set<string>();
    for (const id of s.ccgIds) {
      const node = index.byId.get(id);
      if (!node || node.kind !== 'ccg')
        errors.push(`scope: no CCG with id "${id}" in scenario "${scenario.name}"`);
      else wanted.add(id);
    }
    scope = index.ccgs.filter((c) => wanted.has(c.id));
  }
  if (errors.length === 0 && scope.length === 0) errors.push('scope: it holds no CCG');

  const functionIds = new Set(a.functions.map((f) => f.id));
  for (const cell of options.pinned) {
    const node = index.byId.get(cell.ccgId);
    if (!node || node.kind !== 'ccg')
      errors.push(`pinned: no CCG with id "${cell.ccgId}" in scenario "${scenario.name}"`);
    if (!functionIds.has(cell.functionId))
      errors.push(`pinned: no function with id "${cell.functionId}"`);
  }
  if (errors.length > 0 || 'error' in year) return { ok: false, errors };

  // Cells that keep their delivery: pinned ones and every cell of a CCG out of scope. A pooled or
  // jointly bought arrangement cannot keep one member's cell and drop another's (the others'
  // costs would change under them), so a kept cell keeps its arrangement's function whole.
  const inScope = new Set(scope.map((c) => c.id));
  const fixed = new Set<string>();
  const key = (ccgId: string, fid: string): string => `${ccgId}\u0000${fid}`;
  for (const c of index.ccgs)
    if (!inScope.has(c.id)) for (const f of functionIds) fixed.add(key(c.id, f));
  for (const cell of options.pinned) fixed.add(key(cell.ccgId, cell.functionId));
  const kept = new Map<string, Set<string>>();
  for (const arr of scenario.arrangements) {
    const members = effectiveMembers(arr);
    const keep = new Set(arr.functions.filter((f) => members.some((m) => fixed.has(key(m, f)))));
    for (const f of keep) for (const m of members) fixed.add(key(m, f));
    if (keep.size > 0) kept.set(arr.id, keep);
  }
  const free = new Map<string, Set<string>>();
  for (const c of scope)
    free.set(c.id, new Set([...functionIds].filter((f) => !fixed.has(key(c.id, f)))));

  const current = costScenarioWith(scenario, a, costOptions(year));
  return {
    ok: true,
    problem: { workspace, scenario, options, a, index, year, pop, scope, free, kept, current },
  };
}
