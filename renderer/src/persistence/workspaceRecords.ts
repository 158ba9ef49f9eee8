/**
 * Reading and writing workspaces in the local database. A document read back is validated (and
 * migrated forward) exactly like a `.ccgm` file: what is on disk may predate this build, or be
 * damaged, so nothing reaches the editor unchecked.
 */
import type { Workspace } from '../../../shared/model/workspace';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import type { CcgDatabase, SnapshotRecord, WorkspaceRecord } from './db';

/** What the library lists: no document, so listing stays cheap. */
export interface WorkspaceSummary {
  readonly id: string;
  readonly name: string;
  readonly updatedAt: string;
  readonly scenarioCount: number;
}

export type ReadOutcome =
  | { readonly ok: true; readonly workspace: Workspace; readonly updatedAt: string }
  | { readonly ok: false; readonly name: string; readonly errors: readonly string[] };

/** Every saved workspace, the most recently changed first. */
export async function listWorkspaces(db: CcgDatabase): Promise<WorkspaceSummary[]> {
  const summaries: WorkspaceSummary[] = [];
  // Walk the updatedAt index newest first; only the listing fields are kept.
  await db.workspaces
    .orderBy('updatedAt')
    .reverse()
    .each((r) => {
      summaries.push({
        id: r.id,
        name: r.name,
        updatedAt: r.updatedAt,
        scenarioCount: r.scenarioCount,
      });
    });
  return summaries;
}

/** The id of the most recently changed workspace, or undefined when there are none. */
export async function mostRecentWorkspaceId(db: CcgDatabase): Promise<string | undefined> {
  const key = await db.workspaces.orderBy('updatedAt').reverse().primaryKeys();
  return key[0];
}

/** A saved workspace, validated; undefined if there is none with this id. */
export async function readWorkspace(db: CcgDatabase, id: string): Promise<ReadOutcome | undefined> {
  const record = await db.workspaces.get(id);
  if (!record) return undefined;
  const checked = validateWorkspace(record.document);
  if (!checked.ok) return { ok: false, name: record.name, errors: checked.errors };
  return { ok: true, workspace: checked.workspace, updatedAt: record.updatedAt };
}

/** The record that stores this document, stamped as changed at `updatedAt`. */
export function workspaceRecord(workspace: Workspace, updatedAt: string): WorkspaceRecord {
  return {
    id: workspace.id,
    name: workspace.name,
    updatedAt,
    scenarioCount: workspace.scenarios.length,
    // The saved copy carries the time of its last change; the open document is not touched, so
    // saving never re-renders the editor or adds an undo step.
    document: workspace.updatedAt === updatedAt ? workspace : { ...workspace, updatedAt },
  };
}

/**
 * Saves a workspace under its id (replacing any earlier version). Resolves once the transaction
 * has committed — only then may the UI say "Saved".
 */
export async function writeWorkspace(
  db: CcgDatabase,
  workspace: Workspace,
  updatedAt: string,
): Promise<void> {
  await db.workspaces.put(workspaceRecord(workspace, updatedAt));
}

/**
 * Saves a workspace with its database request issued before this returns, for a page being left:
 * Dexie starts its requests from promise callbacks, which an unloading page may never run. The
 * transaction is committed at once, strictly durable like the database's own.
 */
export function writeWorkspaceNow(
  db: CcgDatabase,
  workspace: Workspace,
  updatedAt: string,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const idb = db.backendDB();
    const tx = idb.transaction(['workspaces'], 'readwrite', { durability: 'strict' });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('The save failed.'));
    tx.onabort = () => reject(tx.error ?? new Error('The save was aborted.'));
    tx.objectStore('workspaces').put(workspaceRecord(workspace, updatedAt));
    // Not every IndexedDB has commit(); without it the transaction commits when this task ends.
    if (typeof tx.commit === 'function') tx.commit();
  });
}

/**
 * Thrown by writeWorkspaceChecked when the saved record is no longer the version this window
 * last read or wrote: another window has saved the workspace since, and writing would silently
 * throw that window's edits away.
 */
export class WorkspaceConflictError extends Error {
  override readonly name = 'WorkspaceConflictError';
  constructor(
    readonly workspaceId: string,
    readonly theirUpdatedAt: string,
  ) {
    super('This workspace was changed in another window.');
  }
}

/**
 * Saves a workspace only if its record is still the version this window knows (`expected`, the
 * record's updatedAt when last read or written; null: write whatever is there). Read and write
 * are one transaction, so another window's save cannot slip in between. A record deleted
 * meanwhile is written again: nothing of this window's is lost.
 */
export async function writeWorkspaceChecked(
  db: CcgDatabase,
  workspace: Workspace,
  updatedAt: string,
  expected: string | null,
): Promise<void> {
  await db.transaction('rw', db.workspaces, async () => {
    if (expected !== null) {
      const saved = await db.workspaces.get(workspace.id);
      if (saved && saved.updatedAt !== expected)
        throw new WorkspaceConflictError(workspace.id, saved.updatedAt);
    }
    await db.workspaces.put(workspaceRecord(workspace, updatedAt));
  });
}

/** Whether a workspace with this id is saved. */
export async function hasWorkspace(db: CcgDatabase, id: string): Promise<boolean> {
  return (await db.workspaces.where('id').equals(id).count()) > 0;
}

/** A workspace taken out of the database, kept so that its deletion can be undone. */
export interface DeletedWorkspace {
  readonly record: WorkspaceRecord;
  readonly snapshots: readonly SnapshotRecord[];
}

/** Deletes a workspace and its history in one transaction; returns what was there (or undefined). */
export async function deleteWorkspace(
  db: CcgDatabase,
  id: string,
): Promise<DeletedWorkspace | undefined> {
  return db.transaction('rw', db.workspaces, db.snapshots, async () => {
    const record = await db.workspaces.get(id);
    if (!record) return undefined;
    const snapshots = await db.snapshots.where('workspaceId').equals(id).toArray();
    await db.snapshots.where('workspaceId').equals(id).delete();
    await db.workspaces.delete(id);
    return { record, snapshots };
  });
}

/** Puts a deleted workspace and its history back exactly as they were (undo of a delete). */
export async function undeleteWorkspace(db: CcgDatabase, deleted: DeletedWorkspace): Promise<void> {
  await db.transaction('rw', db.workspaces, db.snapshots, async () => {
    await db.workspaces.put(deleted.record);
    await db.snapshots.bulkPut([...deleted.snapshots]);
  });
}
