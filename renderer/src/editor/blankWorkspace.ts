import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';
import {
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type Workspace,
} from '../../../shared/model/workspace';

/** What the header calls a blank workspace that is not in the library. */
export const BLANK_SOURCE_LABEL = 'Not saved yet';

/** A workspace with the default assumptions and one empty scenario, "Scenario 1", to build from scratch. */
export function blankWorkspace(now: Date = new Date()): Workspace {
  const stamp = now.toISOString();
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    // Unique enough for a local document; the id only has to differ from other workspaces' ids.
    id: `ws-${now.getTime().toString(36)}`,
    name: 'New workspace',
    createdAt: stamp,
    updatedAt: stamp,
    // A deep copy, so nothing can ever reach back into the shared defaults.
    assumptions: JSON.parse(JSON.stringify(DEFAULT_ASSUMPTIONS)) as Workspace['assumptions'],
    scenarios: [
      { id: 'scenario-1', name: 'Scenario 1', nodes: [], laOverlaps: [], arrangements: [] },
    ],
  };
}
