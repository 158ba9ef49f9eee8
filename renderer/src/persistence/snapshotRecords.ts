/**
 * Version history: whole-document snapshots of a workspace, automatic (on open, and at most one
 * per AUTO_SNAPSHOT_INTERVAL_MS while edits happen) or named checkpoints the user saves.
 */
import Dexie from 'dexie';
import type { Workspace } from '../../../shared/model/workspace';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import type { CcgDatabase, SnapshotKind, SnapshotRecord } from './db';

/** At most one automatic snapshot per this long while a workspace is being edited. */
export const AUTO_SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000;

/** Automatic snapshots kept per workspace (oldest go first); checkpoints are never pruned. */
export const AUTO_SNAPSHOTS_KEPT = 30;

/** What the history panel lists: no document. */
export interface SnapshotSummary {
  readonly id: number;
  readonly takenAt: string;
  readonly kind: SnapshotKind;
  readonly label?: string;
  readonly scenarioCount: number;
}

function summaryOf(s: SnapshotRecord & { id: number }): SnapshotSummary {
  const base = {
    id: s.id,
    takenAt: s.takenAt,
    kind: s.kind,
    scenarioCount: s.document.scenarios?.length ?? 0,
  };
  return s.label === undefined ? base : { ...base, label: s.label };
}

function ofWorkspace(db: CcgDatabase, workspaceId: string) {
  return db.snapshots
    .where('[workspaceId+takenAt]')
    .between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey]);
}

/** A workspace's snapshots, newest first. */
export async function listSnapshots(
  db: CcgDatabase,
  workspaceId: string,
): Promise<SnapshotSummary[]> {
  const all = await ofWorkspace(db, workspaceId).reverse().toArray();
  return all.filter((s): s is SnapshotRecord & { id: number } => s.id !== undefined).map(summaryOf);
}

/** Whether two documents are the same apart from when they were saved. */
function sameDocument(a: Workspace, b: Workspace): boolean {
  return JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });
}

export interface TakeSnapshotOptions {
  readonly kind: SnapshotKind;
  readonly label?: string;
  readonly takenAt: string;
  /** Skip an automatic snapshot identical to the newest one (reopening without changes). */
  readonly skipIfUnchanged?: boolean;
}

/**
 * Records a snapshot of the document and prunes old automatic ones, in one transaction. Returns
 * the new snapshot's id, or undefined when it was skipped as unchanged.
 */
export async function takeSnapshot(
  db: CcgDatabase,
  document: Workspace,
  options: TakeSnapshotOptions,
): Promise<number | undefined> {
  return db.transaction('rw', db.snapshots, async () => {
    if (options.skipIfUnchanged) {
      const newest = await ofWorkspace(db, document.id).last();
      if (newest && sameDocument(newest.document, document)) return undefined;
    }
    const record: SnapshotRecord = {
      workspaceId: document.id,
      takenAt: options.takenAt,
      kind: options.kind,
      ...(options.label !== undefined ? { label: options.label } : {}),
      document,
    };
    const id = await db.snapshots.add(record);
    if (options.kind === 'auto') {
      const autos = await ofWorkspace(db, document.id)
        .filter((s) => s.kind === 'auto')
        .primaryKeys();
      const excess = autos.length - AUTO_SNAPSHOTS_KEPT;
      if (excess > 0) await db.snapshots.bulkDelete(autos.slice(0, excess));
    }
    return id;
  });
}

export type SnapshotOutcome =
  | { readonly ok: true; readonly summary: SnapshotSummary; readonly workspace: Workspace }
  | { readonly ok: false; readonly errors: readonly string[] };

/** A snapshot's document, validated (and migrated forward) like any document read from disk. */
export async function readSnapshot(
  db: CcgDatabase,
  id: number,
): Promise<SnapshotOutcome | undefined> {
  const record = await db.snapshots.get(id);
  if (!record || record.id === undefined) return undefined;
  const checked = validateWorkspace(record.document);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  return {
    ok: true,
    summary: summaryOf(record as SnapshotRecord & { id: number }),
    workspace: checked.workspace,
  };
}
