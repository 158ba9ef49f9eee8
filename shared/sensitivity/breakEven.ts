/**
 * Break-even answers for a CCG over the cap (issue 5): the value of one input at which the CCG's
 * running cost per head lands exactly on the cap, each solved on the engine itself
 * (costScenarioWith) and stated in a sentence, or "not reachable" where no value within the
 * input's valid range does it.
 */
import { costScenarioWith } from '../costing/costScenario';
import type { CcgResult } from '../costing/results';
import { formatCap, formatPerHead, formatPercent, formatPopulation, formatPounds } from '../format/format';
import { ccgPopulation, effectiveMembers, indexScenario } from '../model/scenarioIndex';
import type { Arrangement, Assumptions, Node, Scenario } from '../model/workspace';
import { perHeadOf } from './tornado';
import { withAssumption } from './withAssumption';

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
  | { readonly kind: 'other-members'; readonly arrangementId: string; readonly memberIds: readonly string[] }
  /** A CSU's population served outside the scenario: the provider's own figure, else the model's. */
  | { readonly kind: 'csu-other-customers'; readonly providerId: string; readonly providerOwn: boolean };

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
  readonly ccg: CcgResult;
  readonly capPerHead: number;
  /** False when the CCG is already within the cap: there is nothing to solve. */
  readonly over: boolean;
  readonly answers: readonly BreakEvenAnswer[];
}

/** The scenario and assumptions with a variable set to a value. */
export function applyVariable(
  scenario: Scenario, assumptions: Assumptions, variable: BreakEvenVariable, value: number,
): { scenario: Scenario; assumptions: Assumptions } {
  switch (variable.kind) {
    case 'assumption':
      return { scenario, assumptions: withAssumption(assumptions, variable.path, value) };
    case 'csu-other-customers':
      return variable.providerOwn
        ? { scenario: mapNodes(scenario, (n) => (n.kind === 'provider' && n.id === variable.providerId ? { ...n, otherCustomersPopulation: value } : n)), assumptions }
        : { scenario, assumptions: withAssumption(assumptions, 'models.csu.otherCustomersPopulation', value) };
    case 'other-members': {
      const current = otherMembersPopulation(scenario, variable.memberIds);
      const k = value / current;
      const members = new Set(variable.memberIds);
      const withLocalities = new Set(scenario.nodes.flatMap((n) => (n.kind === 'locality' && members.has(n.ccgId) ? [n.ccgId] : [])));
      return {
        scenario: mapNodes(scenario, (n) => {
          if (n.kind === 'locality' && members.has(n.ccgId)) return { ...n, population: n.population * k };
          if (n.kind === 'ccg' && members.has(n.id) && !withLocalities.has(n.id) && n.population !== undefined) return { ...n, population: n.population * k };
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

/** The CCG's £/head with the variable at this value. */
function perHeadWith(scenario: Scenario, a: Assumptions, ccgId: string, variable: BreakEvenVariable, value: number): number {
  const applied = applyVariable(scenario, a, variable, value);
  return perHeadOf(costScenarioWith(applied.scenario, applied.assumptions), ccgId);
}

/**
 * Bisection for x in [from, to] where excess(x) = 0, given excess(from) > 0. Returns null when
 * excess(to) is still above 0 (the cap is not reachable within the range). 200 halvings take
 * any range of doubles to adjacent values, far below a penny a head.
 */
function bisect(excess: (x: number) => number, from: number, to: number): number | null {
  if (excess(to) > 0) return null;
  let over = from;
  let under = to;
  for (let i = 0; i < 200; i++) {
    const mid = (over + under) / 2;
    if (mid === over || mid === under) break;
    if (excess(mid) > 0) over = mid;
    else under = mid;
  }
  return under;
}

/** Break-even answers for one CCG of a scenario under resolved assumptions. */
export function breakEven(scenario: Scenario, assumptions: Assumptions, ccgId: string): BreakEven {
  const result = costScenarioWith(scenario, assumptions);
  const ccg = result.ccgs.find((c) => c.id === ccgId);
  if (!ccg) throw new Error(`CCG "${ccgId}" is not in scenario "${scenario.name}".`);
  const cap = assumptions.capPerHead;
  if (ccg.perHead <= cap) return { ccg, capPerHead: cap, over: false, answers: [] };

  const capText = formatCap(cap);
  const ccgName = ccg.name;
  const reaches = `${ccg.name} reaches the ${capText} cap`;
  const solve = (variable: BreakEvenVariable, from: number, to: number): number | null => (
    bisect((x) => perHeadWith(scenario, assumptions, ccgId, variable, x) - cap, from, to)
  );
  const notReachable = (why: string): string => `Not reachable: ${why}`;
  const index = indexScenario(scenario);
  const nameOf = (id: string): string => index.byId.get(id)?.name ?? id;
  const answers: BreakEvenAnswer[] = [];

  // Core fixed cost: every CCG pays it once, so the CCG's total moves pound for pound with it
  // (§4.2) and the closed form is exact: fixed* = fixed + headroom (headroom < 0 when over).
  {
    const current = assumptions.core.fixedPerCcg;
    const value = current + ccg.headroom;
    answers.push({
      topic: 'fixed-cost', variable: { kind: 'assumption', path: 'core.fixedPerCcg' }, current,
      value: value >= 0 ? value : null,
      sentence: value >= 0
        ? `${reaches} if the core fixed cost per CCG is at most ${formatPounds(Math.floor(value))} (now ${formatPounds(current)}).`
        : notReachable(`even with no core fixed cost, ${ccg.name} would cost ${formatPerHead(ccg.perHead - current / ccg.population)} a head, over the ${capText} cap.`),
    });
  }

  // Shared population: for each pooled arrangement, the other members' combined population; for
  // each CSU, the population it serves outside this scenario.
  const own = scenario.arrangements.filter((arr) => effectiveMembers(arr).includes(ccgId));
  for (const arr of own) {
    const answer = sharedPopulationAnswer(arr);
    if (answer) answers.push(answer);
  }
  if (!answers.some((x) => x.topic === 'shared-population')) {
    answers.push({
      topic: 'shared-population', variable: null, current: null, value: null,
      sentence: notReachable(`${ccg.name} shares no function and buys none from a CSU, so no shared population changes its cost.`),
    });
  }

  function sharedPopulationAnswer(arr: Arrangement): BreakEvenAnswer | null {
    if (arr.model === 'external') return null;
    if (arr.model === 'csu') {
      if (!arr.providerId) return null;
      const provider = index.byId.get(arr.providerId);
      const providerOwn = provider?.kind === 'provider' && provider.otherCustomersPopulation !== undefined;
      const current = provider?.kind === 'provider' && provider.otherCustomersPopulation !== undefined
        ? provider.otherCustomersPopulation : assumptions.models.csu.otherCustomersPopulation;
      const variable: BreakEvenVariable = { kind: 'csu-other-customers', providerId: arr.providerId, providerOwn };
      const value = solve(variable, current, MAX_POPULATION);
      const csu = nameOf(arr.providerId);
      return {
        topic: 'shared-population', variable, current, value,
        sentence: value !== null
          ? `${reaches} if ${csu} serves at least ${formatPopulation(Math.ceil(value))} people outside this scenario (now ${formatPopulation(current)}).`
          : notReachable(`even if ${csu} served ${formatPopulation(MAX_POPULATION)} people outside this scenario, ${ccgName} would stay over the ${capText} cap.`),
      };
    }
    const memberIds = effectiveMembers(arr).filter((m) => m !== ccgId);
    const current = otherMembersPopulation(scenario, memberIds);
    if (current <= 0) {
      return {
        topic: 'shared-population', variable: null, current: null, value: null,
        sentence: notReachable(`the ${arr.name} has no other members whose population could grow.`),
      };
    }
    const variable: BreakEvenVariable = { kind: 'other-members', arrangementId: arr.id, memberIds };
    const value = solve(variable, current, MAX_POPULATION);
    const why = arr.allocation === 'equal' ? ' It splits its cost equally, so more people in the pool raise each member’s share.' : '';
    return {
      topic: 'shared-population', variable, current, value,
      sentence: value !== null
        ? `${reaches} if the other members of the ${arr.name} together have at least ${formatPopulation(Math.ceil(value))} people (now ${formatPopulation(current)}), each grown in proportion.`
        : notReachable(`no population of the other members of the ${arr.name}, up to ${formatPopulation(MAX_POPULATION)}, brings ${ccgName} within the ${capText} cap.${why}`),
    };
  }

  // CSU price: the margin every CSU charges, for a CCG that buys from one.
  if (own.some((arr) => arr.model === 'csu')) {
    const current = assumptions.models.csu.margin;
    const variable: BreakEvenVariable = { kind: 'assumption', path: 'models.csu.margin' };
    const value = solve(variable, current, 0);
    answers.push({
      topic: 'csu-price', variable, current, value,
      sentence: value !== null
        ? `${reaches} if the CSU margin is at most ${formatPercent(Math.floor(value * 1000) / 1000)} (now ${formatPercent(current)}).`
        : notReachable(`even with no CSU margin, ${ccg.name} would stay over the ${capText} cap.`),
    });
  } else {
    answers.push({
      topic: 'csu-price', variable: null, current: null, value: null,
      sentence: notReachable(`${ccg.name} buys nothing from a CSU, so the CSU’s price does not affect it.`),
    });
  }

  // A function's price: the cost per head at the reference population of the function that
  // costs this CCG most (it moves every mode's price for that function, in-house or bought).
  const costliest = assumptions.functions.reduce<{ id: string; name: string; cost: number } | null>((best, f) => {
    const cost = ccg.functions[f.id]?.cost ?? 0;
    return !best || cost > best.cost ? { id: f.id, name: f.name, cost } : best;
  }, null);
  if (costliest) {
    const fn = assumptions.functions.find((f) => f.id === costliest.id);
    const current = fn?.costPerHead ?? 0;
    const variable: BreakEvenVariable = { kind: 'assumption', path: `functions.${costliest.id}.costPerHead` };
    const value = solve(variable, current, 0);
    answers.push({
      topic: 'function-cost', variable, current, value,
      sentence: value !== null
        ? `${reaches} if ${costliest.name}, its costliest function, costs at most ${formatPerHead(Math.floor(value * 100) / 100)} a head at the reference population (now ${formatPerHead(current)}).`
        : notReachable(`even if ${costliest.name}, its costliest function, cost nothing, ${ccg.name} would stay over the ${capText} cap.`),
    });
  }
  return { ccg, capPerHead: cap, over: true, answers };
}
