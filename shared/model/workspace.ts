/**
 * The workspace document: the `.ccgm` v3 file (v2 added slides; v3 replaced the single cap by
 * planning years, each CCG's own allowance and the running/programme class of each function).
 * Plain, readonly, JSON-serialisable records; field names are the file's field names.
 */

import type {
  StaffingAssumptions,
  Structure,
  TransitionAssumptions,
} from '../staffing/staffingTypes';

export type FunctionId = string;

export interface SupportFunction {
  readonly id: FunctionId;
  readonly name: string;
  /** £ per head at the reference population. */
  readonly costPerHead: number;
  /** Scale elasticity e in u(P) = cost·(P/ref)^(−e). */
  readonly scaleElasticity: number;
  /**
   * True if the function is running cost (tested against the allowance); false if it is
   * programme spend (still costed and shown, never tested). Default true.
   */
  readonly runningCost: boolean;
}

export type YearId = string;

/** One financial year of the planning horizon. */
export interface PlanningYear {
  readonly id: YearId;
  /** As shown, e.g. "2014/15". */
  readonly label: string;
  /** The national running cost allowance that year, £ per head of allowance population. */
  readonly allowancePerHead: number;
  /** Multiplies every cost that year (1 = the costs as entered). */
  readonly costIndex: number;
}

/** A scenario's change to one planning year, matched by id. */
export type PlanningYearOverride = { readonly id: YearId } & Partial<Omit<PlanningYear, 'id'>>;

export interface Assumptions {
  /** The planning horizon: 1–10 financial years, in order. */
  readonly years: readonly PlanningYear[];
  readonly amberMargin: number;
  readonly referencePopulation: number;
  readonly smallCcgPopulation: number;
  readonly core: {
    readonly fixedPerCcg: number;
    readonly perHead: number;
    readonly perDevolvedLocality: number;
  };
  readonly functions: readonly SupportFunction[];
  readonly models: {
    readonly sharedService: { readonly overhead: number };
    readonly hostCcg: { readonly overhead: number };
    readonly laPartnership: { readonly overhead: number; readonly laParticipation: number };
    readonly csu: {
      readonly margin: number;
      readonly clientContractManagement: number;
      readonly otherCustomersPopulation: number;
    };
    readonly external: {
      readonly margin: number;
      readonly scalePopulation: number;
      readonly procurementCost: number;
      readonly contractYears: number;
      readonly clientContractManagement: number;
    };
  };
  /** Pay bands, on-costs and non-pay for structures (format version 4); default DEFAULT_STAFFING. */
  readonly staffing?: StaffingAssumptions;
  /** One-off transition cost assumptions (format version 4); default DEFAULT_TRANSITION. */
  readonly transition?: TransitionAssumptions;
}

/** Any part of Assumptions; functions are matched by id. */
export interface AssumptionOverrides {
  /** Matched by id, like functions. */
  readonly years?: readonly PlanningYearOverride[];
  readonly amberMargin?: number;
  readonly referencePopulation?: number;
  readonly smallCcgPopulation?: number;
  readonly core?: Partial<Assumptions['core']>;
  readonly functions?: readonly ({ readonly id: FunctionId } & Partial<
    Omit<SupportFunction, 'id'>
  >)[];
  readonly models?: {
    readonly sharedService?: Partial<Assumptions['models']['sharedService']>;
    readonly hostCcg?: Partial<Assumptions['models']['hostCcg']>;
    readonly laPartnership?: Partial<Assumptions['models']['laPartnership']>;
    readonly csu?: Partial<Assumptions['models']['csu']>;
    readonly external?: Partial<Assumptions['models']['external']>;
  };
  /** Bands are not overridden per scenario; the rates are. */
  readonly staffing?: Partial<Omit<StaffingAssumptions, 'bands'>>;
  readonly transition?: Partial<TransitionAssumptions>;
}

export interface ClusterNode {
  readonly kind: 'cluster';
  readonly id: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface CcgNode {
  readonly kind: 'ccg';
  readonly id: string;
  readonly name: string;
  readonly code?: string;
  /** The CCG's own posts (format version 4): where given they replace the estimate for what they cover. */
  readonly structure?: Structure;
  /** Used only when the CCG has no localities (DESIGN.md §4 step 1). */
  readonly population?: number;
  readonly clusterId?: string;
  readonly federated: boolean;
  /** The (ONS-adjusted) population the allowance is calculated on; default the CCG's own. */
  readonly allowancePopulation?: number;
  /**
   * Published allowances in £ by year id. Read only through own keys (Object.hasOwn): a year id
   * such as "constructor" must never reach the prototype.
   */
  readonly allowances?: Readonly<Record<YearId, number>>;
  readonly x: number;
  readonly y: number;
}

export interface LocalityNode {
  readonly kind: 'locality';
  readonly id: string;
  readonly name: string;
  readonly ccgId: string;
  readonly population: number;
  readonly practices?: number;
  readonly x?: number;
  readonly y?: number;
}

export interface LocalAuthorityNode {
  readonly kind: 'localAuthority';
  readonly id: string;
  readonly name: string;
  readonly code?: string;
  readonly laType?: string;
  readonly population: number;
  readonly x: number;
  readonly y: number;
}

export const PROVIDER_TYPES = ['csu', 'private', 'social-enterprise', 'third-sector'] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];

export interface ProviderNode {
  readonly kind: 'provider';
  readonly id: string;
  readonly name: string;
  readonly providerType: ProviderType;
  readonly otherCustomersPopulation?: number;
  readonly prices?: Readonly<Record<FunctionId, number>>;
  readonly x: number;
  readonly y: number;
}

export type Node = ClusterNode | CcgNode | LocalityNode | LocalAuthorityNode | ProviderNode;
export type NodeKind = Node['kind'];

export interface LaOverlap {
  readonly ccgId: string;
  readonly laId: string;
  /** Share (0..1) of the CCG's population living in the local authority. */
  readonly share: number;
}

export const ARRANGEMENT_MODELS = [
  'shared-service',
  'host-ccg',
  'la-partnership',
  'csu',
  'external',
] as const;
export type ArrangementModel = (typeof ARRANGEMENT_MODELS)[number];

export interface Arrangement {
  readonly id: string;
  readonly name: string;
  readonly model: ArrangementModel;
  readonly members: readonly string[];
  readonly hostCcgId?: string;
  readonly laId?: string;
  readonly providerId?: string;
  readonly functions: readonly FunctionId[];
  readonly allocation?: 'population' | 'equal';
  readonly riskShareAgreed?: boolean;
  /** A pooled arrangement's posts (shared service, host CCG, LA partnership; format version 4). */
  readonly structure?: Structure;
  readonly x?: number;
  readonly y?: number;
}

export interface Scenario {
  readonly id: string;
  readonly name: string;
  readonly notes?: string;
  /** The scenario one-off transition costs are measured from (format version 4). */
  readonly baselineScenarioId?: string;
  readonly assumptionOverrides?: AssumptionOverrides;
  readonly nodes: readonly Node[];
  readonly laOverlaps: readonly LaOverlap[];
  readonly arrangements: readonly Arrangement[];
}

/**
 * Where a slide points the canvas: (x, y) is the canvas point at the centre of the view and k the
 * zoom for a view 1280 pixels wide (a wider view zooms in in proportion), so a slide made on a
 * laptop frames the same area on a projector of another size.
 */
export interface SlideCamera {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** What a slide draws attention to: one CCG or arrangement of its scenario, or a comparison of scenarios. */
export type SlideHighlight =
  | { readonly kind: 'ccg' | 'arrangement'; readonly id: string }
  | { readonly kind: 'comparison'; readonly scenarioIds: readonly string[] };

/** A saved view for workshop mode: a scenario, a camera position and what is highlighted. */
export interface Slide {
  readonly id: string;
  readonly title: string;
  readonly scenarioId: string;
  readonly camera: SlideCamera;
  readonly highlight?: SlideHighlight;
  readonly notes?: string;
  /** The planning year the slide shows; default the first. */
  readonly yearId?: YearId;
}

/** Format tag and version: changing either needs a migration in shared/schema/migrations.ts. */
export const WORKSPACE_FORMAT = 'ccg-modeller/workspace';
export const WORKSPACE_VERSION = 4;

export interface Workspace {
  readonly format: typeof WORKSPACE_FORMAT;
  readonly version: typeof WORKSPACE_VERSION;
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly assumptions: Assumptions;
  readonly scenarios: readonly Scenario[];
  /** Workshop slides, in presentation order (format version 2). */
  readonly slides?: readonly Slide[];
}
