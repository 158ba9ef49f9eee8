// Tiny hand-made workspaces for component tests, checked by the real validator so a fixture can
// never drift into something the app would refuse to open.
import { DEFAULT_ASSUMPTIONS } from '../../shared/assumptions/defaultAssumptions';
import type { Arrangement, LaOverlap, Node, Workspace } from '../../shared/model/workspace';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION } from '../../shared/model/workspace';
import { validateWorkspace } from '../../shared/schema/validateWorkspace';

export function workspaceOf(
  nodes: Node[],
  arrangements: Arrangement[] = [],
  scenarioId = 's1',
  laOverlaps: LaOverlap[] = [],
): Workspace {
  const workspace: Workspace = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    id: 'ws-test',
    name: 'Test workspace',
    createdAt: '2012-03-01T00:00:00.000Z',
    updatedAt: '2012-03-01T00:00:00.000Z',
    assumptions: DEFAULT_ASSUMPTIONS,
    scenarios: [{ id: scenarioId, name: 'Test scenario', nodes, laOverlaps, arrangements }],
  };
  const checked = validateWorkspace(workspace);
  if (!checked.ok)
    throw new Error(`Fixture is not a valid workspace:\n${checked.errors.join('\n')}`);
  return workspace;
}

// The canvas tests' north cluster: Ashby and Barford in it, Carlow outside it to the right.
// Cards are 240 wide and 90 tall (+26 per locality).
export const NORTH_CLUSTER: Node = {
  kind: 'cluster',
  id: 'cl-north',
  name: 'North cluster',
  x: 0,
  y: 0,
  width: 600,
  height: 300,
};
export const ASHBY: Node = {
  kind: 'ccg',
  id: 'ccg-a',
  name: 'Ashby CCG',
  population: 100_000,
  clusterId: 'cl-north',
  federated: false,
  x: 40,
  y: 100,
};
export const BARFORD: Node = {
  kind: 'ccg',
  id: 'ccg-b',
  name: 'Barford CCG',
  population: 150_000,
  clusterId: 'cl-north',
  federated: false,
  x: 320,
  y: 100,
};
export const CARLOW: Node = {
  kind: 'ccg',
  id: 'ccg-c',
  name: 'Carlow CCG',
  population: 120_000,
  federated: false,
  x: 800,
  y: 100,
};
