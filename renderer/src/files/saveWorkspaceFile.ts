import type { Bridge, SaveTextFileResult } from '../../../shared/ipc/bridge';
import type { Workspace } from '../../../shared/model/workspace';
import { workspaceText } from '../../../shared/schema/workspaceText';

/** A file name for the workspace: its name without characters no file system accepts, + .ccgm. */
export function workspaceFileName(workspace: Workspace): string {
  return workspaceFileNameOf(workspace.name);
}

/** A `.ccgm` file name from a workspace's name (also for a stored one that fails validation). */
export function workspaceFileNameOf(name: string): string {
  // The same characters the bridge refuses in a suggested name (shared/ipc/bridge.ts).
  const base = [...name]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && !'\\/:*?"<>|'.includes(ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .replace(/[. ]+$/, '');
  return `${base || 'workspace'}.ccgm`;
}

/** Saves the workspace as a `.ccgm` file (pretty JSON, the interchange format of DESIGN.md §5). */
export function saveWorkspaceFile(bridge: Bridge, workspace: Workspace): Promise<SaveTextFileResult> {
  return bridge.saveTextFile({
    kind: 'workspace',
    suggestedName: workspaceFileName(workspace),
    text: workspaceText(workspace),
  });
}
