import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Workspace } from '../../../shared/model/workspace';
import {
  createAutosave,
  type AutosaveReport,
  type DocumentSource,
} from '../../../renderer/src/persistence/createAutosave';
import type { WorkspaceOrigin } from '../../../renderer/src/editor/Editor';
import { flushOnHide } from '../../../renderer/src/persistence/flushOnHide';
import { everyFieldWorkspace } from './fixtures';

// Autosave's timing with fake timers and a stand-in write: one write per burst of edits, the
// latest document each time, at once when the window hides, and retried after a failure.

/** A minimal editor: its document and the two events autosave listens to. */
function documents(initial: Workspace) {
  let workspace = initial;
  const changed = new Set<(e: { workspace: Workspace; previous: Workspace }) => void>();
  const opened = new Set<(e: { workspace: Workspace; origin: WorkspaceOrigin }) => void>();
  const source = {
    get workspace() {
      return workspace;
    },
    on: ((event: 'opened' | 'changed', listener: never) => {
      const set: Set<unknown> = event === 'opened' ? opened : changed;
      set.add(listener);
      return () => void set.delete(listener);
    }) as DocumentSource['on'],
    /** An edit. */
    set(next: Workspace) {
      const previous = workspace;
      workspace = next;
      for (const l of changed) l({ workspace, previous });
    },
    /** A workspace opened in place of the document. */
    open(next: Workspace, origin: WorkspaceOrigin) {
      workspace = next;
      for (const l of opened) l({ workspace, origin });
    },
  };
  return source;
}

const renamed = (ws: Workspace, name: string): Workspace => ({ ...ws, name });

let writes: { name: string; updatedAt: string }[];
let reports: AutosaveReport['status'][];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2026-03-05T14:00:00.000Z'));
  writes = [];
  reports = [];
});
afterEach(() => {
  vi.useRealTimers();
});

function setUp(write?: (ws: Workspace, updatedAt: string) => Promise<void>) {
  const start = everyFieldWorkspace();
  const store = documents(start);
  const autosave = createAutosave({
    documents: store,
    write:
      write ??
      (async (ws, updatedAt) => {
        writes.push({ name: ws.name, updatedAt });
      }),
    onStatus: (r) => reports.push(r.status),
    throttleMs: 300,
    retryDelaysMs: [1000, 2000],
  });
  autosave.bind(start.id, start);
  reports.length = 0;
  return { store, autosave, start };
}

describe('autosave', () => {
  it('a burst of edits inside the throttle window is one write, of the latest document', async () => {
    const { store, start } = setUp();
    for (let i = 1; i <= 10; i++) {
      store.set(renamed(start, `Edit ${i}`));
      await vi.advanceTimersByTimeAsync(20);
    }
    expect(writes).toEqual([]);
    expect(reports.at(-1)).toBe('saving');
    await vi.advanceTimersByTimeAsync(300);
    expect(writes.map((w) => w.name)).toEqual(['Edit 10']);
    expect(reports.at(-1)).toBe('saved');
    // Quiet afterwards: nothing more is written.
    await vi.advanceTimersByTimeAsync(5000);
    expect(writes).toHaveLength(1);
  });

  it('a long run of edits is written every throttle period, never postponed indefinitely', async () => {
    const { store, start } = setUp();
    for (let i = 1; i <= 20; i++) {
      store.set(renamed(start, `Edit ${i}`));
      await vi.advanceTimersByTimeAsync(50);
    }
    // 1,000 ms of edits → a write about every 300 ms, not one at the end.
    expect(writes.length).toBeGreaterThanOrEqual(3);
    await vi.advanceTimersByTimeAsync(300);
    expect(writes.at(-1)?.name).toBe('Edit 20');
  });

  it('stamps each write with the time of the save (ISO 8601)', async () => {
    const { store, start } = setUp();
    store.set(renamed(start, 'Later'));
    await vi.advanceTimersByTimeAsync(300);
    expect(writes[0]?.updatedAt).toBe('2026-03-05T14:00:00.300Z');
  });

  it('writes at once when the window is hidden or closed, without waiting for the throttle', async () => {
    const { store, start, autosave } = setUp();
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), {
      visibilityState: 'visible' as DocumentVisibilityState,
    });
    const remove = flushOnHide(
      {
        flush: () => autosave.flush(),
        flushOnLeave: () => autosave.flushOnLeave(),
        unsaved: () => autosave.dirty || autosave.failing,
      },
      win as unknown as Window,
      doc as unknown as Document,
    );

    store.set(renamed(start, 'Before hiding'));
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(writes.map((w) => w.name)).toEqual(['Before hiding']);

    store.set(renamed(start, 'Before closing'));
    win.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(writes.map((w) => w.name)).toEqual(['Before hiding', 'Before closing']);

    // The throttle timer that was running finds nothing left to write.
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toHaveLength(2);
    remove();
  });

  it('asks before the page is left while an edit is unsaved or saving is failing, never otherwise', async () => {
    let fail = false;
    const { store, start, autosave } = setUp(async (ws, updatedAt) => {
      if (fail) throw new Error('QuotaExceededError');
      writes.push({ name: ws.name, updatedAt });
    });
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), {
      visibilityState: 'visible' as DocumentVisibilityState,
    });
    flushOnHide(
      {
        flush: () => autosave.flush(),
        flushOnLeave: () => autosave.flushOnLeave(),
        unsaved: () => autosave.dirty || autosave.failing,
      },
      win as unknown as Window,
      doc as unknown as Document,
    );
    const leave = (): Event => {
      // Node's Event has a read-only returnValue; a browser's BeforeUnloadEvent takes a string.
      const event = Object.defineProperty(
        new Event('beforeunload', { cancelable: true }),
        'returnValue',
        { value: undefined, writable: true },
      );
      win.dispatchEvent(event);
      return event;
    };

    // Everything saved: the page goes without a question.
    expect(leave().defaultPrevented).toBe(false);

    // Left straight after an edit: the write is started at once, and the browser asks meanwhile.
    store.set(renamed(start, 'Edited just now'));
    const asked = leave();
    expect(asked.defaultPrevented).toBe(true);
    expect((asked as Event & { returnValue: unknown }).returnValue).toBe('');
    await vi.advanceTimersByTimeAsync(0);
    expect(writes.map((w) => w.name)).toEqual(['Edited just now']);
    expect(leave().defaultPrevented).toBe(false);

    // Saving fails: the browser keeps asking, even once nothing new is pending.
    fail = true;
    store.set(renamed(start, 'While the disk is full'));
    await vi.advanceTimersByTimeAsync(300);
    expect(reports.at(-1)).toBe('failed');
    expect(leave().defaultPrevented).toBe(true);
  });

  it('becoming visible again does not write', async () => {
    const { autosave } = setUp();
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), {
      visibilityState: 'visible' as DocumentVisibilityState,
    });
    flushOnHide(
      {
        flush: () => autosave.flush(),
        flushOnLeave: () => autosave.flushOnLeave(),
        unsaved: () => autosave.dirty || autosave.failing,
      },
      win as unknown as Window,
      doc as unknown as Document,
    );
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([]);
  });

  it('says "saved" only once the write has committed', async () => {
    let commit: () => void = () => undefined;
    const { store, start } = setUp(
      (ws) =>
        new Promise<void>((resolve) => {
          commit = () => {
            writes.push({ name: ws.name, updatedAt: '' });
            resolve();
          };
        }),
    );
    store.set(renamed(start, 'Slow disk'));
    await vi.advanceTimersByTimeAsync(300);
    // The write has started but not committed.
    expect(reports.at(-1)).toBe('saving');
    await vi.advanceTimersByTimeAsync(2000);
    expect(reports.at(-1)).toBe('saving');
    commit();
    await vi.advanceTimersByTimeAsync(0);
    expect(reports.at(-1)).toBe('saved');
  });

  it('edits made during a write are written after it, never lost', async () => {
    let commit: () => void = () => undefined;
    const { store, start } = setUp(
      (ws) =>
        new Promise<void>((resolve) => {
          commit = () => {
            writes.push({ name: ws.name, updatedAt: '' });
            resolve();
          };
        }),
    );
    store.set(renamed(start, 'First'));
    await vi.advanceTimersByTimeAsync(300);
    store.set(renamed(start, 'During the write'));
    commit();
    await vi.advanceTimersByTimeAsync(0);
    expect(reports.at(-1)).toBe('saving');
    await vi.advanceTimersByTimeAsync(300);
    commit();
    await vi.advanceTimersByTimeAsync(0);
    expect(writes.map((w) => w.name)).toEqual(['First', 'During the write']);
    expect(reports.at(-1)).toBe('saved');
  });

  it('a failed write reports "failed" and is retried until it succeeds', async () => {
    let failuresLeft = 2;
    const { store, start } = setUp(async (ws, updatedAt) => {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw new Error('QuotaExceededError');
      }
      writes.push({ name: ws.name, updatedAt });
    });
    store.set(renamed(start, 'Keep me'));
    await vi.advanceTimersByTimeAsync(300);
    expect(reports.at(-1)).toBe('failed');
    // A new edit while failing keeps saying failed (the retry writes it too).
    store.set(renamed(start, 'Keep me too'));
    expect(reports.at(-1)).toBe('failed');
    await vi.advanceTimersByTimeAsync(1000);
    expect(reports.at(-1)).toBe('failed');
    await vi.advanceTimersByTimeAsync(2000);
    expect(writes.map((w) => w.name)).toEqual(['Keep me too']);
    expect(reports.at(-1)).toBe('saved');
  });

  it('writes nothing for a document that is not the bound workspace, and says so', async () => {
    const start = everyFieldWorkspace();
    const store = documents(start);
    const foreign: Workspace[] = [];
    const autosave = createAutosave({
      documents: store,
      write: async (ws, updatedAt) => void writes.push({ name: ws.name, updatedAt }),
      onStatus: () => undefined,
      onForeignDocument: (ws) => foreign.push(ws),
    });
    autosave.bind(start.id, start);
    store.open(
      { ...start, id: 'ws-other', name: 'Opened from a file' },
      { kind: 'file', fileName: 'other.ccgm' },
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([]);
    expect(foreign.map((w) => w.name)).toEqual(['Opened from a file']);
  });

  it("a file opened with the bound workspace's id is another document: nothing is written over the saved one", async () => {
    const start = everyFieldWorkspace();
    const store = documents(start);
    const foreign: Workspace[] = [];
    createAutosave({
      documents: store,
      write: async (ws, updatedAt) => void writes.push({ name: ws.name, updatedAt }),
      onStatus: () => undefined,
      onForeignDocument: (ws) => foreign.push(ws),
    }).bind(start.id, start);
    store.open({ ...start, name: 'Same id, from a file' }, { kind: 'file', fileName: 'same.ccgm' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([]);
    expect(foreign.map((w) => w.name)).toEqual(['Same id, from a file']);
  });

  it('flush after switching workspaces writes the old one first, then nothing for the new', async () => {
    const { store, start, autosave } = setUp();
    store.set(renamed(start, 'Unsaved edit'));
    await autosave.flush();
    const other = everyFieldWorkspace('ws-other', 'Other');
    autosave.bind(other.id, other);
    store.open(other, { kind: 'library' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes.map((w) => w.name)).toEqual(['Unsaved edit']);
  });
});
