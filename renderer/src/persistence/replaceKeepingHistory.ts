import type { Workspace } from '../../../shared/model/workspace';
import type { PersistenceSession } from './persistenceSession';
import { takeSnapshot } from './snapshotRecords';

/**
 * Replaces the saved workspace with the same id by `workspace` and opens it, keeping the version
 * it replaces in its History as a checkpoint labelled `label`. Resolves with the workspace opened.
 */
export async function replaceKeepingHistory(
  session: PersistenceSession,
  workspace: Workspace,
  label: string,
  now: () => Date,
): Promise<Workspace> {
  // Pending edits of the saved workspace go to disk first, so the kept version has them and a
  // late autosave cannot write the old document over the imported one.
  if (session.openId() === workspace.id) await session.autosave.flush();
  const record = await session.db.workspaces.get(workspace.id);
  if (record) {
    // A checkpoint, not an automatic snapshot: automatic ones are pruned, this must stay findable.
    await takeSnapshot(session.db, record.document, {
      kind: 'checkpoint',
      label,
      takenAt: now().toISOString(),
    });
  }
  return session.replaceWorkspace(workspace);
}
