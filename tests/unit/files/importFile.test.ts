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
import { appEditor } from '../../../renderer/src/editor/appEditor';
import type { TextFile } from '../../../renderer/src/editor/workspaceImport';
import { importKindOf } from '../../../renderer/src/files/importFile';
import { dispatchEdit } from '../../../renderer/src/state/dispatchEdit';
import { useDocumentStore } from '../../../renderer/src/state/documentStore';

// Importing a .ccgm into the library on fake-indexeddb with the real session and document store:
// validated first, a new workspace when the id is new, and for an id already saved either a copy
// or a replacement whose previous version stays in the history.

let db: CcgDatabase;
let session: PersistenceSession;
let clock: number;
const now = (): Date => new Date(clock);
const store = () => useDocumentStore.getState();

const sample = findSample('four-small-ccgs');
if (!sample) throw new Error('sample missing');

function fileOf(overrides: Record<string, unknown>, fileName = 'in.ccgm'): TextFile {
  return { fileName, text: JSON.stringify({ ...sample?.create(), ...overrides }, null, 2) };
}

async function names(): Promise<string[]> {
  return (await session.listWorkspaces()).map((w) => w.name).sort();
}

beforeEach(async () => {
  clock = Date.parse('2026-03-05T14:00:00.000Z');
  db = new CcgDatabase(`ccgm-import-test-${Math.random().toString(36).slice(2)}`);
  session = startPersistence({ db, now, throttleMs: 5 });
  await openOnLaunch(session); // saves and opens the default sample, whose id the files below share
});
afterEach(async () => {
  await session.settled();
  stopPersistence();
  db.close();
  await Dexie.delete(db.name);
});

describe('importKindOf', () => {
  it.each([
    ['Plan.ccgm', 'workspace'],
    ['plan.JSON', 'workspace'],
    ['practices.CSV', 'csv'],
    ['notes.txt', null],
    ['ccgm', null],
  ])('%s → %s', (name, kind) => expect(importKindOf(name)).toBe(kind));
});

describe('importing a workspace file into the library', () => {
  it('a broken file is refused with located errors and the library is unchanged', async () => {
    const before = await names();
    const plan = await appEditor().planImport({
      fileName: 'bad.ccgm',
      text: '{"format": "ccg-modeller/workspace",',
    });
    expect(plan.kind).toBe('invalid');
    if (plan.kind === 'invalid')
      expect(plan.errors[0]).toMatch(/^file: not valid JSON: .* at line 1, column \d+/);
    expect(await names()).toEqual(before);
  });

  it('a new id becomes a new library workspace and is opened', async () => {
    const plan = await appEditor().planImport(fileOf({ id: 'ws-new', name: 'From a colleague' }));
    if (plan.kind !== 'valid') throw new Error('expected a valid file');
    expect(plan.conflict).toBeUndefined();
    await appEditor().importPlanned(plan);
    expect(store().workspace.name).toBe('From a colleague');
    expect(session.openId()).toBe('ws-new');
    expect(await names()).toEqual(['Four small CCGs — do, share or buy?', 'From a colleague']);
  });

  it('an id already saved is a conflict naming the saved workspace', async () => {
    const plan = await appEditor().planImport(fileOf({ name: 'Their copy' }));
    expect(plan).toMatchObject({
      kind: 'valid',
      conflict: { name: 'Four small CCGs — do, share or buy?' },
    });
  });

  it('Keep both: the file comes in under a new id, marked (imported); the saved one is untouched', async () => {
    const savedId = store().workspace.id;
    const plan = await appEditor().planImport(fileOf({ name: 'Their copy' }));
    if (plan.kind !== 'valid') throw new Error('expected a valid file');
    const opened = await appEditor().importPlanned(plan, 'keep-both');
    expect(opened.id).not.toBe(savedId);
    expect(store().workspace.name).toBe('Their copy (imported)');
    expect(await names()).toEqual(['Four small CCGs — do, share or buy?', 'Their copy (imported)']);
  });

  it('Replace: the saved workspace becomes the file, and its last version (with unsaved edits) is in History', async () => {
    const id = store().workspace.id;
    // An edit not yet written when the import starts: it must be in the kept version, and must not
    // be written over the imported document afterwards.
    const scenario = store().workspace.scenarios[0];
    const ccg = scenario?.nodes.find((n) => n.kind === 'ccg');
    if (!scenario || !ccg) throw new Error('no CCG');
    dispatchEdit({
      type: 'updateNode',
      scenarioId: scenario.id,
      id: ccg.id,
      patch: { name: 'Edited just before' },
    });
    clock += 1000;

    const plan = await appEditor().planImport(fileOf({ name: 'Newer from file' }, 'newer.ccgm'));
    if (plan.kind !== 'valid') throw new Error('expected a valid file');
    await appEditor().importPlanned(plan, 'replace');
    await session.autosave.flush();
    await session.settled();

    expect(await names()).toEqual(['Newer from file']);
    expect(session.openId()).toBe(id);
    const record = await db.workspaces.get(id);
    expect(record?.document.name).toBe('Newer from file');
    expect(record?.document.scenarios[0]?.nodes.some((n) => n.name === 'Edited just before')).toBe(
      false,
    );

    const kept = (await session.listSnapshots()).find(
      (s) => s.label === 'Before replacing with “newer.ccgm”',
    );
    expect(kept?.kind).toBe('checkpoint');
    const version = await session.readSnapshot(kept?.id ?? -1);
    expect(version?.ok && version.workspace.name).toBe('Four small CCGs — do, share or buy?');
    expect(
      version?.ok &&
        version.workspace.scenarios[0]?.nodes.some((n) => n.name === 'Edited just before'),
    ).toBe(true);
  });

  it('without a library the file simply opens', async () => {
    stopPersistence();
    // No library to collide with: the saved sample's id is no conflict.
    const plan = await appEditor().planImport(fileOf({ name: 'No library' }));
    if (plan.kind !== 'valid') throw new Error('expected a valid file');
    expect(plan.conflict).toBeUndefined();
    await appEditor().importPlanned(plan);
    expect(store().workspace.name).toBe('No library');
    expect(store().source).toEqual({ kind: 'file', fileName: 'in.ccgm' });
    session = startPersistence({ db, now, throttleMs: 5 });
  });
});
