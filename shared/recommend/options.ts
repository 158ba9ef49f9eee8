/**
 * What a recommendation is asked for: the scope, the year and the rules the user ticks. Defaults
 * are the cautious choices of the time (no patient data sent out, no dominant host, risk sharing
 * agreed before pooling) so that an untouched dialog recommends something a board could sign.
 */
import type { ArrangementModel } from '../model/workspace';

/** The delivery options Recommend may choose between; in-house is always allowed. */
export const RECOMMEND_MODELS = [
  'in-house',
  'shared-service',
  'csu',
  'host-ccg',
  'la-partnership',
  'external',
] as const;
export type RecommendModel = (typeof RECOMMEND_MODELS)[number];

export const DEFAULT_MODELS: readonly RecommendModel[] = ['in-house', 'shared-service', 'csu'];

/** Which CCGs are reconsidered; every other CCG keeps its delivery exactly. */
export type RecommendScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'cluster'; readonly clusterId: string }
  | { readonly kind: 'ccgs'; readonly ccgIds: readonly string[] };

export interface PinnedCell {
  readonly ccgId: string;
  readonly functionId: string;
}

export interface RecommendOptions {
  readonly scope: RecommendScope;
  /** Year id to satisfy; the first year when absent. */
  readonly yearId?: string;
  /** Every CCG within its allowance in that year (hard); else minimise the largest overshoot. */
  readonly withinAllowance: boolean;
  /** Pool only CCGs of the same cluster. */
  readonly withinCluster: boolean;
  /** Most CCGs in one pooled or jointly procured arrangement (CSU contracts are not pooled). */
  readonly maxMembers: number;
  readonly models: readonly RecommendModel[];
  /** No external contract for business intelligence (patient data stays in the NHS). */
  readonly noExternalBi: boolean;
  /** No host CCG with more than half of its arrangement's population. */
  readonly noDominantHost: boolean;
  /** Mark every new pooled arrangement as having agreed HR, legal and financial risk sharing. */
  readonly riskShareAgreed: boolean;
  /** Cells whose current delivery is kept. */
  readonly pinned: readonly PinnedCell[];
}

export const DEFAULT_OPTIONS: RecommendOptions = {
  scope: { kind: 'all' },
  withinAllowance: true,
  withinCluster: true,
  maxMembers: 6,
  models: DEFAULT_MODELS,
  noExternalBi: true,
  noDominantHost: true,
  riskShareAgreed: true,
  pinned: [],
};

/** The defaults with some fields replaced. */
export function recommendOptions(partial: Partial<RecommendOptions> = {}): RecommendOptions {
  return { ...DEFAULT_OPTIONS, ...partial };
}

/** Models that are arrangements (everything but in-house). */
export function arrangedModels(models: readonly RecommendModel[]): ArrangementModel[] {
  return models.filter((m): m is ArrangementModel => m !== 'in-house');
}

export function isRecommendModel(value: string): value is RecommendModel {
  return (RECOMMEND_MODELS as readonly string[]).includes(value);
}
