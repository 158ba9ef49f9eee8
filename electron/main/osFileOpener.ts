/**
 * Files the user asks the app to open from outside the window — a double-clicked .ccgm or .csv,
 * a second launch with a path, macOS 'open-file', an Open Recent entry — read in main and sent to
 * the page on MAIN_EVENTS.fileOpened. Paths that arrive before the page has loaded (the first
 * launch's argument, an 'open-file' before 'ready') wait in a queue. Plain module: the read, the
 * send and the error box come in as arguments.
 */
import { extname } from 'node:path';
import { osOpenedFile, type FileKind, type OsOpenedFile } from '../../shared/ipc/bridge';
import { isOpenableFile } from './openableArgs';
import type { ReadTextFileResult } from './readTextFile';
import { isWorkspacePath, type RecentFiles } from './recentFiles';

export interface OsFileOpenerDeps {
  /** readTextFile bound to node:fs and the size limit. */
  readFile(path: string, kind: FileKind): Promise<ReadTextFileResult>;
  /** Sends the file to the page (webContents.send on MAIN_EVENTS.fileOpened). */
  send(file: OsOpenedFile): void;
  /** Tells the user a file could not be opened (a native message box). */
  showError(message: string): void;
  readonly recent: Pick<RecentFiles, 'has' | 'add' | 'remove'>;
  /** The recent list changed: rebuild the menu. */
  onRecentChanged(): void;
}

export interface OsFileOpener {
  /** Opens a path the operating system handed to the app (now, or once the page is ready). */
  openFromOs(path: string): Promise<void>;
  /** Opens an Open Recent entry; refuses any path that is not in the recent list. */
  openRecent(path: string): Promise<void>;
  /**
   * The page can (true: it finished loading) or cannot (false: no window, or reloading) receive
   * files now. Becoming ready opens everything queued, in order.
   */
  setReady(ready: boolean): Promise<void>;
}

export function createOsFileOpener(deps: OsFileOpenerDeps): OsFileOpener {
  let ready = false;
  const queue: { path: string; fromRecent: boolean }[] = [];

  async function deliver(path: string, fromRecent: boolean): Promise<void> {
    if (fromRecent && !deps.recent.has(path)) return; // only what the user chose before
    if (!isOpenableFile(path)) {
      deps.showError(
        `CCG Modeller opens workspaces (.ccgm) and practice lists (.csv), not "${extname(path) || 'files without an extension'}" files.`,
      );
      return;
    }
    const read = await deps.readFile(path, isWorkspacePath(path) ? 'workspace' : 'csv');
    if (!read.ok) {
      deps.showError(read.error);
      if (fromRecent) {
        // Gone or unreadable: it should not stay in Open Recent to fail again.
        await deps.recent.remove(path).catch(() => undefined);
        deps.onRecentChanged();
      }
      return;
    }
    const payload = osOpenedFile.safeParse({ fileName: read.fileName, text: read.text });
    if (!payload.success) {
      deps.showError(
        `Could not open "${read.fileName}": ${payload.error.issues[0]?.message ?? 'it is not a file the app can open'}.`,
      );
      return;
    }
    deps.send(payload.data);
    if (isWorkspacePath(path)) {
      await deps.recent.add(path).catch(() => undefined); // the list is a convenience: never block opening
      deps.onRecentChanged();
    }
  }

  async function open(path: string, fromRecent: boolean): Promise<void> {
    if (!ready) {
      queue.push({ path, fromRecent });
      return;
    }
    await deliver(path, fromRecent);
  }

  return {
    openFromOs: (path) => open(path, false),
    openRecent: (path) => open(path, true),
    async setReady(value) {
      ready = value;
      while (ready && queue.length > 0) {
        const next = queue.shift();
        if (next) await deliver(next.path, next.fromRecent);
      }
    },
  };
}
