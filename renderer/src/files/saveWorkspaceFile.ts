import type { Bridge, SaveTextFileResult } from '../../../shared/ipc/bridge';
import { safeFileNamePart } from '../../../shared/export/exportFileName';
import type { Workspace } from '../../../shared/model/workspace';
import { workspaceText } from '../../../shared/schema/workspaceText';

/** A file name for the workspace: its name made safe as every export file name is, + .ccgm. */
export function workspaceFileName(workspace: Workspace): string {
  return workspaceFileNameOf(workspace.name);
}

/** A `.ccgm` file name from a workspace's name (also for a stored one that fails validation). */
export function workspaceFileNameOf(name: string): string {
  return `${safeFileNamePart(name, 120) || 'workspace'}.ccgm`;
}

/** Saves the workspace as a `.ccgm` file (pretty JSON, the interchange format of DESIGN.md §5). */
export function saveWorkspaceFile(
  bridge: Bridge,
  workspace: Workspace,
): Promise<SaveTextFileResult> {
  return bridge.saveTextFile({
    kind: 'workspace',
    suggestedName: workspaceFileName(workspace),
    text: workspaceText(workspace),
  });
}
