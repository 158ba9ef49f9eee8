/**
 * Small builders for costing and risk tests: a valid v1 workspace (DESIGN.md §5) from a few
 * nodes and arrangements, and short-hands to cost it and read one CCG's result.
 *
 * `costOf` validates the workspace first (the engine expects a validated document), so every
 * case a test costs is one the app could actually load.
 */
import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';
import { costScenario } from '../../../shared/costing/costScenario';
import type {
  CcgResult,
  FunctionCost,
  RiskFlag,
  ScenarioResult,
} from '../../../shared/costing/results';
import type {
  Arrangement,
  AssumptionOverrides,
  Assumptions,
  CcgNode,
  LaOverlap,
  LocalAuthorityNode,
  LocalityNode,
  Node,
  ProviderNode,
  ProviderType,
  Scenario,
  SupportFunction,
  Workspace,
} from '../../../shared/model/workspace';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';

/** A support function with a readable name: `fn('f', 4, 0.5)` costs £4.00 a head at the reference population, e = 0.5. */
export function fn(id: string, costPerHead: number, scaleElasticity: number): SupportFunction {
  return {
    id,
    name: `Function ${id.toUpperCase()}`,
    costPerHead,
    scaleElasticity,
    runningCost: true,
  };
}

/** DEFAULT_ASSUMPTIONS with its functions replaced (and any other top-level part changed). */
export function assumptionsWith(
  functions: readonly SupportFunction[],
  changes: Partial<Assumptions> = {},
): Assumptions {
  return { ...DEFAULT_ASSUMPTIONS, ...changes, functions };
}

export function ccg(
  id: string,
  name: string,
  opts: { population?: number; federated?: boolean } = {},
): CcgNode {
  return {
    kind: 'ccg',
    id,
    name,
    federated: opts.federated ?? false,
    x: 0,
    y: 0,
    ...(opts.population !== undefined ? { population: opts.population } : {}),
  };
}

export function locality(id: string, ccgId: string, population: number): LocalityNode {
  return { kind: 'locality', id, name: `Locality ${id}`, ccgId, population };
}

export function localAuthority(id: string, name: string, population: number): LocalAuthorityNode {
  return { kind: 'localAuthority', id, name, population, x: 0, y: 500 };
}

export function provider(
  id: string,
  name: string,
  providerType: ProviderType,
  opts: { otherCustomersPopulation?: number; prices?: Record<string, number> } = {},
): ProviderNode {
  return { kind: 'provider', id, name, providerType, x: 900, y: 0, ...opts };
}

export interface ScenarioSpec {
  readonly id?: string;
  readonly name?: string;
  readonly nodes: readonly Node[];
  readonly laOverlaps?: readonly LaOverlap[];
  readonly arrangements?: readonly Arrangement[];
  readonly assumptionOverrides?: AssumptionOverrides;
}

/** The id given to a scenario built without one; `costOf` costs it by default. */
export const SCENARIO_ID = 's1';

/** A valid workspace: the given assumptions (DEFAULT_ASSUMPTIONS if none) and one or more scenarios. */
export function buildWorkspace(
  scenarios: ScenarioSpec | readonly ScenarioSpec[],
  assumptions: Assumptions = DEFAULT_ASSUMPTIONS,
): Workspace {
  const list = Array.isArray(scenarios)
    ? (scenarios as readonly ScenarioSpec[])
    : [scenarios as ScenarioSpec];
  return {
    format: 'ccg-modeller/workspace',
    version: 4,
    id: 'ws-test',
    name: 'Test workspace',
    createdAt: '2012-03-01T09:00:00Z',
    updatedAt: '2012-03-01T09:00:00Z',
    assumptions,
    scenarios: list.map((s, i): Scenario => ({
      id: s.id ?? (i === 0 ? SCENARIO_ID : `s${i + 1}`),
      name: s.name ?? `Scenario ${i + 1}`,
      nodes: s.nodes,
      laOverlaps: s.laOverlaps ?? [],
      arrangements: s.arrangements ?? [],
      ...(s.assumptionOverrides ? { assumptionOverrides: s.assumptionOverrides } : {}),
    })),
  };
}

/** Validates the workspace (throws with the validator's words if it is not valid) and costs one scenario. */
export function costOf(workspace: Workspace, scenarioId: string = SCENARIO_ID): ScenarioResult {
  const validation = validateWorkspace(workspace);
  if (!validation.ok)
    throw new Error(`test workspace is not valid:\n${validation.errors.join('\n')}`);
  return costScenario(workspace, scenarioId);
}

/** One CCG's result; throws if the CCG is not in the result. */
export function ccgOf(result: ScenarioResult, ccgId: string): CcgResult {
  const found = result.ccgs.find((c) => c.id === ccgId);
  if (!found) throw new Error(`no CCG "${ccgId}" in the result`);
  return found;
}

/** One function's cost for one CCG; throws if missing. */
export function fnOf(result: ScenarioResult, ccgId: string, functionId: string): FunctionCost {
  const found = ccgOf(result, ccgId).functions[functionId];
  if (!found) throw new Error(`no function "${functionId}" for CCG "${ccgId}"`);
  return found;
}

/** The flags with a given id, optionally only those about one subject. */
export function flagsOf(
  result: ScenarioResult,
  flagId: RiskFlag['id'],
  subject?: string,
): RiskFlag[] {
  return result.flags.filter(
    (f) => f.id === flagId && (subject === undefined || f.subject === subject),
  );
}
