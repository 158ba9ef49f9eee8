/**
 * The one table of arrangement models: what each is called and the rules the rest of the app
 * (costing, validation, canvas, panels, exports, comparison wording, Recommend) reads from it.
 * The rules here must agree with the costing engine; a unit test costs a scenario per model to
 * prove they do.
 */
import {
  ARRANGEMENT_MODELS,
  type ArrangementModel,
  type Assumptions,
  type ProviderType,
} from './workspace';

export { ARRANGEMENT_MODELS, type ArrangementModel };

/** The organisation an arrangement names besides its members, and the field it names it in. */
export type ArrangementPartner =
  | { readonly field: 'none' }
  | { readonly field: 'hostCcgId'; readonly kind: 'ccg' }
  | { readonly field: 'laId'; readonly kind: 'localAuthority' }
  /** csu: a provider of type csu; other: a provider of any other type. */
  | {
      readonly field: 'providerId';
      readonly kind: 'provider';
      readonly providerType: 'csu' | 'other';
    };

/** The models whose members' costs are pooled (see `pooled`). */
export type PooledModel = 'shared-service' | 'host-ccg' | 'la-partnership';

export interface ArrangementModelRules {
  readonly model: ArrangementModel;
  /** As a finance lead sees it in the arrangement form, the panels and the exports. */
  readonly label: string;
  /** Short code drawn inside an arrangement hub. */
  readonly code: string;
  /** One line on what it means, under the choice in the arrangement form. */
  readonly description: string;
  /** The model inside a sentence: "the Wexmoor shared service (host CCG arrangement) ends". */
  readonly inSentence: string;
  /** The words naming a new arrangement of this model: "Ashby and Barford shared service". */
  readonly nameWords: string;
  /**
   * The members' function costs are pooled at their combined scale (plus an overhead) and the
   * pool split between them; the arrangement may carry its own posts.
   */
  readonly pooled: boolean;
  /** The members choose how the pool is split (by population or equally) and agree risk sharing. */
  readonly memberSplit: boolean;
  /** Support is bought at a provider's price (a diamond hub), not shared (a circle). */
  readonly bought: boolean;
  /** The arrangement must name a provider (providerId). */
  readonly needsProvider: boolean;
  readonly partner: ArrangementPartner;
  /** Where its parameters (overhead, or margin and contract management) live in `assumptions.models`. */
  readonly assumptionsKey: keyof Assumptions['models'];
}

const RULES: readonly ArrangementModelRules[] = [
  {
    model: 'shared-service',
    label: 'Shared service',
    code: 'SS',
    description: 'The CCGs set up and share a support service, pooling its cost.',
    inSentence: 'shared service',
    nameWords: 'shared service',
    pooled: true,
    memberSplit: true,
    bought: false,
    needsProvider: false,
    partner: { field: 'none' },
    assumptionsKey: 'sharedService',
  },
  {
    model: 'host-ccg',
    label: 'Host CCG',
    code: 'H',
    description: 'One member runs the service and sells it to the others.',
    inSentence: 'host CCG arrangement',
    nameWords: 'hosted service',
    pooled: true,
    memberSplit: true,
    bought: false,
    needsProvider: false,
    partner: { field: 'hostCcgId', kind: 'ccg' },
    assumptionsKey: 'hostCcg',
  },
  {
    model: 'la-partnership',
    label: 'Local authority partnership',
    code: 'LA',
    description: 'The CCGs share support with a council, which pays its part.',
    inSentence: 'local authority partnership',
    nameWords: 'LA partnership',
    pooled: true,
    memberSplit: false,
    bought: false,
    needsProvider: false,
    partner: { field: 'laId', kind: 'localAuthority' },
    assumptionsKey: 'laPartnership',
  },
  {
    model: 'csu',
    label: 'CSU',
    code: 'CSU',
    description: 'Buy from the cluster’s commissioning support unit.',
    inSentence: 'CSU contract',
    nameWords: 'CSU contract',
    pooled: false,
    memberSplit: false,
    bought: true,
    needsProvider: true,
    partner: { field: 'providerId', kind: 'provider', providerType: 'csu' },
    assumptionsKey: 'csu',
  },
  {
    model: 'external',
    label: 'External provider',
    code: 'EXT',
    description: 'Buy from a private, social enterprise or third-sector provider.',
    inSentence: 'external contract',
    nameWords: 'external contract',
    pooled: false,
    memberSplit: false,
    bought: true,
    needsProvider: true,
    partner: { field: 'providerId', kind: 'provider', providerType: 'other' },
    assumptionsKey: 'external',
  },
];

/** Every model's rules, by model id. */
export const MODEL_RULES: Readonly<Record<ArrangementModel, ArrangementModelRules>> =
  Object.fromEntries(RULES.map((r) => [r.model, r])) as Record<
    ArrangementModel,
    ArrangementModelRules
  >; // fromEntries loses the keys; RULES lists each model once (tested)

/** The models in the order the arrangement form offers them. */
export const MODEL_LIST: readonly ArrangementModelRules[] = RULES;

/** The rules of one model. */
export function modelRules(model: ArrangementModel): ArrangementModelRules {
  return MODEL_RULES[model];
}

/** The word for a function a CCG does itself, beside the model labels. */
export const IN_HOUSE_LABEL = 'In-house';

/** How a function is delivered, in a finance lead's words: "In-house" or the model's label. */
export function deliveryLabel(mode: ArrangementModel | 'in-house'): string {
  return mode === 'in-house' ? IN_HOUSE_LABEL : MODEL_RULES[mode].label;
}

/** Whether a provider of this type may deliver an arrangement of this model (a CSU only a csu one). */
export function offersProvider(model: ArrangementModel, providerType: ProviderType): boolean {
  const partner = MODEL_RULES[model].partner;
  return (
    partner.field === 'providerId' && (partner.providerType === 'csu') === (providerType === 'csu')
  );
}

/** Whether the model pools its members' costs (the table's `pooled`), narrowing its type. */
export function isPooledModel(model: ArrangementModel): model is PooledModel {
  return MODEL_RULES[model].pooled;
}

/** A pooled model's overhead on the pool, from the assumptions in force. */
export function modelOverhead(a: Assumptions, model: PooledModel): number {
  const key = MODEL_RULES[model].assumptionsKey;
  if (key === 'csu' || key === 'external')
    throw new Error(`A ${model} arrangement has no overhead`);
  return a.models[key].overhead;
}
