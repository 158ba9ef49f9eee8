/**
 * The main process: one window, the native menu, the security policy, the bridge handlers, files
 * opened from the OS or Open Recent, and the window's remembered bounds. Deliberately thin: every
 * decision lives in a small module that does not import Electron at runtime (securityPolicy,
 * fileHandlers, ipcHandlers, menuTemplate, recentFiles, osFileOpener, openableArgs,
 * windowPlacement, windowStateKeeper) and is unit-tested there.
 * Built by electron-vite to out/main/index.js (CommonJS), next to out/preload and out/renderer.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  screen,
  session,
  type Event as ElectronEvent,
} from 'electron';
import * as fsPromises from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAIN_EVENTS, MAX_TEXT_FILE_BYTES } from '../../shared/ipc/bridge';
import {
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  type MenuCommand,
} from '../../shared/ipc/menuCommands';
import { createAppInfoHandler } from './appInfo';
import { createCloseGuard, createFlushBroker } from './closeGuard';
import { createExportHandlers, type ExportHandlerDeps } from './exportHandlers';
import { createFileHandlers } from './fileHandlers';
import { registerIpcHandlers } from './ipcHandlers';
import { buildMenuTemplate } from './menuTemplate';
import { openableFilesFromArgv } from './openableArgs';
import { createOsFileOpener } from './osFileOpener';
import { createPrintHandlers } from './printHandlers';
import { readTextFile } from './readTextFile';
import { createRecentFiles } from './recentFiles';
import { createWindowStateKeeper } from './windowStateKeeper';
import { MIN_WINDOW_SIZE, placeWindow } from './windowPlacement';
import {
  isAllowedNavigation,
  isAllowedRequest,
  isPermissionAllowed,
  isTrustedSender,
  type AppLocation,
} from './securityPolicy';

// Every renderer runs in Chromium's OS sandbox, whatever a window's own webPreferences say.
// Must be called before the app is ready.
app.enableSandbox();

const rendererDir = join(__dirname, '..', 'renderer');
const preloadPath = join(__dirname, '..', 'preload', 'index.js');

/** The app's own page and folder as URLs; every navigation, request and IPC check compares to these. */
const appLocation: AppLocation = {
  indexUrl: pathToFileURL(join(rendererDir, 'index.html')).href,
  rendererDirUrl: pathToFileURL(rendererDir + sep).href,
  urlOptions: { caseInsensitive: process.platform === 'win32' },
};

let mainWindow: BrowserWindow | null = null;

/** Asks the main window's page to save before it closes, and takes its answer (closeGuard.ts). */
const flushBroker = createFlushBroker({
  send: (requestId) => {
    if (!mainWindow || mainWindow.isDestroyed()) throw new Error('the window is gone');
    mainWindow.webContents.send(MAIN_EVENTS.flushRequest, { requestId });
  },
});
/** Set by a quit (Cmd+Q, the menu): once the window has closed safely, the app quits too. */
let quitRequested = false;

// Open Recent and the window's last bounds, kept in the per-user app data folder.
const recentFiles = createRecentFiles({
  fs: fsPromises,
  storePath: join(app.getPath('userData'), 'recent-files.json'),
  caseInsensitive: process.platform === 'win32' || process.platform === 'darwin',
});
const windowState = createWindowStateKeeper({
  fs: fsPromises,
  storePath: join(app.getPath('userData'), 'window-state.json'),
});

/** Adds a workspace to Open Recent (and, on macOS, the Dock's and Finder's recent documents). */
async function rememberWorkspace(path: string): Promise<readonly string[]> {
  if (process.platform === 'darwin') app.addRecentDocument(path);
  return recentFiles.add(path);
}

/** Files from the OS and Open Recent, read here and sent to the page once it has loaded. */
const fileOpener = createOsFileOpener({
  readFile: (path, kind) => readTextFile(fsPromises, path, kind, MAX_TEXT_FILE_BYTES),
  send: (file) => mainWindow?.webContents.send(MAIN_EVENTS.fileOpened, file),
  showError: (message) => {
    const options = {
      type: 'error' as const,
      title: 'CCG Modeller',
      message: 'The file could not be opened',
      detail: message,
    };
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
  },
  recent: {
    has: (path) => recentFiles.has(path),
    add: rememberWorkspace,
    remove: (path) => recentFiles.remove(path),
  },
  onRecentChanged: () => void refreshMenu(),
});

async function createMainWindow(): Promise<BrowserWindow> {
  // Where the user left it, if that is still on a screen; else centred at the default size.
  const placement = placeWindow(
    await windowState.load(),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const win = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    // Only when true: an explicit `fullscreen: false` disables the full-screen button on macOS.
    ...(placement.fullScreen ? { fullscreen: true } : {}),
    title: 'CCG Modeller',
    show: false, // shown on ready-to-show, so the user never sees a blank white frame
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click (auxclick) on a link would otherwise try to open it in a new window.
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
      // Chromium's spellchecker downloads dictionaries from a Google server on Windows and Linux;
      // macOS uses the system's own, offline.
      spellcheck: process.platform === 'darwin',
    },
  });
  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize(); // maximize() also shows the window
    win.show();
  });
  windowState.track(win);
  guardClose(win);
  // Files wait until the page has loaded (its preload is listening from then on).
  win.webContents.on('did-start-loading', () => void fileOpener.setReady(false));
  win.webContents.on('did-finish-load', () => void fileOpener.setReady(true));
  win.on('closed', () => {
    if (mainWindow === win) {
      mainWindow = null;
      void fileOpener.setReady(false);
    }
  });
  // loadURL (not loadFile) so the page's URL is exactly appLocation.indexUrl.
  win.loadURL(appLocation.indexUrl).catch((error: unknown) => {
    dialog.showErrorBox(
      'CCG Modeller could not start',
      `The app's window could not be loaded (${error instanceof Error ? error.message : String(error)}). ` +
        'Reinstalling CCG Modeller should fix this; in a development checkout run "npm run build".',
    );
  });
  return win;
}

/**
 * The window closes only once its page has saved every edit, or the user chose to close anyway
 * (closeGuard.ts). Once decided, the page's own "leave this page?" check is skipped too.
 */
function guardClose(win: BrowserWindow): void {
  const guard = createCloseGuard({
    flush: () => flushBroker.request(),
    showMessageBox: (options) => dialog.showMessageBox(win, options),
    saveCopy: () => win.webContents.send(MENU_COMMAND_CHANNEL, MENU_COMMANDS.saveWorkspaceAs),
  });
  let mayClose = false;
  win.on('close', (event: ElectronEvent) => {
    if (mayClose) return;
    event.preventDefault();
    void guard.decide().then((decision) => {
      // Several closes while one decision was made share it: act on it once.
      if (mayClose || win.isDestroyed()) return;
      if (decision === 'close') {
        mayClose = true;
        win.close();
        if (quitRequested) app.quit();
      } else {
        quitRequested = false;
      }
    });
  });
  win.webContents.on('will-prevent-unload', (event: ElectronEvent) => {
    if (mayClose) event.preventDefault();
  });
}

/** Session-wide rules: no network, no permissions beyond the harmless few, no foreign pages. */
function applySecurityPolicy(): void {
  const ses = session.defaultSession;
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, appLocation) });
  });
  ses.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionAllowed(permission)),
  );
  ses.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
}

app.on('web-contents-created', (_event, contents) => {
  // No pop-ups, no new windows: links the app shows are text, not a way out of the sandbox.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const guardNavigation = (event: ElectronEvent<{ url: string }>): void => {
    if (!isAllowedNavigation(event.url, appLocation)) event.preventDefault();
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

function registerBridge(): void {
  // Dialogs are modal to the focused window, so they cannot end up behind the app.
  const fileHandlers = createFileHandlers({
    showOpenDialog: (options) => {
      const parent = BrowserWindow.getFocusedWindow();
      return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
    },
    showSaveDialog: (options) => {
      const parent = BrowserWindow.getFocusedWindow();
      return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
    },
    fs: fsPromises,
    onWorkspaceChosen: (path) => void rememberWorkspace(path).then(refreshMenu, () => undefined),
  });
  const saveDialog: ExportHandlerDeps = {
    showSaveDialog: (options) => {
      const parent = BrowserWindow.getFocusedWindow();
      return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
    },
    fs: fsPromises,
  };
  registerIpcHandlers({
    ipcMain,
    handlers: {
      appInfo: createAppInfoHandler(() => app.getVersion()),
      ...fileHandlers,
      ...createExportHandlers(saveDialog),
      ...createPrintHandlers(saveDialog),
      flushResult: (request) => flushBroker.receive(request),
    },
    isTrustedSender: (frame) => isTrustedSender(frame, appLocation),
  });
}

function sendCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  target?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

/** Builds the menu afresh: Open Recent shows the recent list, less files that have vanished. */
async function refreshMenu(): Promise<void> {
  const recent = await recentFiles.prune().catch(() => recentFiles.list());
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        isPackaged: app.isPackaged,
        sendCommand,
        recentFiles: recent,
        openRecent: (path) => void openInWindow(() => fileOpener.openRecent(path)),
        clearRecent: () => {
          if (process.platform === 'darwin') app.clearRecentDocuments();
          void recentFiles.clear().then(refreshMenu, refreshMenu);
        },
        homeDir: homedir(),
      }),
    ),
  );
}

let creatingWindow: Promise<BrowserWindow> | undefined;
/** The main window, created if there is none (macOS keeps running with all windows closed). */
function ensureMainWindow(): Promise<BrowserWindow> {
  if (mainWindow) return Promise.resolve(mainWindow);
  // One at a time: two files opened together must not open two windows.
  creatingWindow ??= createMainWindow()
    .then((win) => (mainWindow = win))
    .finally(() => {
      creatingWindow = undefined;
    });
  return creatingWindow;
}

/**
 * Brings the window forward (restoring it if minimised), then runs `open`. Before 'ready' (macOS
 * 'open-file' at launch) there is no window yet: the opener queues the file until the page loads.
 */
async function openInWindow(open: () => Promise<void>): Promise<void> {
  if (app.isReady()) {
    const win = await ensureMainWindow();
    if (win.isMinimized()) win.restore();
    win.focus();
  }
  await open();
}

function openPaths(paths: readonly string[]): () => Promise<void> {
  return async () => {
    for (const path of paths) await fileOpener.openFromOs(path);
  };
}

function openableArgs(argv: readonly string[], cwd: string): string[] {
  return openableFilesFromArgv(argv, { defaultApp: process.defaultApp === true, cwd });
}

// One running copy: a second launch (e.g. double-clicking a .ccgm file) focuses the first window
// instead of opening a second app writing to the same IndexedDB.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A second launch (double-clicking a .ccgm, "Open with") hands its arguments to this one.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    void openInWindow(openPaths(openableArgs(argv, workingDirectory)));
  });
  // macOS hands files to the running app (Finder, Dock, a recent document); the first one may
  // arrive before 'ready', and is queued until the window has loaded.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openInWindow(openPaths([path]));
  });
  app.on('before-quit', () => {
    quitRequested = true;
  });
  // Window bounds are written on close; let that write finish before the process exits.
  app.on('will-quit', (event) => {
    if (!windowState.hasPendingWrite()) return;
    event.preventDefault();
    void windowState.flush().finally(() => app.quit());
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) void ensureMainWindow();
  });
  app
    .whenReady()
    .then(async () => {
      applySecurityPolicy();
      registerBridge();
      await recentFiles.load();
      await refreshMenu();
      await ensureMainWindow();
      // A file the app was launched with (double-click, "Open with") opens once the page has loaded.
      await openPaths(openableArgs(process.argv, process.cwd()))();
    })
    .catch((error: unknown) => {
      dialog.showErrorBox(
        'CCG Modeller could not start',
        error instanceof Error ? error.message : String(error),
      );
      app.exit(1);
    });
}
