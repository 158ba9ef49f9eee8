import type { ArrangementModel, FunctionId, PlanningYear, YearId } from '../model/workspace';

/** How a (CCG, function) pair is delivered: in-house, or by an arrangement of a model. */
export type DeliveryMode = 'in-house' | ArrangementModel;

export type Status = 'within' | 'tight' | 'over';

/** The parts of a function's cost, so every figure can be traced to its inputs. */
export interface FunctionCostBasis {
  /** Population the unit cost is computed at (the CCG's, the pool's or the provider's scale). */
  readonly scalePopulation: number;
  /** u_f at that population, £ per head. */
  readonly unitCost: number;
  /** For pooled models: T_f(P_a)·(1+overhead), £. */
  readonly pool?: number;
  /** For pooled models: the share of the pool this CCG pays (0..1). */
  readonly share?: number;
  readonly overhead?: number;
  readonly margin?: number;
  readonly clientContractManagement?: number;
  /** External: price per head charged (provider's own price or the modelled one). */
  readonly price?: number;
  readonly priceSource?: 'provider' | 'modelled';
  /** External: this function's part of the CCG's share of annualised procurement cost, £. */
  readonly procurement?: number;
}

/** Where a figure comes from: posts of a staffing structure, or the parametric estimate (the curve). */
export type CostSource = 'structure' | 'estimate';

export interface FunctionCost {
  readonly mode: DeliveryMode;
  /** 'structure' when the CCG's own posts (in-house) or the arrangement's posts (pooled) cost it. */
  readonly source: CostSource;
  /** The posts it is costed from, when source is 'structure'. */
  readonly postIds?: readonly string[];
  /** WTE working on it for this CCG: its posts, or its share of a pool's posts (structure only). */
  readonly wte?: number;
  readonly arrangementId?: string;
  readonly providerId?: string;
  /** £ a year charged to the CCG for this function. */
  readonly cost: number;
  readonly basis: FunctionCostBasis;
}

/**
 * One CCG in the chosen planning year. Every money figure (core, its parts, functions included)
 * is the year-independent cost times that year's cost index.
 */
export interface CcgResult {
  readonly id: string;
  readonly name: string;
  readonly population: number;
  readonly localities: number;
  readonly federated: boolean;
  readonly core: number;
  /** The core's parts: the estimate's fixed and per-head parts, or the posts under the core headings. */
  readonly coreParts: {
    readonly fixed: number;
    readonly perHead: number;
    readonly devolvedLocalities: number;
    readonly posts: number;
  };
  /** Ids of the core-heading posts the core is costed from (empty when it is the estimate). */
  readonly corePostIds: readonly string[];
  /** WTE of the CCG: its own costed posts plus its share of pooled posts. */
  readonly wte: number;
  /** Which figures come from a structure and which from the curve. */
  readonly sources: CcgSources;
  readonly functions: Readonly<Record<FunctionId, FunctionCost>>;
  /** running + programme. */
  readonly total: number;
  /** Core plus the running-cost functions: what is tested against the allowance. */
  readonly running: number;
  /** The functions classed as programme spend: costed and shown, never tested. */
  readonly programme: number;
  /** The CCG's running cost allowance that year, £. */
  readonly allowance: number;
  /** running / population. */
  readonly perHead: number;
  /** allowance − running. */
  readonly headroom: number;
  readonly status: Status;
}

/** One CCG in one planning year: the figures every year is tested on. */
export interface YearCcgResult {
  readonly id: string;
  readonly name: string;
  readonly population: number;
  /** The CCG's WTE (the same every year): its own costed posts plus its share of pooled posts. */
  readonly wte: number;
  /** Which figures come from a structure and which from the curve (the same every year). */
  readonly sources: CcgSources;
  readonly running: number;
  readonly programme: number;
  readonly total: number;
  readonly allowance: number;
  readonly perHead: number;
  readonly headroom: number;
  readonly status: Status;
}

export interface CcgSources {
  readonly core: CostSource;
  readonly functions: Readonly<Record<FunctionId, CostSource>>;
}

export interface YearTotals {
  readonly population: number;
  readonly running: number;
  readonly programme: number;
  readonly total: number;
  readonly allowance: number;
  readonly headroom: number;
  /** Population-weighted running cost per head: running / population. */
  readonly perHead: number;
  readonly within: number;
  readonly tight: number;
  readonly over: number;
}

export interface YearResult {
  readonly id: YearId;
  readonly label: string;
  readonly allowancePerHead: number;
  readonly costIndex: number;
  readonly ccgs: readonly YearCcgResult[];
  readonly totals: YearTotals;
  /** The over-cap flags of this year; every other flag is the same every year. */
  readonly flags: readonly RiskFlag[];
}

export type Severity = 'error' | 'warning' | 'info';

export const FLAG_IDS = [
  'over-cap',
  'small-ccg',
  'host-dominance',
  'risk-share-unagreed',
  'non-coterminous',
  'patient-data-external',
  'provider-concentration',
  'federated-without-localities',
  'single-point-of-failure',
] as const;
export type FlagId = (typeof FLAG_IDS)[number];

export interface RiskFlag {
  readonly id: FlagId;
  readonly severity: Severity;
  /** Id of the CCG or arrangement the flag is about. */
  readonly subject: string;
  readonly message: string;
}

/** The scenario's totals in the chosen year (the same figures as that year's YearTotals). */
export type ScenarioTotals = YearTotals;

export interface ScenarioResult {
  readonly scenarioId: string;
  readonly name: string;
  /** The year `ccgs`, `totals` and `flags` are for (the first unless another was asked for). */
  readonly year: PlanningYear;
  readonly ccgs: readonly CcgResult[];
  readonly totals: ScenarioTotals;
  readonly flags: readonly RiskFlag[];
  /** Every planning year, in order. */
  readonly years: readonly YearResult[];
}
