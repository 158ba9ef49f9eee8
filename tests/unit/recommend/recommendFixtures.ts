/**
 * Small workspaces for the Recommend tests, and HiGHS loaded once per test file. The generated
 * workspaces put three to four CCGs in one cluster with two councils, a CSU and a private
 * provider, so every model has something to choose from; the cap can be set so the allowance
 * binds.
 */
import loadHighs from 'highs';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';
import { highsLpSolver, type LpSolver } from '../../../shared/recommend/lpSolver';
import {
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type Arrangement,
  type Assumptions,
  type Node,
  type Workspace,
} from '../../../shared/model/workspace';

let loaded: Promise<LpSolver> | undefined;
/** HiGHS, loaded once. */
export function highsSolver(): Promise<LpSolver> {
  loaded ??= loadHighs().then((h) => highsLpSolver(h));
  return loaded;
}

export interface SmallSpec {
  readonly populations: readonly number[];
  readonly capPerHead: number;
  /** An extra CCG out of scope that buys every function from the CSU (its members keep theirs). */
  readonly outsider?: number;
  readonly providerPrices?: Readonly<Record<string, number>>;
  /** The CSU's customers outside the workspace (default: the model's 1.5m). */
  readonly csuOthers?: number;
}

export const SMALL_CCG = (i: number): string => `ccg-${String.fromCharCode(97 + i)}`;

export function smallWorkspace(spec: SmallSpec): Workspace {
  const ccgIds = spec.populations.map((_, i) => SMALL_CCG(i));
  const nodes: Node[] = [
    { kind: 'cluster', id: 'cl', name: 'Test cluster', x: 0, y: 0, width: 1400, height: 400 },
    ...spec.populations.map((population, i): Node => ({
      kind: 'ccg',
      id: SMALL_CCG(i),
      name: `${String.fromCharCode(65 + i)}ville CCG`,
      population,
      clusterId: 'cl',
      federated: false,
      x: 40 + i * 290,
      y: 60,
    })),
    {
      kind: 'localAuthority',
      id: 'la-north',
      name: 'North Council',
      population: 400_000,
      x: 100,
      y: 500,
    },
    {
      kind: 'localAuthority',
      id: 'la-south',
      name: 'South Council',
      population: 300_000,
      x: 600,
      y: 500,
    },
    {
      kind: 'provider',
      id: 'csu',
      name: 'Test CSU',
      providerType: 'csu',
      x: 1500,
      y: 60,
      ...(spec.csuOthers !== undefined ? { otherCustomersPopulation: spec.csuOthers } : {}),
    },
    {
      kind: 'provider',
      id: 'acme',
      name: 'Acme Ltd',
      providerType: 'private',
      x: 1500,
      y: 260,
      ...(spec.providerPrices ? { prices: spec.providerPrices } : {}),
    },
  ];
  const arrangements: Arrangement[] = [];
  if (spec.outsider !== undefined) {
    nodes.push({
      kind: 'ccg',
      id: 'ccg-out',
      name: 'Outside CCG',
      population: spec.outsider,
      clusterId: 'cl',
      federated: false,
      x: 40,
      y: 700,
    });
    arrangements.push({
      id: 'arr-out',
      name: 'Outside CSU contract',
      model: 'csu',
      members: ['ccg-out'],
      providerId: 'csu',
      functions: DEFAULT_ASSUMPTIONS.functions.map((f) => f.id),
    });
  }
  const laOverlaps = ccgIds.flatMap((id, i) =>
    i % 2 === 0
      ? [
          { ccgId: id, laId: 'la-north', share: 0.9 },
          { ccgId: id, laId: 'la-south', share: 0.1 },
        ]
      : [{ ccgId: id, laId: 'la-south', share: 1 }],
  );
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    id: 'ws-small',
    name: 'Small',
    createdAt: '2012-03-01T09:00:00Z',
    updatedAt: '2012-03-01T09:00:00Z',
    assumptions: withAllowancePerHead(DEFAULT_ASSUMPTIONS, spec.capPerHead),
    scenarios: [{ id: 'start', name: 'Start', nodes, laOverlaps, arrangements }],
  };
}

/** The assumptions with one planning year, 2013/14, at this allowance per head. */
export function withAllowancePerHead(a: Assumptions, perHead: number): Assumptions {
  return {
    ...a,
    years: [{ id: '2013-14', label: '2013/14', allowancePerHead: perHead, costIndex: 1 }],
  };
}
