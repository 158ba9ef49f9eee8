import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CcgDatabase,
  DB_VERSION,
  SCHEMA_VERSIONS,
  declareSchema,
} from '../../../renderer/src/persistence/db';
import type { Workspace } from '../../../shared/model/workspace';
import {
  deleteWorkspace,
  listWorkspaces,
  mostRecentWorkspaceId,
  readWorkspace,
  undeleteWorkspace,
  writeWorkspace,
} from '../../../renderer/src/persistence/workspaceRecords';
import { WORKSPACE_VERSION } from '../../../shared/model/workspace';
import { everyFieldWorkspace } from './fixtures';

// The local database on fake-indexeddb: what goes in comes back whole, and a database written by
// the previous schema version opens under this one with every field of every record kept.

let names = 0;
const open: Dexie[] = [];
function freshName(): string {
  names += 1;
  return `ccgm-db-test-${names}-${Date.now()}`;
}
function track<T extends Dexie>(db: T): T {
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('local database', () => {
  it('a saved workspace reads back with every field, stamped with the time of the save', async () => {
    const db = track(new CcgDatabase(freshName()));
    const workspace = everyFieldWorkspace();
    await writeWorkspace(db, workspace, '2026-03-05T14:03:00.000Z');
    const read = await readWorkspace(db, workspace.id);
    expect(read?.ok).toBe(true);
    if (!read?.ok) return;
    expect(read.workspace).toEqual({ ...workspace, updatedAt: '2026-03-05T14:03:00.000Z' });
    expect(read.updatedAt).toBe('2026-03-05T14:03:00.000Z');
    // The record's listing fields agree with the document.
    const record = await db.workspaces.get(workspace.id);
    expect(record).toMatchObject({
      name: workspace.name,
      scenarioCount: 2,
      updatedAt: '2026-03-05T14:03:00.000Z',
    });
  });

  it('survives closing and reopening the database', async () => {
    const name = freshName();
    const first = new CcgDatabase(name);
    await writeWorkspace(first, everyFieldWorkspace(), '2026-03-05T14:03:00.000Z');
    first.close();
    const second = track(new CcgDatabase(name));
    const read = await readWorkspace(second, 'ws-every-field');
    expect(read?.ok && read.workspace).toEqual({
      ...everyFieldWorkspace(),
      updatedAt: '2026-03-05T14:03:00.000Z',
    });
  });

  it('a document saved by a version 1 build reads back migrated to the current format, every field kept', async () => {
    const db = track(new CcgDatabase(freshName()));
    const { slides: _none, ...current } = everyFieldWorkspace();
    await db.workspaces.put({
      id: current.id,
      name: current.name,
      updatedAt: current.updatedAt,
      scenarioCount: 2,
      // What an older build wrote: the record type only knows the current version.
      document: { ...current, version: 1 } as unknown as typeof current,
    });
    const read = await readWorkspace(db, current.id);
    expect(read?.ok && read.workspace).toEqual({ ...current, version: WORKSPACE_VERSION });
  });

  it('lists workspaces most recently changed first, without their documents', async () => {
    const db = track(new CcgDatabase(freshName()));
    await writeWorkspace(db, everyFieldWorkspace('ws-a', 'Alpha'), '2026-01-01T10:00:00.000Z');
    await writeWorkspace(db, everyFieldWorkspace('ws-b', 'Bravo'), '2026-03-01T10:00:00.000Z');
    await writeWorkspace(db, everyFieldWorkspace('ws-c', 'Charlie'), '2026-02-01T10:00:00.000Z');
    const list = await listWorkspaces(db);
    expect(list.map((w) => w.name)).toEqual(['Bravo', 'Charlie', 'Alpha']);
    expect(list[0]).toEqual({
      id: 'ws-b',
      name: 'Bravo',
      updatedAt: '2026-03-01T10:00:00.000Z',
      scenarioCount: 2,
    });
    expect(await mostRecentWorkspaceId(db)).toBe('ws-b');
  });

  it('a damaged document is refused on read with located errors, not handed to the editor', async () => {
    const db = track(new CcgDatabase(freshName()));
    const workspace = everyFieldWorkspace();
    await db.workspaces.put({
      id: workspace.id,
      name: workspace.name,
      updatedAt: '2026-03-05T14:03:00.000Z',
      scenarioCount: 2,
      document: { ...workspace, scenarios: [] },
    });
    const read = await readWorkspace(db, workspace.id);
    expect(read?.ok).toBe(false);
    if (read && !read.ok) {
      expect(read.name).toBe(workspace.name);
      expect(read.errors.join('\n')).toMatch(/scenario/i);
    }
  });

  it('deleting takes the workspace and its history; undoing puts both back exactly', async () => {
    const db = track(new CcgDatabase(freshName()));
    const workspace = everyFieldWorkspace();
    await writeWorkspace(db, workspace, '2026-03-05T14:03:00.000Z');
    await db.snapshots.add({
      workspaceId: workspace.id,
      takenAt: '2026-03-05T14:00:00.000Z',
      kind: 'checkpoint',
      label: 'Before the board',
      document: workspace,
    });
    const before = {
      record: await db.workspaces.get(workspace.id),
      snapshots: await db.snapshots.toArray(),
    };
    const deleted = await deleteWorkspace(db, workspace.id);
    expect(await db.workspaces.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
    if (!deleted) throw new Error('nothing deleted');
    await undeleteWorkspace(db, deleted);
    expect({
      record: await db.workspaces.get(workspace.id),
      snapshots: await db.snapshots.toArray(),
    }).toEqual(before);
  });

  /**
   * A database as each earlier schema version wrote it, and the records the current version must
   * read back from it (every field kept, listing fields added). Adding a schema version means
   * adding the previous one here: the test below fails until every earlier version has a writer.
   */
  const EARLIER_VERSIONS: Readonly<
    Record<
      number,
      (
        db: Dexie,
        workspace: Workspace,
      ) => Promise<{ workspaces: unknown[]; settings: unknown[]; snapshots: unknown[] }>
    >
  > = {
    // Version 1: records { id, updatedAt, document }, no snapshots table.
    1: async (v1, workspace) => {
      const record = {
        id: workspace.id,
        updatedAt: '2026-02-01T09:30:00.000Z',
        document: { ...workspace, updatedAt: '2026-02-01T09:30:00.000Z' },
        // A field this build knows nothing about must survive the upgrade too.
        note: 'written by an earlier build',
      };
      const setting = {
        key: 'lastOpened',
        value: { id: workspace.id, at: '2026-02-01T09:30:00.000Z' },
      };
      await v1.table('workspaces').put(record);
      await v1.table('settings').put(setting);
      return {
        workspaces: [{ ...record, name: workspace.name, scenarioCount: 2 }],
        settings: [setting],
        snapshots: [],
      };
    },
  };

  it('has a writer for every earlier schema version', () => {
    const earlier = SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v < DB_VERSION);
    expect(Object.keys(EARLIER_VERSIONS).map(Number)).toEqual(earlier);
  });

  it.each(Object.keys(EARLIER_VERSIONS).map(Number))(
    'upgrades a database written by schema version %i, keeping every field',
    async (version) => {
      const name = freshName();
      const workspace = everyFieldWorkspace();
      const old = new Dexie(name);
      declareSchema(old, version);
      const write = EARLIER_VERSIONS[version];
      if (!write) throw new Error(`no writer for version ${version}`);
      const expected = await write(old, workspace);
      old.close();

      const db = track(new CcgDatabase(name));
      await db.open();
      expect(db.verno).toBe(DB_VERSION);
      expect(await db.workspaces.toArray()).toEqual(expected.workspaces);
      expect(await db.settings.toArray()).toEqual(expected.settings);
      expect(await db.snapshots.toArray()).toEqual(expected.snapshots);
      // The new tables and indexes work on the upgraded data, and each document still validates.
      expect((await listWorkspaces(db)).map((w) => w.name)).toEqual([workspace.name]);
      const read = await readWorkspace(db, workspace.id);
      expect(read?.ok && read.workspace).toEqual(
        (expected.workspaces[0] as { document: Workspace }).document,
      );
    },
  );
});
