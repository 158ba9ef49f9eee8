/**
 * Break-even answers for a CCG over its allowance in a planning year: the value of one input at
 * which the CCG's running cost lands exactly on that year's allowance (the "cap"), each solved on the engine itself
 * (costScenarioWith) and stated in a sentence, or "not reachable" where no value within the
 * input's valid range does it.
 */
import { costScenarioWith } from '../costing/costScenario';
import type { CcgResult } from '../costing/results';
import { allowanceTest, type AllowanceTest } from '../format/allowancePhrase';
import {
  formatCap,
  formatPerHead,
  formatPercent,
  formatPopulation,
  formatPounds,
} from '../format/format';
import {
  ccgPopulation,
  effectiveMembers,
  indexScenario,
  type ScenarioIndex,
} from '../model/scenarioIndex';
import type { Arrangement, Assumptions, Node, Scenario, SupportFunction } from '../model/workspace';
import { scenarioForCcg } from './scenarioForCcg';
import { withAssumptionValue } from '../assumptions/assumptionPaths';

/** The largest population any population input may take (assumptionInfo's range for people). */
const MAX_POPULATION = 100_000_000;

/** What is varied to reach the cap; everything else stays as it is. */
export type BreakEvenVariable =
  /** An assumption by its info path: core.fixedPerCcg, models.csu.margin, functions.<id>.costPerHead. */
  | { readonly kind: 'assumption'; readonly path: string }
  /**
   * The combined population of the other members of a pooled arrangement (shared service, host
   * CCG, LA partnership), every other member scaled in proportion (their localities, if any).
   */
  | {
      readonly kind: 'other-members';
      readonly arrangementId: string;
      readonly memberIds: readonly string[];
    }
  /** A CSU's population served outside the scenario: the provider's own figure, else the model's. */
  | {
      readonly kind: 'csu-other-customers';
      readonly providerId: string;
      readonly providerOwn: boolean;
    };

export type BreakEvenTopic = 'fixed-cost' | 'shared-population' | 'csu-price' | 'function-cost';

export interface BreakEvenAnswer {
  readonly topic: BreakEvenTopic;
  /** What is solved for, or null where nothing of this topic applies to the CCG. */
  readonly variable: BreakEvenVariable | null;
  readonly current: number | null;
  /** The value at which the CCG lands on the cap, or null: not reachable. */
  readonly value: number | null;
  readonly sentence: string;
}

export interface BreakEven {
  /** The CCG in the year asked about. */
  readonly ccg: CcgResult;
  /** The year's allowance per head of this CCG's population: allowance ÷ population. */
  readonly capPerHead: number;
  /** What the CCG is tested against that year: its own allowance, or the national rate. */
  readonly allowance: AllowanceTest;
  readonly yearId: string;
  /** False when the CCG is already within the cap: there is nothing to solve. */
  readonly over: boolean;
  readonly answers: readonly BreakEvenAnswer[];
}

/** The scenario and assumptions with a variable set to a value. */
export function applyVariable(
  scenario: Scenario,
  assumptions: Assumptions,
  variable: BreakEvenVariable,
  value: number,
): { scenario: Scenario; assumptions: Assumptions } {
  switch (variable.kind) {
    case 'assumption':
      return { scenario, assumptions: withAssumptionValue(assumptions, variable.path, value) };
    case 'csu-other-customers':
      return variable.providerOwn
        ? {
            scenario: mapNodes(scenario, (n) =>
              n.kind === 'provider' && n.id === variable.providerId
                ? { ...n, otherCustomersPopulation: value }
                : n,
            ),
            assumptions,
          }
        : {
            scenario,
            assumptions: withAssumptionValue(
              assumptions,
              'models.csu.otherCustomersPopulation',
              value,
            ),
          };
    case 'other-members': {
      const current = otherMembersPopulation(scenario, variable.memberIds);
      const k = value / current;
      const members = new Set(variable.memberIds);
      const withLocalities = new Set(
        scenario.nodes.flatMap((n) =>
          n.kind === 'locality' && members.has(n.ccgId) ? [n.ccgId] : [],
        ),
      );
      return {
        scenario: mapNodes(scenario, (n) => {
          if (n.kind === 'locality' && members.has(n.ccgId))
            return { ...n, population: n.population * k };
          if (
            n.kind === 'ccg' &&
            members.has(n.id) &&
            !withLocalities.has(n.id) &&
            n.population !== undefined
          )
            return { ...n, population: n.population * k };
          return n;
        }),
        assumptions,
      };
    }
  }
}

/** The combined population of these CCGs in the scenario. */
export function otherMembersPopulation(scenario: Scenario, memberIds: readonly string[]): number {
  const index = indexScenario(scenario);
  return memberIds.reduce((sum, id) => {
    const ccg = index.byId.get(id);
    return sum + (ccg?.kind === 'ccg' ? ccgPopulation(ccg, index) : 0);
  }, 0);
}

function mapNodes(scenario: Scenario, f: (n: Node) => Node): Scenario {
  return { ...scenario, nodes: scenario.nodes.map(f) };
}

/** How far the CCG's running cost per head is over its allowance per head that year, with the variable at this value. */
function excessWith(
  scenario: Scenario,
  a: Assumptions,
  ccgId: string,
  yearId: string,
  variable: BreakEvenVariable,
  value: number,
): number {
  const applied = applyVariable(scenario, a, variable, value);
  const ccg = costScenarioWith(applied.scenario, applied.assumptions, { yearId }).ccgs.find(
    (c) => c.id === ccgId,
  );
  if (!ccg) throw new Error(`CCG "${ccgId}" is not in scenario "${scenario.name}".`);
  return (ccg.running - ccg.allowance) / ccg.population;
}

/** Close enough to the cap: a millionth of a penny a head, far inside the £0.01 promised. */
const TOLERANCE = 1e-8;

/**
 * Bisection for x in [from, to] where excess(x) = 0, given excess(from) > 0. Returns null when
 * excess(to) is still above 0 (the cap is not reachable within the range). Each step costs the
 * whole scenario, so it stops as soon as the CCG is within TOLERANCE of the cap (about 40 steps
 * over a population range) or the interval can halve no further.
 */
function bisect(excess: (x: number) => number, from: number, to: number): number | null {
  if (excess(to) > 0) return null;
  let over = from;
  let under = to;
  for (let i = 0; i < 200; i++) {
    const mid = (over + under) / 2;
    if (mid === over || mid === under) break;
    const e = excess(mid);
    if (e > 0) over = mid;
    else under = mid;
    if (Math.abs(e) < TOLERANCE) break;
  }
  return under;
}

/** What every answer needs: the CCG, its scenario and a solver on the engine. */
interface Ctx {
  readonly scenario: Scenario;
  readonly assumptions: Assumptions;
  readonly ccg: CcgResult;
  /** "the £25 cap" (national rate) or "its 2013/14 allowance (£23.78 a head)". */
  readonly capText: string;
  /** The year's cost index: every cost moves by it. */
  readonly costIndex: number;
  /** "Ashvale CCG reaches the £25 cap", or "… reaches its 2013/14 allowance (£23.78 a head)". */
  readonly reaches: string;
  readonly nameOf: (id: string) => string;
  /** The variable's value in [from, to] at which the CCG lands on the cap, or null. */
  readonly solve: (variable: BreakEvenVariable, from: number, to: number) => number | null;
}

const notReachable = (why: string): string => `Not reachable: ${why}`;

// Figures read out as "at most" round down and "at least" round up, so the stated figure still
// reaches the cap; the allowance ignores the solver's last millionth of a unit.
const roundDown = (value: number, per: number): number => Math.floor(value * per + 1e-6) / per;
const roundUp = (value: number): number => Math.ceil(value - 1e-6);

/**
 * Break-even answers for one CCG of a scenario under resolved assumptions, against its allowance
 * in planning year `yearId` (default the first).
 */
export function breakEven(
  scenario: Scenario,
  assumptions: Assumptions,
  ccgId: string,
  yearId?: string,
): BreakEven {
  const result = costScenarioWith(scenario, assumptions, { yearId });
  const year = result.year;
  const ccg = result.ccgs.find((c) => c.id === ccgId);
  if (!ccg) throw new Error(`CCG "${ccgId}" is not in scenario "${scenario.name}".`);
  const cap = ccg.allowance / ccg.population;
  const node = scenario.nodes.find((n) => n.id === ccgId);
  const test = allowanceTest(node?.kind === 'ccg' ? node : undefined, ccg, year);
  if (ccg.running <= ccg.allowance)
    return { ccg, capPerHead: cap, allowance: test, yearId: year.id, over: false, answers: [] };

  const index = indexScenario(scenario);
  const relevant = scenarioForCcg(scenario, ccgId);
  // The national rate is the test only for a CCG with no allowance of its own.
  const capText =
    test.basis === 'national-rate'
      ? `the ${formatCap(Math.round(cap * 100) / 100)} cap`
      : `its ${year.label} allowance (${formatPerHead(cap)} a head)`;
  const ctx: Ctx = {
    scenario,
    assumptions,
    ccg,
    capText,
    costIndex: year.costIndex,
    reaches: `${ccg.name} reaches ${capText}`,
    nameOf: (id) => index.byId.get(id)?.name ?? id,
    // Solved on the part of the scenario the CCG's cost depends on: the same figures, cheaper.
    solve: (variable, from, to) =>
      bisect((x) => excessWith(relevant, assumptions, ccgId, year.id, variable, x), from, to),
  };
  const own = scenario.arrangements.filter((arr) => effectiveMembers(arr).includes(ccgId));
  const answers = [
    fixedCostAnswer(ctx),
    ...sharedPopulationAnswers(ctx, own, index),
    csuPriceAnswer(ctx, own),
    functionCostAnswer(ctx),
  ].filter((a): a is BreakEvenAnswer => a !== null);
  return { ccg, capPerHead: cap, allowance: test, yearId: year.id, over: true, answers };
}

/**
 * Core fixed cost: every CCG pays it once, so the CCG's running cost that year moves by the cost
 * index for each pound of it and the closed form is exact: fixed* = fixed + headroom / costIndex
 * (headroom < 0 when over).
 */
function fixedCostAnswer({ assumptions, ccg, reaches, capText, costIndex }: Ctx): BreakEvenAnswer {
  const current = assumptions.core.fixedPerCcg;
  const value = current + ccg.headroom / costIndex;
  return {
    topic: 'fixed-cost',
    variable: { kind: 'assumption', path: 'core.fixedPerCcg' },
    current,
    value: value >= 0 ? value : null,
    sentence:
      value >= 0
        ? `${reaches} if the core fixed cost per CCG is at most ${formatPounds(Math.floor(value))} (now ${formatPounds(current)}).`
        : notReachable(
            `even with no core fixed cost, ${ccg.name} would cost ${formatPerHead(ccg.perHead - (costIndex * current) / ccg.population)} a head, over ${capText}.`,
          ),
  };
}

/**
 * Shared population: for each pooled arrangement the CCG is in, the other members' combined
 * population; for each CSU it buys from, the population the CSU serves outside this scenario.
 */
function sharedPopulationAnswers(
  ctx: Ctx,
  own: readonly Arrangement[],
  index: ScenarioIndex,
): BreakEvenAnswer[] {
  const answers = own.flatMap((arr) => {
    if (arr.model === 'external') return [];
    if (arr.model === 'csu')
      return arr.providerId ? [csuOthersAnswer(ctx, arr.providerId, index)] : [];
    return [otherMembersAnswer(ctx, arr)];
  });
  if (answers.length > 0) return answers;
  return [
    {
      topic: 'shared-population',
      variable: null,
      current: null,
      value: null,
      sentence: notReachable(
        `${ctx.ccg.name} shares no function and buys none from a CSU, so no shared population changes its cost.`,
      ),
    },
  ];
}

function csuOthersAnswer(
  { assumptions, ccg, reaches, capText, nameOf, solve }: Ctx,
  providerId: string,
  index: ScenarioIndex,
): BreakEvenAnswer {
  const provider = index.byId.get(providerId);
  const own = provider?.kind === 'provider' ? provider.otherCustomersPopulation : undefined;
  const current = own ?? assumptions.models.csu.otherCustomersPopulation;
  const variable: BreakEvenVariable = {
    kind: 'csu-other-customers',
    providerId,
    providerOwn: own !== undefined,
  };
  const value = solve(variable, current, MAX_POPULATION);
  const csu = nameOf(providerId);
  return {
    topic: 'shared-population',
    variable,
    current,
    value,
    sentence:
      value !== null
        ? `${reaches} if ${csu} serves at least ${formatPopulation(roundUp(value))} people outside this scenario (now ${formatPopulation(current)}).`
        : notReachable(
            `even if ${csu} served ${formatPopulation(MAX_POPULATION)} people outside this scenario, ${ccg.name} would stay over ${capText}.`,
          ),
  };
}

function otherMembersAnswer(
  { scenario, ccg, reaches, capText, solve }: Ctx,
  arr: Arrangement,
): BreakEvenAnswer {
  const memberIds = effectiveMembers(arr).filter((m) => m !== ccg.id);
  const current = otherMembersPopulation(scenario, memberIds);
  if (current <= 0) {
    return {
      topic: 'shared-population',
      variable: null,
      current: null,
      value: null,
      sentence: notReachable(`the ${arr.name} has no other members whose population could grow.`),
    };
  }
  const variable: BreakEvenVariable = { kind: 'other-members', arrangementId: arr.id, memberIds };
  const value = solve(variable, current, MAX_POPULATION);
  const why =
    arr.allocation === 'equal'
      ? ' It splits its cost equally, so more people in the pool raise each member’s share.'
      : '';
  return {
    topic: 'shared-population',
    variable,
    current,
    value,
    sentence:
      value !== null
        ? `${reaches} if the other members of the ${arr.name} together have at least ${formatPopulation(roundUp(value))} people (now ${formatPopulation(current)}), each grown in proportion.`
        : notReachable(
            `no population of the other members of the ${arr.name}, up to ${formatPopulation(MAX_POPULATION)}, brings ${ccg.name} within ${capText}.${why}`,
          ),
  };
}

/** CSU price: the margin every CSU charges, for a CCG that buys from one (valid range 0–100%). */
function csuPriceAnswer(
  { assumptions, ccg, reaches, capText, solve }: Ctx,
  own: readonly Arrangement[],
): BreakEvenAnswer {
  if (!own.some((arr) => arr.model === 'csu')) {
    return {
      topic: 'csu-price',
      variable: null,
      current: null,
      value: null,
      sentence: notReachable(
        `${ccg.name} buys nothing from a CSU, so the CSU’s price does not affect it.`,
      ),
    };
  }
  const current = assumptions.models.csu.margin;
  const variable: BreakEvenVariable = { kind: 'assumption', path: 'models.csu.margin' };
  const value = solve(variable, current, 0);
  return {
    topic: 'csu-price',
    variable,
    current,
    value,
    sentence:
      value !== null
        ? `${reaches} if the CSU margin is at most ${formatPercent(roundDown(value, 1000))} (now ${formatPercent(current)}).`
        : notReachable(`even with no CSU margin, ${ccg.name} would stay over ${capText}.`),
  };
}

/**
 * A function's price: the cost per head at the reference population of the running-cost function
 * that costs this CCG most (it moves that function's price in every mode, in-house or bought; a
 * programme function is never tested against the allowance, so it cannot help).
 */
function functionCostAnswer({
  assumptions,
  ccg,
  reaches,
  capText,
  solve,
}: Ctx): BreakEvenAnswer | null {
  let costliest: SupportFunction | null = null;
  for (const f of assumptions.functions) {
    if (!f.runningCost) continue;
    if (!costliest || (ccg.functions[f.id]?.cost ?? 0) > (ccg.functions[costliest.id]?.cost ?? 0))
      costliest = f;
  }
  if (!costliest) return null;
  const current = costliest.costPerHead;
  const variable: BreakEvenVariable = {
    kind: 'assumption',
    path: `functions.${costliest.id}.costPerHead`,
  };
  const value = solve(variable, current, 0);
  return {
    topic: 'function-cost',
    variable,
    current,
    value,
    sentence:
      value !== null
        ? `${reaches} if ${costliest.name}, its costliest function, costs at most ${formatPerHead(roundDown(value, 100))} a head at the reference population (now ${formatPerHead(current)}).`
        : notReachable(
            `even if ${costliest.name}, its costliest function, cost nothing, ${ccg.name} would stay over ${capText}.`,
          ),
  };
}
