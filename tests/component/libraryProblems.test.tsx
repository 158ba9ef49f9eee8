// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveTextFileRequest, SaveTextFileResult } from '../../shared/ipc/bridge';
import { LibraryScreen } from '../../renderer/src/library/LibraryScreen';
import { useLibraryScreen } from '../../renderer/src/state/libraryStore';
import { CcgDatabase } from '../../renderer/src/persistence/db';
import {
  startPersistence,
  stopPersistence,
  type PersistenceSession,
} from '../../renderer/src/persistence/persistenceSession';
import { listSnapshots } from '../../renderer/src/persistence/snapshotRecords';
import { useDocumentStore } from '../../renderer/src/state/documentStore';
import { everyFieldWorkspace } from '../unit/persistence/fixtures';

// A saved workspace is never stranded: one that fails validation shows its located problems
// with its stored file to export and, when it can be, a repair; one whose last opening never
// finished is named, with the same export. The stored records are put straight into IndexedDB,
// as an older build or a damaged profile would leave them.

let db: CcgDatabase;
let session: PersistenceSession;
let saves: SaveTextFileRequest[];

beforeEach(() => {
  db = new CcgDatabase(`ccgm-library-problems-${Math.random().toString(36).slice(2)}`);
  session = startPersistence({ db, throttleMs: 5 });
  saves = [];
  // The desktop bridge, as the preload exposes it: the "user" saves wherever the dialog suggests.
  window.ccgBridge = {
    appInfo: async () => ({ version: 'test', shell: 'electron' }),
    openTextFile: async () => ({ canceled: true }),
    saveTextFile: vi.fn(async (request: SaveTextFileRequest): Promise<SaveTextFileResult> => {
      saves.push(request);
      return { canceled: false, fileName: request.suggestedName };
    }),
    saveBinaryFile: async () => ({ canceled: true }),
    printToPdf: async () => ({ canceled: true }),
  };
  useLibraryScreen.getState().show();
});
afterEach(async () => {
  cleanup();
  delete window.ccgBridge;
  useLibraryScreen.getState().hide();
  await session.settled();
  stopPersistence();
  db.close();
  await Dexie.delete(db.name);
});

const LONG_CCG_NAME = `Ashby ${'and District '.repeat(50)}CCG`;

/** Puts a document into the library exactly as given, without any validation. */
/** Clicks a button once it is enabled (the library disables its buttons while a command runs). */
async function press(button: HTMLElement): Promise<void> {
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false), {
    timeout: 5000,
  });
  fireEvent.click(button);
}

async function storeRaw(document: unknown, name: string): Promise<void> {
  const doc = document as { id: string };
  await db.workspaces.put({
    id: doc.id,
    name,
    updatedAt: '2026-03-05T14:00:00.000Z',
    scenarioCount: 1,
    document: document as never,
  });
}

describe('a stored workspace that fails validation', () => {
  it('opening it from the library shows its located problems, exports the stored file and repairs an over-long name', async () => {
    const doc = structuredClone(everyFieldWorkspace('ws-long', 'Northshire')) as unknown as {
      scenarios: { name: string; nodes: { id: string; name: string }[] }[];
    };
    const ashby = doc.scenarios[0]?.nodes.find((n) => n.id === 'ashby');
    if (!ashby) throw new Error('fixture has no Ashby');
    ashby.name = LONG_CCG_NAME;
    await storeRaw(doc, 'Northshire');
    render(<LibraryScreen />);

    fireEvent.click(
      await screen.findByRole('button', { name: 'Open Northshire' }, { timeout: 5000 }),
    );
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(within(alert).getByRole('heading')).toHaveProperty(
      'textContent',
      'Could not open “Northshire”',
    );
    expect(within(alert).getAllByRole('listitem')[0]?.textContent).toMatch(
      /^scenario "Option B" › CCG "Ashby and District .*…": name: must be at most 500 characters$/,
    );
    expect(alert.textContent).toContain(
      `CCG "Ashby and District and District and District and District and District and Di…": name: shortened from ${LONG_CCG_NAME.length} to 500 characters`,
    );

    await press(within(alert).getByRole('button', { name: 'Export the stored file' }));
    await waitFor(() => expect(saves).toHaveLength(1), { timeout: 5000 });
    expect(saves[0]?.kind).toBe('workspace');
    expect(saves[0]?.suggestedName).toBe('Northshire.ccgm');
    // The stored document itself, long name and all, so it can be fixed by hand.
    expect(JSON.parse(saves[0]?.text ?? '')).toEqual(doc);
    expect(
      await screen.findByText('Exported the stored file of “Northshire” as “Northshire.ccgm”.'),
    ).toBeTruthy();

    await press(within(alert).getByRole('button', { name: 'Repair and open' }));
    await waitFor(() => expect(useLibraryScreen.getState().open).toBe(false), { timeout: 5000 });
    expect(session.openId()).toBe('ws-long');
    const opened = useDocumentStore
      .getState()
      .workspace.scenarios[0]?.nodes.find((n) => n.id === 'ashby');
    expect(opened?.name.length).toBeLessThanOrEqual(500);
    expect(opened?.name.startsWith('Ashby and District')).toBe(true);
    // The stored version is kept in its History.
    const history = await listSnapshots(db, 'ws-long');
    expect(history.some((s) => s.label === 'Before automatic repair')).toBe(true);
  });

  it('a problem that cannot be repaired automatically still offers the stored file', async () => {
    const doc = structuredClone(everyFieldWorkspace('ws-neg', 'Wexmoor')) as unknown as {
      scenarios: { nodes: { id: string; population?: number }[] }[];
    };
    const ashby = doc.scenarios[0]?.nodes.find((n) => n.id === 'ashby');
    if (!ashby) throw new Error('fixture has no Ashby');
    ashby.population = -5;
    await storeRaw(doc, 'Wexmoor');
    render(<LibraryScreen />);

    fireEvent.click(await screen.findByRole('button', { name: 'Open Wexmoor' }, { timeout: 5000 }));
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain(
      'CCG "Ashby CCG": population: must be a positive number of people',
    );
    expect(within(alert).queryByRole('button', { name: 'Repair and open' })).toBeNull();
    await press(within(alert).getByRole('button', { name: 'Export the stored file' }));
    await waitFor(() => expect(saves).toHaveLength(1), { timeout: 5000 });
    expect(JSON.parse(saves[0]?.text ?? '')).toEqual(doc);
    expect(session.openId()).toBeNull();
  });
});

describe('a workspace whose last opening did not finish', () => {
  it('is named in one sentence, with its stored file to export', async () => {
    await session.createWorkspace(everyFieldWorkspace('ws-north', 'Northshire'), { open: false });
    useLibraryScreen.getState().show({ reason: 'unfinished', id: 'ws-north', name: 'Northshire' });
    render(<LibraryScreen />);

    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain(
      '“Northshire” did not finish opening last time, so it was not reopened. Open it from the list, or export it.',
    );
    await press(within(alert).getByRole('button', { name: 'Export the stored file' }));
    await waitFor(() => expect(saves).toHaveLength(1), { timeout: 5000 });
    expect(JSON.parse(saves[0]?.text ?? '').name).toBe('Northshire');
    expect(screen.getByRole('button', { name: 'Open Northshire' })).toBeTruthy();
  });
});
