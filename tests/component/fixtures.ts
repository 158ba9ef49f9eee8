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
