import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CcgDatabase } from '../../../renderer/src/persistence/db';
import {
  createOpeningLog,
  type OpeningStorage,
} from '../../../renderer/src/persistence/openingLog';
import { openOnLaunch } from '../../../renderer/src/persistence/openOnLaunch';
import {
  startPersistence,
  stopPersistence,
  type PersistenceSession,
} from '../../../renderer/src/persistence/persistenceSession';
import { useDocumentStore } from '../../../renderer/src/state/documentStore';
import { everyFieldWorkspace } from './fixtures';

// A workspace whose opening hangs the window must not be reopened on the next start, or the app
// hangs on every launch. The session marks an opening as started before loading the document;
// the editor marks it finished once drawn (useOpeningFinished). Here the "hang" is a session
// stopped before anything marked it finished, as a killed window leaves it.

let db: CcgDatabase;
let clock: number;
let session: PersistenceSession;
let storage: Map<string, string>;

/** localStorage as the browser keeps it: it outlives the window. */
const fakeStorage = (): OpeningStorage => ({
  getItem: (key) => storage.get(key) ?? null,
  setItem: (key, value) => void storage.set(key, value),
  removeItem: (key) => void storage.delete(key),
});

function start(): PersistenceSession {
  session = startPersistence({
    db,
    now: () => new Date(clock),
    throttleMs: 5,
    openings: createOpeningLog(fakeStorage()),
  });
  return session;
}

/** The window is killed (or hung and closed) before the editor finished drawing. */
async function hangAndRestart(): Promise<PersistenceSession> {
  await session.settled();
  stopPersistence();
  return start();
}

beforeEach(() => {
  clock = Date.parse('2026-03-05T14:00:00.000Z');
  storage = new Map();
  db = new CcgDatabase(`ccgm-launch-guard-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  await session?.settled();
  stopPersistence();
  db.close();
  await Dexie.delete(db.name);
});

describe('launch after an opening that did not finish', () => {
  it('does not reopen the workspace: the library shows, naming it', async () => {
    await openOnLaunch(start());
    const northshire = await session.createWorkspace(everyFieldWorkspace('ws-north', 'Northshire'));
    expect(session.openId()).toBe(northshire.id);

    const outcome = await openOnLaunch(await hangAndRestart());
    expect(outcome).toEqual({ kind: 'not-reopened', id: 'ws-north', name: 'Northshire' });
    expect(session.openId()).toBeNull();

    // Still not reopened on the start after that: nothing has opened it since.
    expect((await openOnLaunch(await hangAndRestart())).kind).toBe('not-reopened');
  });

  it('reopens it as usual once its opening finished', async () => {
    await openOnLaunch(start());
    await session.createWorkspace(everyFieldWorkspace('ws-north', 'Northshire'));
    session.openings.finished('ws-north');

    const outcome = await openOnLaunch(await hangAndRestart());
    expect(outcome).toEqual({ kind: 'opened', id: 'ws-north' });
    expect(useDocumentStore.getState().workspace.name).toBe('Northshire');
  });

  it('opening it from the list marks it again until the editor has drawn it', async () => {
    await openOnLaunch(start());
    await session.createWorkspace(everyFieldWorkspace('ws-north', 'Northshire'));
    await openOnLaunch(await hangAndRestart());
    expect((await session.openWorkspace('ws-north')).ok).toBe(true);
    expect(session.openings.unfinished('ws-north')).toMatchObject({
      id: 'ws-north',
      name: 'Northshire',
    });
    session.openings.finished('ws-north');
    expect(session.openings.unfinished('ws-north')).toBeNull();
  });

  it('storage that refuses (full, or disabled) never stops a workspace from opening', async () => {
    const refusing: OpeningStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    session = startPersistence({
      db,
      now: () => new Date(clock),
      throttleMs: 5,
      openings: createOpeningLog(refusing),
    });
    expect((await openOnLaunch(session)).kind).toBe('first-start');
    stopPersistence();
    session = startPersistence({
      db,
      now: () => new Date(clock),
      throttleMs: 5,
      openings: createOpeningLog(refusing),
    });
    expect((await openOnLaunch(session)).kind).toBe('opened');
  });
});
