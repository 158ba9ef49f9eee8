import type { Workspace } from '../model/workspace';
import { workspaceSchema } from './workspaceSchema';

/**
 * The `.ccgm` text of a workspace: pretty JSON with every object's fields in the format's own
 * order (the schema's), whatever order the code that built it used. Importing a file and saving
 * it again therefore gives the same bytes, apart from the timestamps a save may move.
 */
export function workspaceText(workspace: Workspace): string {
  // Parsing rebuilds each object in the schema's field order; a document that fails (never one
  // the app holds, which is validated on every edit) is written as it is rather than lost.
  const parsed = workspaceSchema.safeParse(workspace);
  return JSON.stringify(parsed.success ? parsed.data : workspace, null, 2);
}
