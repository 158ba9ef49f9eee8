/**
 * The preload: exposes the bridge to the page as `window.ccgBridge`, built only from
 * ipcRenderer.invoke on the channels in shared/ipc/bridge.ts. It runs sandboxed (CommonJS, only
 * Electron's preload modules available), and hands the page functions, never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC_CHANNELS,
  MAIN_EVENTS,
  flushRequest,
  osOpenedFile,
  type FlushOutcome,
  type AppInfo,
  type Bridge,
  type OpenTextFileRequest,
  type OpenTextFileResult,
  type OsOpenedFile,
  type PrintToPdfRequest,
  type PrintToPdfResult,
  type SaveBinaryFileRequest,
  type SaveBinaryFileResult,
  type SaveTextFileRequest,
  type SaveTextFileResult,
} from '../../shared/ipc/bridge';
import { MENU_COMMAND_CHANNEL } from '../../shared/ipc/menuCommands';

/** The desktop bridge: the shared Bridge plus the native menu's commands. */
export interface DesktopBridge extends Bridge {
  /**
   * Calls `listener` with each native-menu command ('open-workspace', 'save-workspace-as', …;
   * see shared/ipc/menuCommands.ts). Returns a function that removes the listener.
   */
  onMenuCommand(listener: (command: string) => void): () => void;
  /**
   * Calls `listener` with each .ccgm or .csv file the OS (or Open Recent) asked the app to open,
   * already read by main. Files that arrived before anyone listened (the file a user
   * double-clicked to start the app) are held and delivered just after the page subscribes.
   * Returns a function that removes the listener.
   */
  onOpenFile(listener: (file: OsOpenedFile) => void): () => void;
  /**
   * Sets what runs when the window is closing: save every pending edit and say whether it
   * worked. Main waits for the answer (a few seconds at most) before closing. One handler at a
   * time; returns a function that removes it.
   */
  onFlushRequest(handler: () => Promise<FlushOutcome>): () => void;
}

let flushHandler: (() => Promise<FlushOutcome>) | null = null;
ipcRenderer.on(MAIN_EVENTS.flushRequest, (_event: IpcRendererEvent, payload: unknown) => {
  const parsed = flushRequest.safeParse(payload);
  if (!parsed.success) return;
  const { requestId } = parsed.data;
  const handler = flushHandler;
  // No page listening (still loading, or it crashed): nothing is pending in it to save.
  const outcome: Promise<FlushOutcome> = handler ? handler() : Promise.resolve({ ok: true });
  void outcome
    .then(
      (o) => ({
        ok: o.ok === true,
        ...(typeof o.error === 'string' ? { error: o.error.slice(0, 2000) } : {}),
      }),
      (error: unknown) => ({
        ok: false,
        error: (error instanceof Error ? error.message : String(error)).slice(0, 2000),
      }),
    )
    .then((answer) => ipcRenderer.invoke(IPC_CHANNELS.flushResult, { requestId, ...answer }));
});

// Listening starts as the preload runs, so a file sent while the page is still starting up is
// held (in order) until the page subscribes, then handed to every listener.
const openFileListeners = new Set<(file: OsOpenedFile) => void>();
const undeliveredFiles: OsOpenedFile[] = [];
function deliverOpenedFiles(): void {
  if (openFileListeners.size === 0) return;
  for (const file of undeliveredFiles.splice(0))
    for (const listener of openFileListeners) listener(file);
}
ipcRenderer.on(MAIN_EVENTS.fileOpened, (_event: IpcRendererEvent, payload: unknown) => {
  // Main validated it too; the page must never receive anything but { fileName, text }.
  const parsed = osOpenedFile.safeParse(payload);
  if (!parsed.success) return;
  undeliveredFiles.push(parsed.data);
  deliverOpenedFiles();
});

const bridge: DesktopBridge = {
  appInfo: (): Promise<AppInfo> => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
  openTextFile: (request: OpenTextFileRequest): Promise<OpenTextFileResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.openTextFile, request),
  saveTextFile: (request: SaveTextFileRequest): Promise<SaveTextFileResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.saveTextFile, request),
  saveBinaryFile: (request: SaveBinaryFileRequest): Promise<SaveBinaryFileResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.saveBinaryFile, request),
  printToPdf: (request: PrintToPdfRequest): Promise<PrintToPdfResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.printToPdf, request),
  onMenuCommand(listener) {
    // Wrap so the page never receives the IpcRendererEvent (it exposes `sender`).
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (typeof command === 'string') listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
  onFlushRequest(handler) {
    flushHandler = handler;
    return () => {
      if (flushHandler === handler) flushHandler = null;
    };
  },
  onOpenFile(listener) {
    openFileListeners.add(listener);
    // Held files go out after subscribing returns (the caller's setup has finished by then), to
    // whoever is subscribed at that moment: React's StrictMode subscribes, unsubscribes and
    // subscribes again in one go.
    if (undeliveredFiles.length > 0) queueMicrotask(deliverOpenedFiles);
    return () => {
      openFileListeners.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld('ccgBridge', bridge);
