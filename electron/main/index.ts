/**
 * The main process: one window, the native menu, the security policy and the bridge handlers.
 * Deliberately thin: every decision lives in a small module that does not import Electron at
 * runtime (securityPolicy, fileHandlers, ipcHandlers, menuTemplate) and is unit-tested there.
 * Built by electron-vite to out/main/index.js (CommonJS), next to out/preload and out/renderer.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session, type Event as ElectronEvent } from 'electron';
import * as fsPromises from 'node:fs/promises';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../common/menuCommands';
import { createAppInfoHandler } from './appInfo';
import { createExportHandlers, type ExportHandlerDeps } from './exportHandlers';
import { createFileHandlers } from './fileHandlers';
import { registerIpcHandlers } from './ipcHandlers';
import { buildMenuTemplate } from './menuTemplate';
import { createPrintHandlers } from './printHandlers';
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

function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
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
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
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

/** Session-wide rules: no network, no permissions beyond the harmless few, no foreign pages. */
function applySecurityPolicy(): void {
  const ses = session.defaultSession;
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, appLocation) });
  });
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
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
    },
    isTrustedSender: (frame) => isTrustedSender(frame, appLocation),
  });
}

function installMenu(): void {
  const sendCommand = (command: MenuCommand): void => {
    const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
    target?.webContents.send(MENU_COMMAND_CHANNEL, command);
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, isPackaged: app.isPackaged, sendCommand })),
  );
}

// One running copy: a second launch (e.g. double-clicking a .ccgm file) focuses the first window
// instead of opening a second app writing to the same IndexedDB.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
  app
    .whenReady()
    .then(() => {
      applySecurityPolicy();
      registerBridge();
      installMenu();
      mainWindow = createMainWindow();
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('CCG Modeller could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
