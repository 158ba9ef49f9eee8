// Runs electron/main/index.ts against a fake 'electron' module, to check the wiring the pure
// modules cannot: sandbox, window options, session policy, navigation guards, IPC and menu.
// The real 'electron' must never be imported here (it would try to download its binary).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/ipc/bridge';
import { MENU_COMMAND_CHANNEL } from '../../../electron/common/menuCommands';

type AnyFn = (...args: never[]) => unknown;

const fake = vi.hoisted(() => {
  const appListeners = new Map<string, ((...args: unknown[]) => void)[]>();
  const windows: { options: Record<string, unknown>; loadedUrl?: string; sent: unknown[][] }[] = [];
  const state = {
    calls: [] as string[],
    appListeners,
    windows,
    ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
    onBeforeRequest: undefined as undefined | ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    permissionRequest: undefined as undefined | ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void),
    permissionCheck: undefined as undefined | ((wc: unknown, permission: string) => boolean),
    menuTemplate: undefined as undefined | { submenu?: { click?: () => void }[] }[],
  };
  class BrowserWindow {
    static focused: BrowserWindow | null = null;
    static getFocusedWindow = () => BrowserWindow.focused;
    static getAllWindows = () => windows;
    record: (typeof windows)[number];
    webContents: { send: (...args: unknown[]) => void };
    constructor(options: Record<string, unknown>) {
      this.record = { options, sent: [] };
      windows.push(this.record);
      this.webContents = { send: (...args: unknown[]) => this.record.sent.push(args) };
    }
    loadURL(url: string) {
      this.record.loadedUrl = url;
      return Promise.resolve();
    }
    once() {}
    on() {}
    show() {}
  }
  const electron = {
    app: {
      enableSandbox: () => state.calls.push('enableSandbox'),
      requestSingleInstanceLock: () => true,
      isPackaged: false,
      isReady: () => true,
      getVersion: () => '0.1.0',
      on: (event: string, listener: (...args: unknown[]) => void) => {
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
      },
      whenReady: () => {
        state.calls.push('whenReady');
        return Promise.resolve();
      },
      quit: () => state.calls.push('quit'),
      exit: () => state.calls.push('exit'),
    },
    BrowserWindow,
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }), showErrorBox: () => state.calls.push('showErrorBox') },
    ipcMain: { handle: (channel: string, listener: (...args: unknown[]) => unknown) => state.ipcHandlers.set(channel, listener) },
    Menu: {
      buildFromTemplate: (template: typeof state.menuTemplate) => template,
      setApplicationMenu: (menu: typeof state.menuTemplate) => {
        state.menuTemplate = menu;
      },
    },
    session: {
      defaultSession: {
        webRequest: { onBeforeRequest: (listener: typeof state.onBeforeRequest) => (state.onBeforeRequest = listener) },
        setPermissionRequestHandler: (handler: typeof state.permissionRequest) => (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: typeof state.permissionCheck) => (state.permissionCheck = handler),
      },
    },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const { state } = fake;

beforeAll(async () => {
  await import('../../../electron/main/index');
  await new Promise((resolve) => setTimeout(resolve, 0)); // let whenReady().then run
});

function mainWindow() {
  const win = state.windows[0];
  if (!win) throw new Error('no window was created');
  return win;
}

describe('the main process', () => {
  it('enables the sandbox for every renderer before the app is ready', () => {
    expect(state.calls.indexOf('enableSandbox')).toBeGreaterThanOrEqual(0);
    expect(state.calls.indexOf('enableSandbox')).toBeLessThan(state.calls.indexOf('whenReady'));
    expect(state.calls).not.toContain('showErrorBox');
  });

  it('opens one 1400×900 window with locked-down web preferences and the built preload', () => {
    expect(state.windows).toHaveLength(1);
    const { options } = mainWindow();
    expect(options).toMatchObject({ width: 1400, height: 900, title: 'CCG Modeller' });
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String((options.webPreferences as { preload: string }).preload)).toMatch(/[\\/]preload[\\/]index\.js$/);
  });

  it('loads the built renderer from a file URL', () => {
    expect(mainWindow().loadedUrl).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
  });

  it('blocks network requests and allows the app\'s own files', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      state.onBeforeRequest?.({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://example.com/')).toBe(true);
    expect(decide('http://127.0.0.1:5173/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide(mainWindow().loadedUrl ?? '')).toBe(false);
    expect(decide((mainWindow().loadedUrl ?? '').replace('index.html', 'assets/app.js'))).toBe(false);
  });

  it('denies permission requests and checks such as the camera', () => {
    let granted: boolean | undefined;
    state.permissionRequest?.({}, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(state.permissionCheck?.({}, 'geolocation')).toBe(false);
  });

  it('denies new windows, foreign navigation and webviews in every web contents', () => {
    const handlers = new Map<string, AnyFn>();
    let openHandler: (() => unknown) | undefined;
    const contents = {
      setWindowOpenHandler: (h: () => unknown) => (openHandler = h),
      on: (event: string, h: AnyFn) => handlers.set(event, h),
    };
    for (const listener of state.appListeners.get('web-contents-created') ?? []) listener({}, contents);
    expect(openHandler?.()).toEqual({ action: 'deny' });

    const navigate = (event: string, url: string) => {
      const preventDefault = vi.fn();
      (handlers.get(event) as (e: { url: string; preventDefault: () => void }) => void)({ url, preventDefault });
      return preventDefault.mock.calls.length > 0;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', mainWindow().loadedUrl ?? '')).toBe(false);
    expect(navigate('will-attach-webview', 'about:blank')).toBe(true);
  });

  it('registers a handler for every bridge channel', () => {
    expect([...state.ipcHandlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('answers appInfo only for the app page', async () => {
    const appInfo = state.ipcHandlers.get(IPC_CHANNELS.appInfo);
    await expect(appInfo?.({ senderFrame: { url: mainWindow().loadedUrl, parent: null } })).resolves.toEqual({
      version: '0.1.0',
      shell: 'electron',
    });
    expect(() => appInfo?.({ senderFrame: { url: 'https://evil.example/', parent: null } })).toThrow();
  });

  it('sends menu commands to the window', () => {
    state.menuTemplate?.[0]?.submenu?.[0]?.click?.();
    expect(mainWindow().sent).toEqual([[MENU_COMMAND_CHANNEL, 'open-workspace']]);
  });
});
