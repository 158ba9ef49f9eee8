import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CcgDatabase } from '../../../renderer/src/persistence/db';
import {
  LIBRARY_CHANNEL_NAME,
  openLibraryChannel,
} from '../../../renderer/src/persistence/libraryChannel';
import { openOnLaunch } from '../../../renderer/src/persistence/openOnLaunch';
import {
  startPersistence,
  stopPersistence,
  type PersistenceSession,
} from '../../../renderer/src/persistence/persistenceSession';
import { useSaveStatus } from '../../../renderer/src/persistence/saveStatusStore';
import {
  readWorkspace,
  writeWorkspaceChecked,
} from '../../../renderer/src/persistence/workspaceRecords';
import { dispatchEdit } from '../../../renderer/src/state/dispatchEdit';
import { useDocumentStore } from '../../../renderer/src/state/documentStore';
import type { Workspace } from '../../../shared/model/workspace';

// Two windows on one library (fake-indexeddb). Window A is the real session with the document
// store; window B is a second connection to the same database saving the way a session does
// (writeWorkspaceChecked over the version it read, then announcing on the library channel).
// A is told, never silently overwrites B's edit, and can load B's version or keep its own as a copy.

let dbA: CcgDatabase;
let dbB: CcgDatabase;
let session: PersistenceSession;
let clock: number;
const now = (): Date => new Date(clock);

const store = () => useDocumentStore.getState();
const firstCcg = (ws: Workspace) => ws.scenarios[0]?.nodes.find((n) => n.kind === 'ccg');

function renameFirstCcgInA(name: string): void {
  const scenario = store().workspace.scenarios[0];
  const ccg = scenario && firstCcg(store().workspace);
  if (!scenario || !ccg) throw new Error('no CCG');
  const result = dispatchEdit({
    type: 'updateNode',
    scenarioId: scenario.id,
    id: ccg.id,
    patch: { name },
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
}

/** Window B opens the workspace, renames its first CCG and saves, as its session would. */
async function windowBSaves(id: string, name: string, announce: boolean): Promise<string> {
  const read = await readWorkspace(dbB, id);
  if (!read?.ok) throw new Error('B could not read the workspace');
  const ws = read.workspace;
  const scenario = ws.scenarios[0];
  if (!scenario) throw new Error('no scenario');
  const changed: Workspace = {
    ...ws,
    scenarios: [
      { ...scenario, nodes: scenario.nodes.map((n) => (n === firstCcg(ws) ? { ...n, name } : n)) },
      ...ws.scenarios.slice(1),
    ],
  };
  clock += 1000;
  const stamp = now().toISOString();
  await writeWorkspaceChecked(dbB, changed, stamp, read.updatedAt);
  if (announce) {
    const channel = openLibraryChannel('window-b', () => undefined);
    channel.announceSaved(id, stamp);
    channel.close();
  }
  return stamp;
}

/** Lets channel messages arrive and autosave's throttle fire. */
const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

beforeEach(async () => {
  clock = Date.parse('2026-03-05T14:00:00.000Z');
  const name = `ccgm-two-windows-${Math.random().toString(36).slice(2)}`;
  dbA = new CcgDatabase(name);
  dbB = new CcgDatabase(name);
  session = startPersistence({ db: dbA, now, throttleMs: 5 });
  await openOnLaunch(session);
  await session.settled();
});
afterEach(async () => {
  await session.settled();
  stopPersistence();
  useSaveStatus.getState().setConflict(null);
  dbA.close();
  dbB.close();
  await Dexie.delete(dbA.name);
});

describe('two windows on one workspace', () => {
  it('B saves while A has unsaved edits: A is told at once and never writes over B', async () => {
    const id = store().workspace.id;
    renameFirstCcgInA('Renamed in A');
    await windowBSaves(id, 'Renamed in B', true);
    await tick();
    expect(useSaveStatus.getState().conflict).toMatchObject({ workspaceId: id });
    expect(useSaveStatus.getState().status).toBe('conflict');
    await session.autosave.flush();
    await tick();
    const saved = await readWorkspace(dbA, id);
    expect(saved?.ok && firstCcg(saved.workspace)?.name).toBe('Renamed in B');
    // A's edit is still on screen, not lost.
    expect(firstCcg(store().workspace)?.name).toBe('Renamed in A');
  });

  it('without the channel message, the revision check at write time still refuses to overwrite', async () => {
    const id = store().workspace.id;
    await windowBSaves(id, 'Renamed in B', false);
    renameFirstCcgInA('Renamed in A');
    await session.autosave.flush();
    expect(useSaveStatus.getState().conflict).toMatchObject({ workspaceId: id });
    const saved = await readWorkspace(dbA, id);
    expect(saved?.ok && firstCcg(saved.workspace)?.name).toBe('Renamed in B');
    // Held: later edits are not written either.
    renameFirstCcgInA('Renamed again in A');
    await session.autosave.flush();
    const still = await readWorkspace(dbA, id);
    expect(still?.ok && firstCcg(still.workspace)?.name).toBe('Renamed in B');
  });

  it('"Load their version" opens B\'s version and saving resumes on top of it', async () => {
    const id = store().workspace.id;
    renameFirstCcgInA('Renamed in A');
    await windowBSaves(id, 'Renamed in B', true);
    await tick();
    const outcome = await session.loadTheirVersion();
    expect(outcome.ok).toBe(true);
    expect(firstCcg(store().workspace)?.name).toBe('Renamed in B');
    expect(useSaveStatus.getState().conflict).toBeNull();
    clock += 1000;
    renameFirstCcgInA('Edited after loading theirs');
    await session.autosave.flush();
    const saved = await readWorkspace(dbA, id);
    expect(saved?.ok && firstCcg(saved.workspace)?.name).toBe('Edited after loading theirs');
  });

  it('"Keep mine as a copy" keeps both versions in the library', async () => {
    const id = store().workspace.id;
    const name = store().workspace.name;
    renameFirstCcgInA('Renamed in A');
    await windowBSaves(id, 'Renamed in B', true);
    await tick();
    const outcome = await session.keepMineAsCopy();
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    expect(outcome.value.id).not.toBe(id);
    expect(store().workspace.id).toBe(outcome.value.id);
    expect(store().workspace.name).toBe(`${name} (my copy)`);
    const theirs = await readWorkspace(dbA, id);
    const mine = await readWorkspace(dbA, outcome.value.id);
    expect(theirs?.ok && firstCcg(theirs.workspace)?.name).toBe('Renamed in B');
    expect(mine?.ok && firstCcg(mine.workspace)?.name).toBe('Renamed in A');
    expect(useSaveStatus.getState().conflict).toBeNull();
    expect(useSaveStatus.getState().status).toBe('saved');
  });

  it('"Keep mine as a copy" of a workspace with a 500-character name can be opened again', async () => {
    const id = store().workspace.id;
    const long = 'Northshire and Wexmoor '.repeat(22).slice(0, 500);
    const { workspace, commitWorkspace } = store();
    commitWorkspace({ ...workspace, name: long });
    await windowBSaves(id, 'Renamed in B', true);
    await tick();
    const outcome = await session.keepMineAsCopy();
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    expect(outcome.value.name.length).toBeLessThanOrEqual(500);
    expect(outcome.value.name.endsWith('… (my copy)')).toBe(true);
    const mine = await readWorkspace(dbA, outcome.value.id);
    expect(mine?.ok).toBe(true);
  });

  it("a window ignores its own announcements, and other workspaces' saves", async () => {
    const heard: string[] = [];
    const a = openLibraryChannel('window-a', (m) => heard.push(`a:${m.workspaceId}`));
    const b = openLibraryChannel('window-b', (m) => heard.push(`b:${m.workspaceId}`));
    a.announceSaved('ws-1', '2026-03-05T14:00:00.000Z');
    await tick();
    expect(heard).toEqual(['b:ws-1']);
    a.close();
    b.close();
    // Another workspace saved elsewhere is no conflict for the open one.
    const other = new BroadcastChannel(LIBRARY_CHANNEL_NAME);
    other.postMessage({
      type: 'saved',
      workspaceId: 'ws-someone-else',
      updatedAt: 'x',
      windowId: 'window-c',
    });
    other.close();
    await tick();
    expect(useSaveStatus.getState().conflict).toBeNull();
  });
});
