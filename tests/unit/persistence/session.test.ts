import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findSample } from '../../../shared/samples';
import { CcgDatabase } from '../../../renderer/src/persistence/db';
import { openOnLaunch } from '../../../renderer/src/persistence/openOnLaunch';
import {
  startPersistence,
  stopPersistence,
  type PersistenceSession,
} from '../../../renderer/src/persistence/persistenceSession';
import { AUTO_SNAPSHOT_INTERVAL_MS } from '../../../renderer/src/persistence/snapshotRecords';
import { useSaveStatus } from '../../../renderer/src/persistence/saveStatusStore';
import { dispatchEdit, undo } from '../../../renderer/src/state/dispatchEdit';
import { useDocumentStore } from '../../../renderer/src/state/documentStore';
import { appEditor } from '../../../renderer/src/editor/appEditor';
import { everyFieldWorkspace } from './fixtures';

// The library session on fake-indexeddb with the real document store: start-up, autosave of
// edits, the library's commands, and version history with an undoable restore.

let db: CcgDatabase;
let clock: number;
let session: PersistenceSession;

const now = (): Date => new Date(clock);
const store = () => useDocumentStore.getState();
const history = () => useDocumentStore.temporal.getState().pastStates.length;

async function start(): Promise<PersistenceSession> {
  session = startPersistence({ db, now, throttleMs: 5 });
  return session;
}

/** Lets autosave's throttle run and its write commit. */
async function saved(): Promise<void> {
  await session.autosave.flush();
  await session.settled();
}

function renameCcg(name: string): void {
  const scenario = store().workspace.scenarios[0];
  const ccg = scenario?.nodes.find((n) => n.kind === 'ccg');
  if (!scenario || !ccg) throw new Error('no CCG');
  const result = dispatchEdit({
    type: 'updateNode',
    scenarioId: scenario.id,
    id: ccg.id,
    patch: { name },
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
}

beforeEach(() => {
  clock = Date.parse('2026-03-05T14:00:00.000Z');
  db = new CcgDatabase(`ccgm-session-test-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  await session?.settled();
  stopPersistence();
  db.close();
  await Dexie.delete(db.name);
});

describe('start-up', () => {
  it('on the very first start saves the default sample into the library and opens it', async () => {
    const outcome = await openOnLaunch(await start());
    expect(outcome.kind).toBe('first-start');
    expect(store().workspace.name).toBe('Four small CCGs — do, share or buy?');
    expect(store().source).toEqual({ kind: 'library' });
    expect(await session.listWorkspaces()).toHaveLength(1);
    expect(useSaveStatus.getState().status).toBe('saved');
  });

  it('opens the most recently changed workspace, with an edit made before the restart', async () => {
    await openOnLaunch(await start());
    await session.createFromSample('cambs-pboro');
    renameCcg('Renamed before restart');
    clock += 1000;
    await saved();
    stopPersistence();

    void appEditor().open(everyFieldWorkspace('ws-placeholder', 'Placeholder'), {
      kind: 'file',
      fileName: 'x.ccgm',
    });
    const outcome = await openOnLaunch(await start());
    expect(outcome.kind).toBe('opened');
    expect(store().workspace.name).toBe('Cambridgeshire & Peterborough (illustrative)');
    expect(store().workspace.scenarios[0]?.nodes.find((n) => n.kind === 'ccg')?.name).toBe(
      'Renamed before restart',
    );
  });

  it('a saved workspace that fails validation is not opened: its problems are returned', async () => {
    const ws = everyFieldWorkspace();
    await db.workspaces.put({
      id: ws.id,
      name: ws.name,
      updatedAt: '2026-03-05T14:00:00.000Z',
      scenarioCount: 0,
      document: { ...ws, scenarios: [] },
    });
    const outcome = await openOnLaunch(await start());
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind === 'invalid') {
      expect(outcome.name).toBe(ws.name);
      expect(outcome.errors.length).toBeGreaterThan(0);
    }
    expect(session.openId()).toBeNull();
  });
});

describe('autosave into the library', () => {
  it('saves an edit, stamping the saved copy, without touching the open document or its undo history', async () => {
    await openOnLaunch(await start());
    const openedAt = store().workspace.updatedAt;
    renameCcg('Ashvale and District CCG');
    expect(history()).toBe(1);
    clock += 60_000;
    await saved();
    const record = await db.workspaces.get(store().workspace.id);
    expect(
      record?.document.scenarios[0]?.nodes.some((n) => n.name === 'Ashvale and District CCG'),
    ).toBe(true);
    expect(record?.updatedAt).toBe(new Date(clock).toISOString());
    expect(record?.document.updatedAt).toBe(record?.updatedAt);
    expect(store().workspace.updatedAt).toBe(openedAt);
    expect(history()).toBe(1);
    expect(useSaveStatus.getState().status).toBe('saved');
  });

  it('a document opened outside the library (a file) joins it under its own id', async () => {
    await openOnLaunch(await start());
    const fromFile = everyFieldWorkspace('ws-from-file', 'From a file');
    await appEditor().open(fromFile, { kind: 'file', fileName: 'from.ccgm' });
    await saved();
    expect(session.openId()).toBe('ws-from-file');
    const names = (await session.listWorkspaces()).map((w) => w.name).sort();
    expect(names).toEqual(['Four small CCGs — do, share or buy?', 'From a file']);
  });

  it('a document whose id is already in the library becomes a copy, never overwriting the saved one', async () => {
    await openOnLaunch(await start());
    const libraryId = store().workspace.id;
    const sample = findSample('four-small-ccgs');
    if (!sample) throw new Error('sample missing');
    await appEditor().open(
      { ...sample.create(), name: 'Same id, other content' },
      { kind: 'file', fileName: 'same.ccgm' },
    );
    await Promise.resolve();
    await saved();
    expect(store().workspace.id).not.toBe(libraryId);
    expect(store().workspace.name).toBe('Same id, other content');
    expect(history()).toBe(0);
    const original = await db.workspaces.get(libraryId);
    expect(original?.name).toBe('Four small CCGs — do, share or buy?');
    expect(await db.workspaces.count()).toBe(2);
  });
});

describe('library commands', () => {
  beforeEach(async () => {
    await openOnLaunch(await start());
  });

  it('creating from a sample twice gives two workspaces', async () => {
    const a = await session.createFromSample('cambs-pboro');
    const b = await session.createFromSample('cambs-pboro');
    expect(a.ok && b.ok && a.value.id !== b.value.id).toBe(true);
    expect(await db.workspaces.count()).toBe(3);
    expect(session.openId()).toBe(b.ok ? b.value.id : '');
  });

  it('create blank opens a new empty workspace', async () => {
    const blank = await session.createBlank();
    expect(store().workspace.id).toBe(blank.id);
    expect(store().workspace.scenarios[0]?.nodes).toEqual([]);
  });

  it('rename refuses an empty name, renames a closed workspace on disk and the open one as an undoable edit', async () => {
    const openId = store().workspace.id;
    const other = await session.createWorkspace(everyFieldWorkspace('ws-other', 'Other'), {
      open: false,
    });
    expect(await session.renameWorkspace(other.id, '   ')).toEqual({
      ok: false,
      errors: ['A workspace needs a name.'],
    });
    expect((await session.renameWorkspace(other.id, '  Renamed other ')).ok).toBe(true);
    const record = await db.workspaces.get(other.id);
    expect(record?.name).toBe('Renamed other');
    expect(record?.document.name).toBe('Renamed other');

    expect((await session.renameWorkspace(openId, 'Renamed open')).ok).toBe(true);
    expect(store().workspace.name).toBe('Renamed open');
    expect((await db.workspaces.get(openId))?.name).toBe('Renamed open');
    undo();
    expect(store().workspace.name).toBe('Four small CCGs — do, share or buy?');
  });

  it('rename refuses a name with control characters, which no export could hold, and changes nothing', async () => {
    const openId = store().workspace.id;
    const before = store().workspace.name;
    const outcome = await session.renameWorkspace(openId, 'Q3\u0007 budget');
    expect(outcome).toEqual({
      ok: false,
      errors: [
        'The name holds control characters or broken Unicode, which no export can hold; type it again without them.',
      ],
    });
    expect(store().workspace.name).toBe(before);
  });

  it('renaming the open workspace is an edit: an over-long name is refused with its located message, and nothing is saved', async () => {
    const openId = store().workspace.id;
    const before = store().workspace;
    const outcome = await session.renameWorkspace(openId, 'x'.repeat(501));
    expect(outcome).toEqual({ ok: false, errors: ['name: must be at most 500 characters'] });
    expect(store().workspace).toBe(before);
    expect(history()).toBe(0);
    await saved();
    expect((await db.workspaces.get(openId))?.name).toBe('Four small CCGs — do, share or buy?');
  });

  it('duplicate saves a copy under a new id, including unsaved edits of the open workspace', async () => {
    const openId = store().workspace.id;
    renameCcg('Edited just now');
    const copy = await session.duplicateWorkspace(openId);
    if (!copy.ok) throw new Error(copy.errors.join());
    expect(copy.value.id).not.toBe(openId);
    expect(copy.value.name).toBe('Four small CCGs — do, share or buy? (copy)');
    const read = await db.workspaces.get(copy.value.id);
    expect(read?.document.scenarios[0]?.nodes.some((n) => n.name === 'Edited just now')).toBe(true);
    expect(session.openId()).toBe(openId);
  });

  it('duplicating a workspace with a 500-character name gives a copy that opens again', async () => {
    const long = 'Northshire and Wexmoor '.repeat(22).slice(0, 500);
    const saved = await session.createWorkspace({
      ...everyFieldWorkspace('ws-long', 'x'),
      name: long,
    });
    const copy = await session.duplicateWorkspace(saved.id);
    if (!copy.ok) throw new Error(copy.errors.join());
    expect(copy.value.name.length).toBeLessThanOrEqual(500);
    expect(copy.value.name.endsWith('… (copy)')).toBe(true);
    const reopened = await session.openWorkspace(copy.value.id);
    expect(reopened.ok).toBe(true);
  });

  it('delete refuses the open workspace; deletes another with its history, and can be undone', async () => {
    const openId = store().workspace.id;
    expect((await session.deleteWorkspace(openId)).ok).toBe(false);
    const other = await session.createWorkspace(everyFieldWorkspace('ws-other', 'Other'));
    await session.settled();
    await session.openWorkspace(openId);
    const deleted = await session.deleteWorkspace(other.id);
    if (!deleted.ok) throw new Error(deleted.errors.join());
    expect(await db.workspaces.get(other.id)).toBeUndefined();
    expect(await db.snapshots.where('workspaceId').equals(other.id).count()).toBe(0);
    expect(session.hasWorkspace(other.id)).toBe(false);
    await session.undoDelete(deleted.value);
    expect((await db.workspaces.get(other.id))?.name).toBe('Other');
    expect(await db.snapshots.where('workspaceId').equals(other.id).count()).toBeGreaterThan(0);
  });

  it('opening another workspace first saves pending edits of the open one', async () => {
    const firstId = store().workspace.id;
    renameCcg('Pending edit');
    await session.createBlank();
    const record = await db.workspaces.get(firstId);
    expect(record?.document.scenarios[0]?.nodes.some((n) => n.name === 'Pending edit')).toBe(true);
  });
});

describe('version history', () => {
  beforeEach(async () => {
    await openOnLaunch(await start());
    await session.settled();
  });

  it('takes a snapshot on open, skipping a reopen with no changes', async () => {
    expect((await session.listSnapshots()).map((s) => [s.kind, s.label])).toEqual([
      ['auto', 'Opened'],
    ]);
    const id = store().workspace.id;
    await session.createBlank();
    await session.openWorkspace(id);
    await session.settled();
    expect(await session.listSnapshots()).toHaveLength(1);
  });

  it('takes at most one automatic snapshot per interval while edits happen', async () => {
    renameCcg('Edit 1');
    clock += 60_000;
    await saved();
    expect(await session.listSnapshots()).toHaveLength(1);
    clock += AUTO_SNAPSHOT_INTERVAL_MS;
    renameCcg('Edit 2');
    await saved();
    renameCcg('Edit 3');
    clock += 1000;
    await saved();
    const list = await session.listSnapshots();
    expect(list.map((s) => s.label)).toEqual(['While editing', 'Opened']);
  });

  it('saves a named checkpoint of the current document; an empty name is refused', async () => {
    expect((await session.saveCheckpoint(' ')).ok).toBe(false);
    renameCcg('Board version');
    clock += 1000;
    expect((await session.saveCheckpoint('Before the board meeting')).ok).toBe(true);
    const [newest] = await session.listSnapshots();
    expect(newest).toMatchObject({ kind: 'checkpoint', label: 'Before the board meeting' });
    const read = newest ? await session.readSnapshot(newest.id) : undefined;
    expect(
      read?.ok && read.workspace.scenarios[0]?.nodes.some((n) => n.name === 'Board version'),
    ).toBe(true);
  });

  it('restoring a version is one undoable edit, and keeps the replaced version in the history', async () => {
    const [opened] = await session.listSnapshots();
    if (!opened) throw new Error('no snapshot');
    renameCcg('Changed after opening');
    clock += 1000;
    const before = history();
    expect((await session.restoreSnapshot(opened.id)).ok).toBe(true);
    expect(
      store().workspace.scenarios[0]?.nodes.some((n) => n.name === 'Changed after opening'),
    ).toBe(false);
    expect(history()).toBe(before + 1);
    await saved();
    const record = await db.workspaces.get(store().workspace.id);
    expect(
      record?.document.scenarios[0]?.nodes.some((n) => n.name === 'Changed after opening'),
    ).toBe(false);
    expect((await session.listSnapshots()).map((s) => s.label)).toContain('Before restoring');
    undo();
    expect(
      store().workspace.scenarios[0]?.nodes.some((n) => n.name === 'Changed after opening'),
    ).toBe(true);
  });

  it('a damaged snapshot is refused with its errors and the document is left alone', async () => {
    const ws = store().workspace;
    const id = await db.snapshots.add({
      workspaceId: ws.id,
      takenAt: '2026-03-05T15:00:00.000Z',
      kind: 'checkpoint',
      label: 'Damaged',
      document: { ...ws, scenarios: [] },
    });
    const result = await session.restoreSnapshot(id);
    expect(result.ok).toBe(false);
    expect(store().workspace).toBe(ws);
  });
});
