// A stand-in for the 'electron' module, recording what the main process and the preload wire up
// (window options, session handlers, web-contents guards, IPC handlers, what the preload exposes),
// so the security checklist can check the real electron/main/index.ts and electron/preload/index.ts.
// The real 'electron' must never be imported in unit tests (it would try to download its binary).

type Listener = (...args: unknown[]) => unknown;

export interface FakeElectronState {
  readonly calls: string[];
  readonly windows: { options: Record<string, unknown>; loadedUrl?: string }[];
  readonly appListeners: Map<string, Listener[]>;
  readonly ipcHandlers: Map<string, Listener>;
  readonly exposed: Map<string, unknown>;
  readonly invoked: { channel: string; args: unknown[] }[];
  readonly rendererListeners: Map<string, Listener>;
  onBeforeRequest?: (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
  permissionRequest?: (wc: unknown, permission: string, cb: (granted: boolean) => void) => void;
  permissionCheck?: (wc: unknown, permission: string) => boolean;
}

export function createFakeElectron() {
  const state: FakeElectronState = {
    calls: [],
    windows: [],
    appListeners: new Map(),
    ipcHandlers: new Map(),
    exposed: new Map(),
    invoked: [],
    rendererListeners: new Map(),
  };
  class BrowserWindow {
    static getFocusedWindow = () => null;
    static getAllWindows = () => state.windows;
    record: FakeElectronState['windows'][number];
    webContents = { send: () => undefined, on: () => undefined };
    constructor(options: Record<string, unknown>) {
      this.record = { options };
      state.windows.push(this.record);
    }
    loadURL(url: string) {
      this.record.loadedUrl = url;
      return Promise.resolve();
    }
    once() {}
    on() {}
    show() {}
    maximize() {}
    isMinimized() {
      return false;
    }
    isMaximized() {
      return false;
    }
    isFullScreen() {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1400, height: 900 };
    }
  }
  // The window placement and recent-files stores live in userData; nothing here writes to it.
  const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
  const app = {
    isPackaged: false,
    enableSandbox: () => state.calls.push('enableSandbox'),
    requestSingleInstanceLock: () => true,
    isReady: () => true,
    getVersion: () => '0.1.0',
    getPath: () => '/nonexistent/ccg-modeller-user-data',
    addRecentDocument: () => undefined,
    clearRecentDocuments: () => undefined,
    on: (event: string, listener: Listener) => {
      state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), listener]);
    },
    whenReady: () => {
      state.calls.push('whenReady');
      return Promise.resolve();
    },
    quit: () => state.calls.push('quit'),
    exit: () => state.calls.push('exit'),
  };
  const electron = {
    app,
    BrowserWindow,
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
      showErrorBox: () => state.calls.push('showErrorBox'),
      showMessageBox: async () => ({ response: 0 }),
    },
    screen: { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) },
    ipcMain: {
      handle: (channel: string, listener: Listener) => state.ipcHandlers.set(channel, listener),
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => undefined },
    session: {
      defaultSession: {
        webRequest: {
          onBeforeRequest: (l: FakeElectronState['onBeforeRequest']) => (state.onBeforeRequest = l),
        },
        setPermissionRequestHandler: (h: FakeElectronState['permissionRequest']) =>
          (state.permissionRequest = h),
        setPermissionCheckHandler: (h: FakeElectronState['permissionCheck']) =>
          (state.permissionCheck = h),
      },
    },
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => state.exposed.set(key, api),
    },
    ipcRenderer: {
      invoke: async (channel: string, ...args: unknown[]) =>
        void state.invoked.push({ channel, args }),
      on: (channel: string, listener: Listener) =>
        void state.rendererListeners.set(channel, listener),
      removeListener: (channel: string) => void state.rendererListeners.delete(channel),
    },
  };
  return { state, electron };
}
