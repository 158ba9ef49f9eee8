/**
 * Stands in for Electron's preload in end-to-end tests: the page gets `window.ccgBridge` exactly
 * as the preload builds it, and every call goes through the REAL main-process handlers
 * (registerIpcHandlers + createFileHandlers + node:fs) running in the test's Node process.
 * Only the native dialogs are scripted: a test says which path the "user" picks next. The PDF
 * report's webContents.printToPDF is Chromium's own print-to-PDF through Playwright's page.pdf().
 * `openFromOs` plays the OS handing the app a file (double-click, second launch): the real
 * main-process opener reads it and the page receives it through `onOpenFile`, as in the preload.
 * `closeWindow` plays the user closing the desktop window: main's real close guard asks the page
 * to save (its `onFlushRequest` handler) and takes the answer through the real IPC handler.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { createAppInfoHandler } from '../../../electron/main/appInfo';
import {
  CLOSE_BUTTONS,
  createCloseGuard,
  createFlushBroker,
  type CloseDecision,
} from '../../../electron/main/closeGuard';
import { createExportHandlers } from '../../../electron/main/exportHandlers';
import { createFileHandlers } from '../../../electron/main/fileHandlers';
import { registerIpcHandlers } from '../../../electron/main/ipcHandlers';
import { createOsFileOpener } from '../../../electron/main/osFileOpener';
import { readTextFile } from '../../../electron/main/readTextFile';
import { createPrintHandlers, type PrintableContents } from '../../../electron/main/printHandlers';
import type { SenderFrameLike } from '../../../electron/main/securityPolicy';
import { IPC_CHANNELS, MAX_TEXT_FILE_BYTES, type OsOpenedFile } from '../../../shared/ipc/bridge';

type Handler = (
  event: { senderFrame: SenderFrameLike | null; sender?: PrintableContents | null },
  payload?: unknown,
) => unknown;

/** The page as Electron's webContents for printing: Chromium's print-to-PDF with the same options. */
function printableContents(page: Page): PrintableContents {
  return {
    printToPDF: async (options) =>
      page.pdf({
        format: typeof options.pageSize === 'string' ? options.pageSize : 'A4',
        landscape: options.landscape ?? false,
        printBackground: options.printBackground ?? false,
        preferCSSPageSize: options.preferCSSPageSize ?? false,
        tagged: options.generateTaggedPDF ?? false,
        outline: options.generateDocumentOutline ?? false,
      }),
  };
}

export interface DesktopBridgeHarness {
  /** A fresh folder for this test's files; removed by dispose(). */
  readonly dir: string;
  /** The next open dialog answers with this path (else it is cancelled). */
  pickForOpen(path: string): void;
  /** The next save dialog answers with this path (else it is cancelled). */
  pickForSave(path: string): void;
  /** Every dialog shown, in order, for assertions on titles and filters. */
  readonly dialogs: { kind: 'open' | 'save'; title?: string }[];
  /**
   * The OS asks the app to open `path` (a .ccgm or .csv): main reads it and `page` receives it
   * through onOpenFile. A file that cannot be opened shows a native error box instead, whose
   * message is appended to `osErrors`.
   */
  openFromOs(page: Page, path: string): Promise<void>;
  readonly osErrors: string[];
  /**
   * The user closes the window: resolves with main's decision. If main has to ask, the scripted
   * message box clicks `click` (default Cancel); what it said is appended to `closeWarnings`.
   */
  closeWindow(page: Page, click?: (typeof CLOSE_BUTTONS)[number]): Promise<CloseDecision>;
  readonly closeWarnings: string[];
  /** The native menu sends a command (shared/ipc/menuCommands.ts), as main does. */
  menuCommand(page: Page, command: string): Promise<void>;
  dispose(): Promise<void>;
}

export async function installDesktopBridge(
  context: BrowserContext,
  origin: string,
): Promise<DesktopBridgeHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'ccgm-e2e-'));
  const openQueue: string[] = [];
  const saveQueue: string[] = [];
  const dialogs: DesktopBridgeHarness['dialogs'] = [];

  const showSaveDialog = async (options: SaveDialogOptions): Promise<SaveDialogReturnValue> => {
    dialogs.push({ kind: 'save', title: options.title });
    const path = saveQueue.shift();
    return path ? { canceled: false, filePath: path } : { canceled: true, filePath: '' };
  };
  const files = createFileHandlers({
    showOpenDialog: async (options) => {
      dialogs.push({ kind: 'open', title: options.title });
      const path = openQueue.shift();
      return path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] };
    },
    showSaveDialog,
    fs,
  });
  const exports = createExportHandlers({ showSaveDialog, fs });
  const print = createPrintHandlers({ showSaveDialog, fs });

  // Main's side of closing: the page is asked as main's webContents.send would.
  let closingPage: Page | null = null;
  const flushBroker = createFlushBroker({
    send: (requestId) => {
      if (!closingPage) throw new Error('no window is closing');
      void closingPage.evaluate(
        (id) =>
          (window as unknown as { __ccgFlushRequest: (p: unknown) => void }).__ccgFlushRequest({
            requestId: id,
          }),
        requestId,
      );
    },
  });

  const handlers = new Map<string, Handler>();
  registerIpcHandlers({
    ipcMain: { handle: (channel: string, fn: Handler) => void handlers.set(channel, fn) } as never,
    handlers: {
      appInfo: createAppInfoHandler(() => '0.0.0-e2e'),
      ...files,
      ...exports,
      ...print,
      flushResult: (request) => flushBroker.receive(request),
    },
    // The page is served over http in tests, so "our own page" is the test server's origin.
    isTrustedSender: (frame) =>
      frame !== null && frame.parent === null && frame.url.startsWith(origin),
  });

  await context.exposeBinding(
    '__ccgIpcInvoke',
    async ({ frame, page }, channel: string, payload: unknown) => {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`No handler for ${channel}`);
      return handler(
        {
          senderFrame: { url: frame.url(), parent: frame.parentFrame() },
          sender: printableContents(page),
        },
        payload,
      );
    },
  );
  await context.addInitScript((channels) => {
    type Invoke = (channel: string, payload?: unknown) => Promise<unknown>;
    const invoke = (window as unknown as { __ccgIpcInvoke: Invoke }).__ccgIpcInvoke;
    // As the preload: files are held until the page listens, then go to every listener.
    type Listener = (file: unknown) => void;
    const openFileListeners = new Set<Listener>();
    const heldFiles: unknown[] = [];
    const deliverFiles = (): void => {
      if (openFileListeners.size === 0) return;
      for (const file of heldFiles.splice(0))
        for (const listener of openFileListeners) listener(file);
    };
    Object.defineProperty(window, '__ccgOsOpenedFile', {
      value: (file: unknown) => {
        heldFiles.push(file);
        deliverFiles();
      },
    });
    Object.defineProperty(window, 'ccgBridge', {
      value: Object.freeze({
        appInfo: () => invoke(channels.appInfo),
        openTextFile: (request: unknown) => invoke(channels.openTextFile, request),
        saveTextFile: (request: unknown) => invoke(channels.saveTextFile, request),
        // Playwright carries typed arrays across the binding, as Electron's IPC does.
        saveBinaryFile: (request: unknown) => invoke(channels.saveBinaryFile, request),
        printToPdf: (request: unknown) => invoke(channels.printToPdf, request),
        // Native menu commands: the harness calls the listeners (menuCommand).
        onMenuCommand: (listener: (command: string) => void) => {
          const w = window as unknown as { __ccgMenuListeners?: Set<(command: string) => void> };
          const listeners = (w.__ccgMenuListeners ??= new Set());
          listeners.add(listener);
          return () => void listeners.delete(listener);
        },
        onOpenFile: (listener: Listener) => {
          openFileListeners.add(listener);
          if (heldFiles.length > 0) queueMicrotask(deliverFiles);
          return () => void openFileListeners.delete(listener);
        },
        onFlushRequest: (handler: FlushHandler) => {
          flushHandler = handler;
          return () => {
            if (flushHandler === handler) flushHandler = null;
          };
        },
      }),
    });
    // As the preload: main's flush request runs the page's handler, and the answer goes back by IPC.
    type FlushHandler = () => Promise<{ ok: boolean; error?: string }>;
    let flushHandler: FlushHandler | null = null;
    Object.defineProperty(window, '__ccgFlushRequest', {
      value: (payload: { requestId: string }) => {
        const outcome: ReturnType<FlushHandler> = flushHandler
          ? flushHandler()
          : Promise.resolve({ ok: true });
        void outcome
          .then(
            (o) => ({
              ok: o.ok === true,
              ...(typeof o.error === 'string' ? { error: o.error } : {}),
            }),
            (e: unknown) => ({ ok: false, error: String(e) }),
          )
          .then((answer) =>
            invoke(channels.flushResult, { requestId: payload.requestId, ...answer }),
          );
      },
    });
  }, IPC_CHANNELS);

  const osErrors: string[] = [];
  const openFromOs = async (page: Page, path: string): Promise<void> => {
    const opener = createOsFileOpener({
      readFile: (filePath, kind) => readTextFile(fs, filePath, kind, MAX_TEXT_FILE_BYTES),
      send: (file) =>
        void page.evaluate(
          (f: OsOpenedFile) =>
            (
              window as unknown as { __ccgOsOpenedFile: (f: OsOpenedFile) => void }
            ).__ccgOsOpenedFile(f),
          file,
        ),
      showError: (message) => void osErrors.push(message),
      // Open Recent is main's native menu, which a page test cannot reach.
      recent: { has: () => false, add: async () => [], remove: async () => [] },
      onRecentChanged: () => undefined,
    });
    await opener.setReady(true);
    await opener.openFromOs(path);
  };

  const closeWarnings: string[] = [];
  const closeWindow = async (
    page: Page,
    click: (typeof CLOSE_BUTTONS)[number] = 'Cancel',
  ): Promise<CloseDecision> => {
    closingPage = page;
    const guard = createCloseGuard({
      flush: () => flushBroker.request(),
      showMessageBox: async (options) => {
        closeWarnings.push(`${options.message} — ${options.detail ?? ''}`);
        return { response: CLOSE_BUTTONS.indexOf(click) };
      },
      saveCopy: () => undefined,
    });
    return guard.decide();
  };

  return {
    dir,
    openFromOs,
    osErrors,
    closeWindow,
    closeWarnings,
    pickForOpen: (path) => void openQueue.push(path),
    pickForSave: (path) => void saveQueue.push(path),
    dialogs,
    menuCommand: (page, command) =>
      page.evaluate((c) => {
        const w = window as unknown as { __ccgMenuListeners?: Set<(command: string) => void> };
        for (const listener of w.__ccgMenuListeners ?? []) listener(c);
      }, command),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
