import type { FlushOutcome } from '../../../shared/ipc/bridge';
import { getBridge } from '../bridge/getBridge';
import { appEditor } from '../editor/appEditor';
import { CcgDatabase } from './db';
import { openOnLaunch } from './openOnLaunch';
import { useSaveStatus } from './saveStatusStore';
import { startPersistence, stopPersistence, type PersistenceSession } from './persistenceSession';

/**
 * Start-up: opens the local database, starts autosave and opens the most recently changed
 * workspace (or, on a first start, saves the default sample and opens it). A saved workspace
 * that fails validation, or whose last opening never finished, is not opened: the library shows
 * with the reason instead. If the
 * browser refuses IndexedDB the app still runs on the built-in sample, and the header says that
 * nothing is being saved. Never rejects.
 */
export async function launchPersistence(): Promise<void> {
  const editor = appEditor();
  if (typeof indexedDB === 'undefined') {
    editor.saveStatus.setStatus('unavailable', 'IndexedDB is not available');
    return;
  }
  try {
    const db = new CcgDatabase();
    await db.open();
    const session = startPersistence({ db, flushOnHide: true });
    // The desktop window asks before closing, and waits for the answer (a browser has no such hook).
    getBridge().onFlushRequest?.(() => flushBeforeClose(session));
    const outcome = await openOnLaunch(session);
    if (outcome.kind === 'invalid') {
      const problem = await session.storedProblem(outcome.id);
      editor.libraryScreen.show({
        reason: 'invalid',
        id: outcome.id,
        name: outcome.name,
        errors: outcome.errors,
        repairs: problem?.repairs ?? [],
      });
    } else if (outcome.kind === 'not-reopened') {
      editor.libraryScreen.show({ reason: 'unfinished', id: outcome.id, name: outcome.name });
    }
    // Ask the browser not to evict the library under storage pressure (Electron never does).
    void navigator.storage?.persist?.().catch(() => false);
  } catch (err) {
    stopPersistence();
    editor.saveStatus.setStatus('unavailable', err instanceof Error ? err.message : String(err));
  }
}

/** Saves every pending edit before the window closes; says why not when that failed. */
export async function flushBeforeClose(session: PersistenceSession): Promise<FlushOutcome> {
  await session.autosave.flush();
  if (session.autosave.held)
    return {
      ok: false,
      error: "This workspace was changed in another window, so this window's edits were not saved.",
    };
  if (session.autosave.dirty || session.autosave.failing)
    return { ok: false, error: useSaveStatus.getState().error ?? 'The last save did not finish.' };
  return { ok: true };
}
