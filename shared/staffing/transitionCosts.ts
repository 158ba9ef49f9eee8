/**
 * One-off costs of moving from a baseline scenario to this one, CCG by CCG, and how soon the
 * running cost saved pays them back. One-offs are shown apart: they are never counted against
 * the allowance.
 *
 * - For each (CCG, function) in-house in the baseline and not now: WTE leaving = the baseline
 *   structure's WTE for that function, else baseline cost × payShareOfFunctionCost ÷ costPerWte;
 *   redundancy = WTE leaving × (1 − tupeShare) × redundancyPerWte.
 * - Each arrangement new since the baseline (by id) costs setUpPerArrangement, each ended one
 *   exitPerArrangement, split by population among its members.
 * - Payback = one-off ÷ first-year running saving (null — never — without a saving); cumulative
 *   net = Σ over the years of the running saving − one-off.
 */
import type { FunctionId } from '../model/workspace';
import type { TransitionAssumptions } from './staffingTypes';

/** A function a CCG does in-house: its first-year cost and, if costed from posts, their WTE. */
/** A planning year's id. */
type YearId = string;

export interface InHouseFunction {
  readonly cost: number;
  /** WTE of the CCG's own posts headed by this function; absent when the cost is the estimate. */
  readonly structureWte?: number;
}

export interface CcgSnapshot {
  readonly id: string;
  readonly name: string;
  readonly population: number;
  readonly inHouse: ReadonlyMap<FunctionId, InHouseFunction>;
  /** Running cost in each planning year, £. */
  readonly running: ReadonlyMap<YearId, number>;
}

export interface ArrangementSnapshot {
  readonly id: string;
  readonly name: string;
  readonly members: readonly string[];
}

export interface ScenarioSnapshot {
  readonly ccgs: readonly CcgSnapshot[];
  readonly arrangements: readonly ArrangementSnapshot[];
  /** The planning years, in order. */
  readonly yearIds: readonly YearId[];
}

export interface FunctionLeaving {
  readonly functionId: FunctionId;
  readonly wteLeaving: number;
  /** Whether the WTE are the baseline structure's posts or estimated from the baseline cost. */
  readonly wteSource: 'structure' | 'estimate';
  readonly redundancy: number;
}

export interface ArrangementChange {
  readonly arrangementId: string;
  readonly name: string;
  readonly change: 'new' | 'ended';
  /** This CCG's population share of the set-up or exit cost, £. */
  readonly cost: number;
}

export interface CcgTransition {
  readonly id: string;
  readonly name: string;
  readonly wteLeaving: number;
  readonly redundancy: number;
  readonly setUp: number;
  readonly exit: number;
  /** redundancy + setUp + exit. */
  readonly oneOff: number;
  /** Baseline running − running in the first planning year, £ (0 for a CCG the baseline lacks). */
  readonly firstYearSaving: number;
  /** oneOff ÷ firstYearSaving; null (never) without a saving. */
  readonly paybackYears: number | null;
  /** Σ over the years of (baseline running − running) − oneOff. */
  readonly cumulativeNet: number;
  readonly functions: readonly FunctionLeaving[];
  readonly arrangements: readonly ArrangementChange[];
}

export interface TransitionTotals {
  readonly wteLeaving: number;
  readonly redundancy: number;
  readonly setUp: number;
  readonly exit: number;
  readonly oneOff: number;
  readonly firstYearSaving: number;
  readonly cumulativeNet: number;
}

export interface TransitionResult {
  /** One entry for each CCG of the current scenario, in its order. */
  readonly ccgs: readonly CcgTransition[];
  readonly totals: TransitionTotals;
}

/** Population shares of a cost among an arrangement's members that exist in the snapshot. */
function splitByPopulation(
  members: readonly string[],
  popOf: ReadonlyMap<string, number>,
  amount: number,
): Map<string, number> {
  let sum = 0;
  for (const m of members) sum += popOf.get(m) ?? 0;
  const shares = new Map<string, number>();
  if (sum <= 0) return shares;
  for (const m of members) {
    const pop = popOf.get(m);
    if (pop !== undefined) shares.set(m, amount * (pop / sum));
  }
  return shares;
}

export function transitionCosts(
  baseline: ScenarioSnapshot,
  current: ScenarioSnapshot,
  t: TransitionAssumptions,
): TransitionResult {
  const baseCcgs = new Map(baseline.ccgs.map((c) => [c.id, c]));
  const basePop = new Map(baseline.ccgs.map((c) => [c.id, c.population]));
  const nowPop = new Map(current.ccgs.map((c) => [c.id, c.population]));
  const baseArrIds = new Set(baseline.arrangements.map((a) => a.id));
  const nowArrIds = new Set(current.arrangements.map((a) => a.id));

  const changes = new Map<string, ArrangementChange[]>();
  const addChange = (ccgId: string, change: ArrangementChange): void => {
    let list = changes.get(ccgId);
    if (!list) changes.set(ccgId, (list = []));
    list.push(change);
  };
  for (const arr of current.arrangements) {
    if (baseArrIds.has(arr.id)) continue;
    for (const [ccgId, cost] of splitByPopulation(arr.members, nowPop, t.setUpPerArrangement)) {
      addChange(ccgId, { arrangementId: arr.id, name: arr.name, change: 'new', cost });
    }
  }
  for (const arr of baseline.arrangements) {
    if (nowArrIds.has(arr.id)) continue;
    for (const [ccgId, cost] of splitByPopulation(arr.members, basePop, t.exitPerArrangement)) {
      addChange(ccgId, { arrangementId: arr.id, name: arr.name, change: 'ended', cost });
    }
  }

  const firstYear = current.yearIds[0];
  const ccgs = current.ccgs.map((ccg): CcgTransition => {
    const base = baseCcgs.get(ccg.id);
    const functions: FunctionLeaving[] = [];
    if (base) {
      for (const [functionId, was] of base.inHouse) {
        if (ccg.inHouse.has(functionId)) continue;
        const fromStructure = was.structureWte !== undefined;
        const wteLeaving = fromStructure
          ? was.structureWte!
          : (was.cost * t.payShareOfFunctionCost) / t.costPerWte;
        functions.push({
          functionId,
          wteLeaving,
          wteSource: fromStructure ? 'structure' : 'estimate',
          redundancy: wteLeaving * (1 - t.tupeShare) * t.redundancyPerWte,
        });
      }
    }
    const arrangements = changes.get(ccg.id) ?? [];
    let wteLeaving = 0;
    let redundancy = 0;
    for (const f of functions) {
      wteLeaving += f.wteLeaving;
      redundancy += f.redundancy;
    }
    let setUp = 0;
    let exit = 0;
    for (const a of arrangements) {
      if (a.change === 'new') setUp += a.cost;
      else exit += a.cost;
    }
    const oneOff = redundancy + setUp + exit;

    const savingIn = (yearId: YearId): number => {
      if (!base) return 0;
      return (base.running.get(yearId) ?? 0) - (ccg.running.get(yearId) ?? 0);
    };
    const firstYearSaving = firstYear === undefined ? 0 : savingIn(firstYear);
    let saved = 0;
    for (const y of current.yearIds) saved += savingIn(y);
    return {
      id: ccg.id,
      name: ccg.name,
      wteLeaving,
      redundancy,
      setUp,
      exit,
      oneOff,
      firstYearSaving,
      paybackYears: firstYearSaving > 0 ? oneOff / firstYearSaving : null,
      cumulativeNet: saved - oneOff,
      functions,
      arrangements,
    };
  });

  const totals = {
    wteLeaving: 0,
    redundancy: 0,
    setUp: 0,
    exit: 0,
    oneOff: 0,
    firstYearSaving: 0,
    cumulativeNet: 0,
  };
  for (const c of ccgs) {
    totals.wteLeaving += c.wteLeaving;
    totals.redundancy += c.redundancy;
    totals.setUp += c.setUp;
    totals.exit += c.exit;
    totals.oneOff += c.oneOff;
    totals.firstYearSaving += c.firstYearSaving;
    totals.cumulativeNet += c.cumulativeNet;
  }
  return { ccgs, totals };
}
