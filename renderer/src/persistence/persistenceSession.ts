/**
 * The local library at run time: which saved workspace is open, autosave of the editor's document
 * into it (on the editor's `opened` and `changed` events), its version history, and the library's commands (create, open, rename, duplicate,
 * delete). One session per window, started by main.tsx (startPersistence) and reached by the UI
 * through getPersistence(); component tests start one on fake-indexeddb.
 */
import { withSuffix } from '../../../shared/edits/suffixedName';
import type { Workspace } from '../../../shared/model/workspace';
import { findSample } from '../../../shared/samples';
import { repairStoredWorkspace } from '../../../shared/schema/repairStoredWorkspace';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import { hasXmlInvalid } from '../../../shared/text/xmlSafe';
import { blankWorkspace } from '../editor/blankWorkspace';
import type { Editor } from '../editor/Editor';
import { appEditor } from '../editor/appEditor';
import type { CcgDatabase } from './db';
import { createAutosave, type Autosave, type AutosaveOptions } from './createAutosave';
import { flushOnHide } from './flushOnHide';
import { openLibraryChannel } from './libraryChannel';
import { replaceKeepingHistory } from './replaceKeepingHistory';
import { createOpeningLog, windowStorage, type OpeningLog } from './openingLog';
import {
  AUTO_SNAPSHOT_INTERVAL_MS,
  listSnapshots,
  readSnapshot,
  takeSnapshot,
  type SnapshotOutcome,
  type SnapshotSummary,
} from './snapshotRecords';
import {
  deleteWorkspace,
  listWorkspaces,
  readWorkspace,
  undeleteWorkspace,
  writeWorkspace,
  writeWorkspaceChecked,
  writeWorkspaceNow,
  type DeletedWorkspace,
  type WorkspaceSummary,
} from './workspaceRecords';

export type CommandOutcome<T = undefined> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly string[] };

export interface PersistenceSession {
  readonly db: CcgDatabase;
  readonly autosave: Autosave;
  /** Openings started and not yet finished: the launch never reopens one of those by itself. */
  readonly openings: OpeningLog;
  /** The id of the library workspace open in the editor, or null. */
  openId(): string | null;
  listWorkspaces(): Promise<WorkspaceSummary[]>;
  /** Every saved workspace's id, most recently changed first (cheap: reads no documents). */
  workspaceIds(): Promise<string[]>;
  /** Saves pending edits of the open workspace, then opens this one (validated first). */
  openWorkspace(id: string): Promise<CommandOutcome<Workspace>>;
  /**
   * Adds a workspace to the library (under a new id if its id is taken: never overwrites) and,
   * unless `open` is false, opens it. Resolves with the workspace as saved.
   */
  createWorkspace(workspace: Workspace, options?: { readonly open?: boolean }): Promise<Workspace>;
  createBlank(): Promise<Workspace>;
  createFromSample(sampleId: string): Promise<CommandOutcome<Workspace>>;
  /** Replaces a saved workspace with this document (e.g. "replace" on importing a file) and opens it. */
  replaceWorkspace(workspace: Workspace): Promise<Workspace>;
  hasWorkspace(id: string): boolean;
  /** Renames; the open workspace is renamed by an editor edit (validated, one undoable step). */
  renameWorkspace(id: string, name: string): Promise<CommandOutcome>;
  duplicateWorkspace(id: string): Promise<CommandOutcome<Workspace>>;
  /** Deletes a workspace that is not open, with its history; keep the result to undo. */
  deleteWorkspace(id: string): Promise<CommandOutcome<DeletedWorkspace>>;
  undoDelete(deleted: DeletedWorkspace): Promise<void>;
  /** The open workspace's history, newest first. */
  listSnapshots(): Promise<SnapshotSummary[]>;
  saveCheckpoint(label: string): Promise<CommandOutcome>;
  readSnapshot(id: number): Promise<SnapshotOutcome | undefined>;
  /** Replaces the open document with a snapshot's, as one undoable edit (after validating it). */
  restoreSnapshot(id: number): Promise<CommandOutcome>;
  /**
   * After another window saved the open workspace (useSaveStatus().conflict is set): opens the
   * version that window saved, dropping this window's unsaved changes.
   */
  loadTheirVersion(): Promise<CommandOutcome<Workspace>>;
  /**
   * After another window saved the open workspace: keeps this window's document as a new
   * workspace in the library ("… (my copy)") and opens it; the other window's version stays.
   */
  keepMineAsCopy(): Promise<CommandOutcome<Workspace>>;
  /**
   * Why a saved workspace cannot be opened: its located problems and, when the automatic repairs
   * would make it valid, what they would change. Undefined when it is gone or opens as it is.
   */
  storedProblem(id: string): Promise<StoredProblem | undefined>;
  /** A saved workspace's document exactly as stored, as `.ccgm` text, even when it fails validation. */
  storedText(id: string): Promise<{ readonly name: string; readonly text: string } | undefined>;
  /**
   * Applies the automatic repairs to a saved workspace that fails validation, keeps the stored
   * version in its History, saves the repaired one and opens it. Resolves with what was repaired.
   */
  repairAndOpen(
    id: string,
  ): Promise<
    CommandOutcome<{ readonly workspace: Workspace; readonly repairs: readonly string[] }>
  >;
  /** Resolves when background work (history snapshots) has finished; for tests and shutdown. */
  settled(): Promise<void>;
  stop(): void;
}

/** A saved workspace that fails validation (see storedProblem). */
export interface StoredProblem {
  readonly id: string;
  readonly name: string;
  readonly errors: readonly string[];
  /** What "Repair and open" would change; empty when the problems cannot be repaired automatically. */
  readonly repairs: readonly string[];
}

export interface SessionOptions {
  readonly db: CcgDatabase;
  /** The editor whose document is saved and opened (the window's unless given). */
  readonly editor?: Editor;
  readonly now?: () => Date;
  readonly throttleMs?: number;
  readonly retryDelaysMs?: readonly number[];
  /** Replace the database write (tests make it fail). */
  readonly write?: AutosaveOptions['write'];
  /** Listen for the window hiding and closing (off in tests without a window). */
  readonly flushOnHide?: boolean;
  /** Where openings are recorded; the window's localStorage unless a test gives its own. */
  readonly openings?: OpeningLog;
}

/** A new, unique enough id for a local workspace. */
export function freshWorkspaceId(now: Date = new Date()): string {
  return `ws-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function createPersistenceSession(options: SessionOptions): PersistenceSession {
  const { db } = options;
  const editor = options.editor ?? appEditor();
  const now = options.now ?? (() => new Date());
  const openings = options.openings ?? createOpeningLog(windowStorage());
  /** Ids in the library, known synchronously so a foreign document can be checked at once. */
  const knownIds = new Set<string>();
  const background = new Set<Promise<unknown>>();
  let lastAutoSnapshot = 0;
  /**
   * The saved record's updatedAt as this window last read or wrote it, for the open workspace
   * (null: a new record). A save finding another stamp there means another window saved it.
   */
  let diskStamp: string | null = null;
  const windowId = freshWorkspaceId(now()).replace(/^ws-/, 'window-');
  const channel = openLibraryChannel(windowId, (message) => {
    if (message.workspaceId !== autosave.boundId || message.updatedAt === diskStamp) return;
    autosave.hold();
    reportConflict(message.workspaceId);
  });

  const reportConflict = (workspaceId: string): void => {
    const { workspace } = editor;
    editor.saveStatus.setConflict({
      workspaceId,
      workspaceName: workspace.id === workspaceId ? workspace.name : workspaceId,
    });
  };

  const inBackground = (work: Promise<unknown>): void => {
    // History is a convenience: a failed snapshot must never disturb editing or saving.
    const p = work.catch(() => undefined).finally(() => background.delete(p));
    background.add(p);
  };

  const snapshotOnOpen = (workspace: Workspace): void => {
    lastAutoSnapshot = now().getTime();
    inBackground(
      takeSnapshot(db, workspace, {
        kind: 'auto',
        label: 'Opened',
        takenAt: now().toISOString(),
        skipIfUnchanged: true,
      }),
    );
  };

  const autosave = createAutosave({
    documents: editor,
    // Only over the version this window knows: another window's save is never silently replaced.
    write:
      options.write ??
      ((ws, updatedAt) =>
        writeWorkspaceChecked(db, ws, updatedAt, ws.id === autosave.boundId ? diskStamp : null)),
    // Leaving, there is no time to read the record first: another window's save reaches this one
    // through the library channel (which holds autosave), so only that check remains.
    writeOnLeave: options.write ?? ((ws, updatedAt) => writeWorkspaceNow(db, ws, updatedAt)),
    onStatus: (r) => editor.saveStatus.report(r),
    onConflict: () => {
      if (autosave.boundId !== null) reportConflict(autosave.boundId);
    },
    onSaved: (ws, updatedAt) => {
      knownIds.add(ws.id);
      diskStamp = updatedAt;
      channel.announceSaved(ws.id, updatedAt);
      const t = now().getTime();
      if (t - lastAutoSnapshot < AUTO_SNAPSHOT_INTERVAL_MS) return;
      lastAutoSnapshot = t;
      inBackground(
        takeSnapshot(
          db,
          { ...ws, updatedAt },
          { kind: 'auto', label: 'While editing', takenAt: updatedAt },
        ),
      );
    },
    onForeignDocument: (ws) => adoptForeign(ws),
    ...(options.throttleMs !== undefined ? { throttleMs: options.throttleMs } : {}),
    ...(options.retryDelaysMs !== undefined ? { retryDelaysMs: options.retryDelaysMs } : {}),
    now,
  });

  /**
   * Something put a document in the editor without the library (the editor opens through the
   * library while it is attached, so this is a fallback): it joins the library. An id already in
   * the library belongs to another workspace, so the newcomer is added under a new id.
   */
  function adoptForeign(ws: Workspace): void {
    if (knownIds.has(ws.id)) {
      void create(ws);
      return;
    }
    knownIds.add(ws.id);
    diskStamp = null;
    editor.saveStatus.setConflict(null);
    autosave.bind(ws.id, null);
    openings.started(ws.id, ws.name, now());
    snapshotOnOpen(ws);
  }

  /** Opens a document that is already saved exactly as it is. */
  const open = async (ws: Workspace): Promise<void> => {
    // The previous workspace's pending edits go to its own record first; if another window saved
    // that one meanwhile, they are kept as a copy rather than dropped.
    if (autosave.held && autosave.dirty) await keepCopy(editor.workspace);
    await autosave.flush();
    knownIds.add(ws.id);
    diskStamp = ws.updatedAt;
    editor.saveStatus.setConflict(null);
    // Bound before opening, so the opening is recognised as this workspace, not a foreign one.
    autosave.bind(ws.id, ws);
    // Marked before the editor starts on it: if drawing it hangs the window, the mark stays.
    openings.started(ws.id, ws.name, now());
    void editor.open(ws, { kind: 'library' });
    snapshotOnOpen(ws);
  };

  const uniqueId = (ws: Workspace): Workspace =>
    knownIds.has(ws.id) ? { ...ws, id: freshWorkspaceId(now()) } : ws;

  const create = async (workspace: Workspace, openIt = true): Promise<Workspace> => {
    const ws = uniqueId(workspace);
    const stamp = now().toISOString();
    await writeWorkspace(db, ws, stamp);
    knownIds.add(ws.id);
    const saved: Workspace = { ...ws, updatedAt: stamp };
    editor.saveStatus.libraryChanged();
    if (openIt) await open(saved);
    return saved;
  };

  /** Saves this document as a new workspace "… (my copy)", without opening it. */
  const keepCopy = async (mine: Workspace): Promise<Workspace> => {
    const stamp = now().toISOString();
    const copy: Workspace = {
      ...mine,
      id: freshWorkspaceId(now()),
      name: withSuffix(mine.name, ' (my copy)'),
      updatedAt: stamp,
    };
    await writeWorkspace(db, copy, stamp);
    knownIds.add(copy.id);
    editor.saveStatus.libraryChanged();
    return copy;
  };

  // While this session runs, the editor opens every workspace from elsewhere through the library.
  // (`self` is the session returned below; the editor calls these only after it exists.)
  const detachLibrary = editor.attachLibrary({
    add: (workspace) => create(workspace),
    // Read the listing rather than trusting what the session has seen so far.
    savedName: async (id) => (await self.listWorkspaces()).find((w) => w.id === id)?.name,
    replace: (workspace, label) => replaceKeepingHistory(self, workspace, label, now),
  });

  const stopHide = options.flushOnHide
    ? flushOnHide({
        flush: () => autosave.flush(),
        flushOnLeave: () => autosave.flushOnLeave(),
        // Held by a conflict, edits are in this window only; a failing save may have lost them too.
        unsaved: () => autosave.dirty || autosave.failing,
      })
    : () => undefined;

  const self: PersistenceSession = {
    db,
    autosave,
    openings,
    openId: () => autosave.boundId,
    async listWorkspaces() {
      const list = await listWorkspaces(db);
      for (const w of list) knownIds.add(w.id);
      return list;
    },
    async workspaceIds() {
      const ids = await db.workspaces.orderBy('updatedAt').reverse().primaryKeys();
      for (const id of ids) knownIds.add(id);
      return ids;
    },
    async openWorkspace(id) {
      // Already open: nothing to load (reloading would also drop its undo history).
      if (id === autosave.boundId) return { ok: true, value: editor.workspace };
      // Pending edits of the open workspace are written before anything is read.
      await autosave.flush();
      const read = await readWorkspace(db, id);
      if (!read) return { ok: false, errors: ['This workspace is no longer in the library.'] };
      if (!read.ok) return { ok: false, errors: read.errors };
      const ws =
        read.workspace.updatedAt === read.updatedAt
          ? read.workspace
          : { ...read.workspace, updatedAt: read.updatedAt };
      await open(ws);
      return { ok: true, value: ws };
    },
    createWorkspace: (workspace, o) => create(workspace, o?.open ?? true),
    createBlank: () => create(blankWorkspace(now())),
    async createFromSample(sampleId) {
      const sample = findSample(sampleId);
      if (!sample) return { ok: false, errors: [`There is no sample "${sampleId}".`] };
      return { ok: true, value: await create(sample.create()) };
    },
    async replaceWorkspace(workspace) {
      const stamp = now().toISOString();
      await writeWorkspace(db, workspace, stamp);
      knownIds.add(workspace.id);
      channel.announceSaved(workspace.id, stamp);
      editor.saveStatus.libraryChanged();
      const saved = { ...workspace, updatedAt: stamp };
      await open(saved);
      return saved;
    },
    hasWorkspace: (id) => knownIds.has(id),
    async renameWorkspace(id, name) {
      const trimmed = name.trim();
      if (trimmed === '') return { ok: false, errors: ['A workspace needs a name.'] };
      if (hasXmlInvalid(trimmed))
        return {
          ok: false,
          errors: [
            'The name holds control characters or broken Unicode, which no export can hold; type it again without them.',
          ],
        };
      if (id === autosave.boundId) {
        const renamed = editor.rename(trimmed);
        if (!renamed.ok) return { ok: false, errors: renamed.errors };
        await autosave.flush();
        return { ok: true, value: undefined };
      }
      const renamed = await db.transaction('rw', db.workspaces, async () => {
        const record = await db.workspaces.get(id);
        if (!record) return false;
        const stamp = now().toISOString();
        await db.workspaces.put({
          ...record,
          name: trimmed,
          updatedAt: stamp,
          document: { ...record.document, name: trimmed, updatedAt: stamp },
        });
        return stamp;
      });
      if (renamed) channel.announceSaved(id, renamed);
      editor.saveStatus.libraryChanged();
      return renamed
        ? { ok: true, value: undefined }
        : { ok: false, errors: ['This workspace is no longer in the library.'] };
    },
    async duplicateWorkspace(id) {
      if (id === autosave.boundId) await autosave.flush();
      const read = await readWorkspace(db, id);
      if (!read) return { ok: false, errors: ['This workspace is no longer in the library.'] };
      if (!read.ok) return { ok: false, errors: read.errors };
      const stamp = now().toISOString();
      const copy: Workspace = {
        ...read.workspace,
        id: freshWorkspaceId(now()),
        name: withSuffix(read.workspace.name, ' (copy)'),
        createdAt: stamp,
        updatedAt: stamp,
      };
      return { ok: true, value: await create(copy, false) };
    },
    async deleteWorkspace(id) {
      if (id === autosave.boundId)
        return {
          ok: false,
          errors: ['The open workspace cannot be deleted: open another one first.'],
        };
      const deleted = await deleteWorkspace(db, id);
      knownIds.delete(id);
      editor.saveStatus.libraryChanged();
      return deleted
        ? { ok: true, value: deleted }
        : { ok: false, errors: ['This workspace is no longer in the library.'] };
    },
    async undoDelete(deleted) {
      await undeleteWorkspace(db, deleted);
      knownIds.add(deleted.record.id);
      editor.saveStatus.libraryChanged();
    },
    async listSnapshots() {
      const id = autosave.boundId;
      return id === null ? [] : listSnapshots(db, id);
    },
    async saveCheckpoint(label) {
      const trimmed = label.trim();
      if (trimmed === '') return { ok: false, errors: ['A checkpoint needs a name.'] };
      if (autosave.boundId === null) return { ok: false, errors: ['No workspace is open.'] };
      await autosave.flush();
      const ws = editor.workspace;
      await takeSnapshot(db, ws, {
        kind: 'checkpoint',
        label: trimmed,
        takenAt: now().toISOString(),
      });
      return { ok: true, value: undefined };
    },
    readSnapshot: (id) => readSnapshot(db, id),
    async restoreSnapshot(id) {
      const openId = autosave.boundId;
      const snapshot = await readSnapshot(db, id);
      if (!snapshot) return { ok: false, errors: ['This version is no longer in the history.'] };
      if (!snapshot.ok) return { ok: false, errors: snapshot.errors };
      if (openId === null || snapshot.workspace.id !== openId)
        return { ok: false, errors: ['This version belongs to another workspace.'] };
      // Keep the version being replaced, so it can be found again after undo history is gone.
      await autosave.flush();
      const current = editor.workspace;
      await takeSnapshot(db, current, {
        kind: 'auto',
        label: 'Before restoring',
        takenAt: now().toISOString(),
        skipIfUnchanged: true,
      });
      // One undoable edit; autosave then saves it like any other.
      const restored = editor.restore(snapshot.workspace);
      if (!restored.ok) return { ok: false, errors: restored.errors };
      await autosave.flush();
      return { ok: true, value: undefined };
    },
    async loadTheirVersion() {
      const id = autosave.boundId;
      if (id === null) return { ok: false, errors: ['No workspace is open.'] };
      const read = await readWorkspace(db, id);
      if (!read)
        return {
          ok: false,
          errors: ['The other window deleted this workspace: keep yours as a copy instead.'],
        };
      if (!read.ok) return { ok: false, errors: read.errors };
      const ws =
        read.workspace.updatedAt === read.updatedAt
          ? read.workspace
          : { ...read.workspace, updatedAt: read.updatedAt };
      // Theirs replaces this window's unsaved changes, as the user chose: bound to their version
      // before loading it, so nothing of this window's is written over it.
      diskStamp = read.updatedAt;
      editor.saveStatus.setConflict(null);
      autosave.bind(id, ws);
      openings.started(ws.id, ws.name, now());
      void editor.open(ws, { kind: 'library' });
      return { ok: true, value: ws };
    },
    async keepMineAsCopy() {
      if (autosave.boundId === null) return { ok: false, errors: ['No workspace is open.'] };
      const copy = await keepCopy(editor.workspace);
      autosave.unbind();
      await open(copy);
      return { ok: true, value: copy };
    },
    async storedProblem(id) {
      const record = await db.workspaces.get(id);
      if (!record) return undefined;
      const checked = validateWorkspace(record.document);
      if (checked.ok) return undefined;
      const repaired = repairStoredWorkspace(record.document);
      const repairs =
        repaired.repairs.length > 0 && validateWorkspace(repaired.document).ok
          ? repaired.repairs
          : [];
      return { id, name: record.name, errors: checked.errors, repairs };
    },
    async storedText(id) {
      const record = await db.workspaces.get(id);
      return record
        ? { name: record.name, text: `${JSON.stringify(record.document, null, 2)}\n` }
        : undefined;
    },
    async repairAndOpen(id) {
      const record = await db.workspaces.get(id);
      if (!record) return { ok: false, errors: ['This workspace is no longer in the library.'] };
      const { document, repairs } = repairStoredWorkspace(record.document);
      const checked = validateWorkspace(document);
      if (repairs.length === 0 || !checked.ok) {
        return {
          ok: false,
          errors: [
            'These problems cannot be repaired automatically: export the stored file and fix it by hand.',
            ...(checked.ok ? [] : checked.errors),
          ],
        };
      }
      // The stored version stays findable in History (as a checkpoint, never pruned).
      await takeSnapshot(db, record.document, {
        kind: 'checkpoint',
        label: 'Before automatic repair',
        takenAt: now().toISOString(),
      });
      const stamp = now().toISOString();
      const repaired: Workspace = { ...checked.workspace, updatedAt: stamp };
      await writeWorkspace(db, repaired, stamp);
      channel.announceSaved(id, stamp);
      editor.saveStatus.libraryChanged();
      if (autosave.boundId === id) autosave.unbind();
      await open(repaired);
      return { ok: true, value: { workspace: repaired, repairs } };
    },
    async settled() {
      while (background.size > 0) await Promise.all([...background]);
    },
    stop() {
      detachLibrary();
      stopHide();
      channel.close();
      autosave.stop();
    },
  };
  return self;
}

let session: PersistenceSession | null = null;

/** The running session, or null when persistence is off (component tests, storage refused). */
export function getPersistence(): PersistenceSession | null {
  return session;
}

/** Starts the window's session (replacing any earlier one). */
export function startPersistence(options: SessionOptions): PersistenceSession {
  session?.stop();
  session = createPersistenceSession(options);
  return session;
}

/** Stops the session; edits are no longer saved. */
export function stopPersistence(): void {
  session?.stop();
  session = null;
  appEditor().saveStatus.setStatus('off');
}
