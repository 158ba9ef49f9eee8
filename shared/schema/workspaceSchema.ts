/**
 * The structure of a `.ccgm` workspace file (format version 4) as zod schemas. Structure only:
 * references, duplicates, coverage and ranges are checked in validateWorkspace.ts, where the
 * messages can name things. Objects are strict: an unknown field is reported, never dropped.
 */
import { z } from 'zod';
import {
  ARRANGEMENT_MODELS,
  PROVIDER_TYPES,
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type Arrangement,
  type AssumptionOverrides,
  type Assumptions,
  type CcgNode,
  type ClusterNode,
  type LaOverlap,
  type LocalAuthorityNode,
  type LocalityNode,
  type Node,
  type PlanningYear,
  type ProviderNode,
  type Scenario,
  type Slide,
  type SupportFunction,
  type Workspace,
} from '../model/workspace';
import {
  staffingAssumptionsSchema,
  staffingOverridesSchema,
  structureSchema,
  transitionAssumptionsSchema,
  transitionOverridesSchema,
} from './staffingSchema';

const finite = () => z.number().refine(Number.isFinite, 'must be a finite number');
const positive = () => finite().refine((n) => n > 0, 'must be greater than zero');
const population = () => finite().refine((n) => n > 0, 'must be a positive number of people');
const positiveAmount = (what: string) =>
  z.number().refine((n) => Number.isFinite(n) && n > 0, `must be ${what}`);
const id = () =>
  z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
/**
 * What a support function's id may hold. Assumptions are named by dotted paths
 * ("functions.bi.costPerHead") in the editor and in messages, so an id must not contain a ".",
 * and lower-case letters, digits and hyphens keep it clear of names like "__proto__" too.
 */
export const FUNCTION_ID_PATTERN = /^[a-z0-9-]+$/;

/** Why a support function id is refused, or undefined if it is a good one. */
export function functionIdProblem(id: string): string | undefined {
  if (FUNCTION_ID_PATTERN.test(id)) return undefined;
  const shown = id.length > 60 ? `${id.slice(0, 57)}…` : id;
  return `function id ${JSON.stringify(shown)} may contain only lower-case letters, digits and hyphens`;
}

/**
 * What a planning year's id may hold: the same rule as a function's. A year id is a key of a CCG's
 * `allowances` and part of assumption paths ("years.2014-15.allowancePerHead"), so it must hold no
 * "." and stay clear of names like "__proto__".
 */
export const YEAR_ID_PATTERN = FUNCTION_ID_PATTERN;

/** Why a planning year id is refused, or undefined if it is a good one. */
export function yearIdProblem(id: string): string | undefined {
  if (YEAR_ID_PATTERN.test(id)) return undefined;
  const shown = id.length > 60 ? `${id.slice(0, 57)}…` : id;
  return `year id ${JSON.stringify(shown)} may contain only lower-case letters, digits and hyphens`;
}

/** The longest name a file may give anything (importers check it too, so they never build an invalid file). */
export const MAX_NAME_LENGTH = 500;
const name = () =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`);

const supportFunction = z.strictObject({
  id: id(),
  name: name(),
  costPerHead: finite(),
  scaleElasticity: finite(),
  // A hand-written file may leave it out: a function is running cost unless it says otherwise.
  runningCost: z.boolean().default(true),
}) satisfies z.ZodType<SupportFunction>;

/** Ranges (5–60 £/head, 0.5–2 index), the 1–10 count and unique ids are checked with names in validateWorkspace. */
const planningYear = z.strictObject({
  id: id(),
  label: name(),
  allowancePerHead: finite(),
  costIndex: finite(),
}) satisfies z.ZodType<PlanningYear>;

export const assumptionsSchema = z.strictObject({
  years: z.array(planningYear),
  amberMargin: finite(),
  referencePopulation: finite(),
  smallCcgPopulation: finite(),
  core: z.strictObject({ fixedPerCcg: finite(), perHead: finite(), perDevolvedLocality: finite() }),
  functions: z.array(supportFunction).min(1, 'must list at least one support function'),
  models: z.strictObject({
    sharedService: z.strictObject({ overhead: finite() }),
    hostCcg: z.strictObject({ overhead: finite() }),
    laPartnership: z.strictObject({ overhead: finite(), laParticipation: finite() }),
    csu: z.strictObject({
      margin: finite(),
      clientContractManagement: finite(),
      otherCustomersPopulation: finite(),
    }),
    external: z.strictObject({
      margin: finite(),
      scalePopulation: finite(),
      procurementCost: finite(),
      contractYears: finite(),
      clientContractManagement: finite(),
    }),
  }),
  staffing: staffingAssumptionsSchema.optional(),
  transition: transitionAssumptionsSchema.optional(),
}) satisfies z.ZodType<Assumptions>;

const partial = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape).partial();

const assumptionOverridesSchema = z.strictObject({
  years: z
    .array(
      z.strictObject({
        id: id(),
        label: name().optional(),
        allowancePerHead: finite().optional(),
        costIndex: finite().optional(),
      }),
    )
    .optional(),
  amberMargin: finite().optional(),
  referencePopulation: finite().optional(),
  smallCcgPopulation: finite().optional(),
  core: partial({
    fixedPerCcg: finite(),
    perHead: finite(),
    perDevolvedLocality: finite(),
  }).optional(),
  functions: z
    .array(
      z.strictObject({
        id: id(),
        name: name().optional(),
        costPerHead: finite().optional(),
        scaleElasticity: finite().optional(),
        runningCost: z.boolean().optional(),
      }),
    )
    .optional(),
  models: z
    .strictObject({
      sharedService: partial({ overhead: finite() }).optional(),
      hostCcg: partial({ overhead: finite() }).optional(),
      laPartnership: partial({ overhead: finite(), laParticipation: finite() }).optional(),
      csu: partial({
        margin: finite(),
        clientContractManagement: finite(),
        otherCustomersPopulation: finite(),
      }).optional(),
      external: partial({
        margin: finite(),
        scalePopulation: finite(),
        procurementCost: finite(),
        contractYears: finite(),
        clientContractManagement: finite(),
      }).optional(),
    })
    .optional(),
  staffing: staffingOverridesSchema.optional(),
  transition: transitionOverridesSchema.optional(),
}) satisfies z.ZodType<AssumptionOverrides>;

const clusterNode = z.strictObject({
  kind: z.literal('cluster'),
  id: id(),
  name: name(),
  x: finite(),
  y: finite(),
  width: positive(),
  height: positive(),
}) satisfies z.ZodType<ClusterNode>;
const ccgNode = z.strictObject({
  kind: z.literal('ccg'),
  id: id(),
  name: name(),
  code: z.string().optional(),
  population: population().optional(),
  clusterId: id().optional(),
  federated: z.boolean(),
  allowancePopulation: positiveAmount('a positive number of people').optional(),
  // Keys are year ids, checked against the years in validateWorkspace.
  allowances: z.record(z.string(), positiveAmount('a positive amount in £')).optional(),
  x: finite(),
  y: finite(),
});
const localityNode = z.strictObject({
  kind: z.literal('locality'),
  id: id(),
  name: name(),
  ccgId: id(),
  population: population(),
  practices: finite()
    .refine((n) => Number.isInteger(n) && n >= 0, 'must be a whole number, zero or more')
    .optional(),
  x: finite().optional(),
  y: finite().optional(),
}) satisfies z.ZodType<LocalityNode>;
const localAuthorityNode = z.strictObject({
  kind: z.literal('localAuthority'),
  id: id(),
  name: name(),
  code: z.string().optional(),
  laType: z.string().optional(),
  population: population(),
  x: finite(),
  y: finite(),
}) satisfies z.ZodType<LocalAuthorityNode>;
const providerNode = z.strictObject({
  kind: z.literal('provider'),
  id: id(),
  name: name(),
  providerType: z.enum(PROVIDER_TYPES),
  otherCustomersPopulation: finite()
    .refine((n) => n >= 0, 'must be zero or more')
    .optional(),
  prices: z
    .record(
      z.string(),
      finite().refine((n) => n >= 0, 'must be zero or more'),
    )
    .optional(),
  x: finite(),
  y: finite(),
}) satisfies z.ZodType<ProviderNode>;

export const NODE_KINDS = ['cluster', 'ccg', 'locality', 'localAuthority', 'provider'] as const;

// A CCG may carry its own posts (format version 4).
const ccgNodeWithPosts = ccgNode.extend({
  structure: structureSchema.optional(),
}) satisfies z.ZodType<CcgNode>;
const nodeSchema = z.discriminatedUnion('kind', [
  clusterNode,
  ccgNodeWithPosts,
  localityNode,
  localAuthorityNode,
  providerNode,
]) satisfies z.ZodType<Node>;

const laOverlapSchema = z.strictObject({
  ccgId: id(),
  laId: id(),
  share: finite().refine(
    (n) => n >= 0 && n <= 1,
    "must be between 0 and 1 (a share of the CCG's population)",
  ),
}) satisfies z.ZodType<LaOverlap>;

const arrangementSchema = z.strictObject({
  id: id(),
  name: name(),
  model: z.enum(ARRANGEMENT_MODELS),
  members: z.array(id()),
  hostCcgId: id().optional(),
  laId: id().optional(),
  providerId: id().optional(),
  functions: z.array(id()).min(1, 'must cover at least one support function'),
  allocation: z.enum(['population', 'equal']).optional(),
  riskShareAgreed: z.boolean().optional(),
  structure: structureSchema.optional(),
  x: finite().optional(),
  y: finite().optional(),
}) satisfies z.ZodType<Arrangement>;

const scenarioSchema = z.strictObject({
  id: id(),
  name: name(),
  notes: z.string().optional(),
  baselineScenarioId: id().optional(),
  assumptionOverrides: assumptionOverridesSchema.optional(),
  nodes: z.array(nodeSchema),
  laOverlaps: z.array(laOverlapSchema),
  arrangements: z.array(arrangementSchema),
}) satisfies z.ZodType<Scenario>;

const slideHighlightSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.enum(['ccg', 'arrangement']), id: id() }),
  z.strictObject({
    kind: z.literal('comparison'),
    scenarioIds: z.array(id()).min(2, 'must name at least two scenarios to compare'),
  }),
]);

export const slideSchema = z.strictObject({
  id: id(),
  title: name(),
  scenarioId: id(),
  camera: z.strictObject({ x: finite(), y: finite(), k: positive() }),
  highlight: slideHighlightSchema.optional(),
  notes: z.string().optional(),
  yearId: id().optional(),
}) satisfies z.ZodType<Slide>;

export const workspaceSchema = z.strictObject({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(WORKSPACE_VERSION),
  id: id(),
  name: name(),
  description: z.string().optional(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  assumptions: assumptionsSchema,
  scenarios: z.array(scenarioSchema).min(1, 'must contain at least one scenario'),
  slides: z.array(slideSchema).optional(),
}) satisfies z.ZodType<Workspace>;

/**
 * `satisfies z.ZodType<T>` proves every value a schema accepts is a T; this proves the other way
 * round, that no field of T is missing from its schema (where a missing optional field would pass
 * `satisfies` and then be refused in every file as unknown).
 */
type FieldsInSchema<T, S extends z.ZodType> = [Exclude<keyof T, keyof z.output<S>>] extends [never]
  ? true
  : Exclude<keyof T, keyof z.output<S>>;
type AllTrue<T extends readonly true[]> = T;
export type RecordSchemasCoverTheirTypes = AllTrue<
  [
    FieldsInSchema<SupportFunction, typeof supportFunction>,
    FieldsInSchema<PlanningYear, typeof planningYear>,
    FieldsInSchema<Assumptions, typeof assumptionsSchema>,
    FieldsInSchema<AssumptionOverrides, typeof assumptionOverridesSchema>,
    FieldsInSchema<ClusterNode, typeof clusterNode>,
    FieldsInSchema<CcgNode, typeof ccgNodeWithPosts>,
    FieldsInSchema<LocalityNode, typeof localityNode>,
    FieldsInSchema<LocalAuthorityNode, typeof localAuthorityNode>,
    FieldsInSchema<ProviderNode, typeof providerNode>,
    FieldsInSchema<LaOverlap, typeof laOverlapSchema>,
    FieldsInSchema<Arrangement, typeof arrangementSchema>,
    FieldsInSchema<Scenario, typeof scenarioSchema>,
    FieldsInSchema<Slide, typeof slideSchema>,
    FieldsInSchema<Workspace, typeof workspaceSchema>,
  ]
>;
