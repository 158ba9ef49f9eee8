// Runs electron/main/index.ts against a fake 'electron' module, to check the wiring the pure
// modules cannot: sandbox, window options, session policy, navigation guards, IPC, menu, files
// opened from the OS, Open Recent and the remembered window bounds.
// The real 'electron' must never be imported here (it would try to download its binary).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, MAIN_EVENTS } from '../../../shared/ipc/bridge';
import { MENU_COMMAND_CHANNEL } from '../../../shared/ipc/menuCommands';

type AnyFn = (...args: never[]) => unknown;

const fake = vi.hoisted(() => {
  const appListeners = new Map<string, ((...args: unknown[]) => void)[]>();
  type WindowRecord = {
    options: Record<string, unknown>;
    loadedUrl?: string;
    sent: unknown[][];
    calls: string[];
    emit: (event: string, arg?: unknown) => void;
    emitContents: (event: string) => void;
  };
  const windows: WindowRecord[] = [];
  const state = {
    userData: '',
    calls: [] as string[],
    messageBoxes: [] as { detail?: string }[],
    appListeners,
    windows,
    ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
    onBeforeRequest: undefined as
      undefined | ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    permissionRequest: undefined as
      undefined | ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void),
    permissionCheck: undefined as undefined | ((wc: unknown, permission: string) => boolean),
    menuTemplate: undefined as undefined | { submenu?: { click?: () => void }[] }[],
  };
  class BrowserWindow {
    static focused: BrowserWindow | null = null;
    static getFocusedWindow = () => BrowserWindow.focused;
    static getAllWindows = () => windows;
    record: WindowRecord;
    webContents: {
      send: (...args: unknown[]) => void;
      on: (event: string, listener: () => void) => void;
    };
    private listeners = new Map<string, ((arg?: unknown) => void)[]>();
    private contentsListeners = new Map<string, (() => void)[]>();
    constructor(options: Record<string, unknown>) {
      const fire = (map: Map<string, ((arg?: unknown) => void)[]>, event: string, arg?: unknown) =>
        map.get(event)?.forEach((l) => l(arg));
      this.record = {
        options,
        sent: [],
        calls: [],
        emit: (event, arg) =>
          fire(
            this.listeners,
            event,
            arg ?? { preventDefault: () => this.record.calls.push('preventDefault') },
          ),
        emitContents: (event) => fire(this.contentsListeners, event),
      };
      windows.push(this.record);
      this.webContents = {
        send: (...args: unknown[]) => this.record.sent.push(args),
        on: (event, listener) =>
          this.contentsListeners.set(event, [
            ...(this.contentsListeners.get(event) ?? []),
            listener,
          ]),
      };
    }
    loadURL(url: string) {
      this.record.loadedUrl = url;
      return Promise.resolve();
    }
    once(event: string, listener: () => void) {
      this.on(event, listener);
    }
    on(event: string, listener: (arg?: unknown) => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    }
    close() {
      this.record.calls.push('close');
    }
    isDestroyed() {
      return false;
    }
    show() {
      this.record.calls.push('show');
    }
    maximize() {
      this.record.calls.push('maximize');
    }
    isMinimized() {
      return true;
    }
    restore() {
      this.record.calls.push('restore');
    }
    focus() {
      this.record.calls.push('focus');
    }
    getNormalBounds() {
      const { x, y, width, height } = this.record.options as {
        x: number;
        y: number;
        width: number;
        height: number;
      };
      return { x, y, width, height };
    }
    isMaximized() {
      return false;
    }
    isFullScreen() {
      return false;
    }
  }
  const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
  const electron = {
    app: {
      enableSandbox: () => state.calls.push('enableSandbox'),
      requestSingleInstanceLock: () => true,
      isPackaged: false,
      isReady: () => true,
      getVersion: () => '0.1.0',
      getPath: (name: string) => {
        if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
        return state.userData;
      },
      addRecentDocument: (path: string) => state.calls.push(`addRecentDocument ${path}`),
      clearRecentDocuments: () => state.calls.push('clearRecentDocuments'),
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
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
      showErrorBox: () => state.calls.push('showErrorBox'),
      showMessageBox: async (...args: unknown[]) => {
        state.messageBoxes.push(args.at(-1) as { detail?: string });
        return { response: 0 };
      },
    },
    screen: { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) },
    ipcMain: {
      handle: (channel: string, listener: (...args: unknown[]) => unknown) =>
        state.ipcHandlers.set(channel, listener),
    },
    Menu: {
      buildFromTemplate: (template: typeof state.menuTemplate) => template,
      setApplicationMenu: (menu: typeof state.menuTemplate) => {
        state.menuTemplate = menu;
      },
    },
    session: {
      defaultSession: {
        webRequest: {
          onBeforeRequest: (listener: typeof state.onBeforeRequest) =>
            (state.onBeforeRequest = listener),
        },
        setPermissionRequestHandler: (handler: typeof state.permissionRequest) =>
          (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: typeof state.permissionCheck) =>
          (state.permissionCheck = handler),
      },
    },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const { state } = fake;

/** Lets queued promise callbacks and file reads run. */
// File writes and reads run on the real file system: give them time on a loaded machine.
const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

let launchFile: string;
beforeAll(async () => {
  state.userData = await mkdtemp(join(tmpdir(), 'ccgm-main-'));
  launchFile = join(state.userData, 'Launched.ccgm');
  await writeFile(launchFile, '{"launched":true}');
  // Launched as a packaged app by double-clicking a workspace: argv is [exe, file].
  const argv = process.argv;
  process.argv = ['/opt/CCG Modeller/ccg-modeller', '--no-sandbox', launchFile];
  try {
    await import('../../../electron/main/index');
    await settle(); // let whenReady().then run
  } finally {
    process.argv = argv;
  }
});
afterAll(async () => {
  await rm(state.userData, { recursive: true, force: true });
});

type FakeMenuItem = { label?: string; click?: () => void; submenu?: FakeMenuItem[] };
function fileMenu(): FakeMenuItem {
  const file = (state.menuTemplate as FakeMenuItem[] | undefined)?.find((m) => m.label === '&File');
  if (!file) throw new Error('no File menu');
  return file;
}
function recentEntries(): FakeMenuItem[] {
  return fileMenu().submenu?.find((i) => i.label === 'Open &Recent')?.submenu ?? [];
}

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

  it('opens one 1400×900 window, centred the first time, with locked-down web preferences and the built preload', () => {
    expect(state.windows).toHaveLength(1);
    const { options } = mainWindow();
    // Centred on the 1920×1040 work area: x = (1920 − 1400) / 2 = 260, y = (1040 − 900) / 2 = 70.
    expect(options).toMatchObject({
      x: 260,
      y: 70,
      width: 1400,
      height: 900,
      title: 'CCG Modeller',
    });
    expect(options).not.toHaveProperty('fullscreen'); // false would disable full screen on macOS
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String((options.webPreferences as { preload: string }).preload)).toMatch(
      /[\\/]preload[\\/]index\.js$/,
    );
  });

  it('loads the built renderer from a file URL', () => {
    expect(mainWindow().loadedUrl).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
  });

  it("blocks network requests and allows the app's own files", () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      state.onBeforeRequest?.({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://example.com/')).toBe(true);
    expect(decide('http://127.0.0.1:5173/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide(mainWindow().loadedUrl ?? '')).toBe(false);
    expect(decide((mainWindow().loadedUrl ?? '').replace('index.html', 'assets/app.js'))).toBe(
      false,
    );
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
    for (const listener of state.appListeners.get('web-contents-created') ?? [])
      listener({}, contents);
    expect(openHandler?.()).toEqual({ action: 'deny' });

    const navigate = (event: string, url: string) => {
      const preventDefault = vi.fn();
      (handlers.get(event) as (e: { url: string; preventDefault: () => void }) => void)({
        url,
        preventDefault,
      });
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
    await expect(
      appInfo?.({ senderFrame: { url: mainWindow().loadedUrl, parent: null } }),
    ).resolves.toEqual({
      version: '0.1.0',
      shell: 'electron',
    });
    expect(() =>
      appInfo?.({ senderFrame: { url: 'https://evil.example/', parent: null } }),
    ).toThrow();
  });

  it('opens the file it was launched with once the page has loaded', async () => {
    expect(mainWindow().sent).toEqual([]); // the page has not loaded yet: nobody would hear it
    mainWindow().emitContents('did-finish-load');
    await settle();
    expect(mainWindow().sent).toEqual([
      [MAIN_EVENTS.fileOpened, { fileName: 'Launched.ccgm', text: '{"launched":true}' }],
    ]);
    mainWindow().sent.length = 0;
  });

  it('lists an opened workspace under Open Recent and reopens it from there', async () => {
    await vi.waitFor(() =>
      expect(recentEntries().map((i) => i.label)).toEqual([
        `Launched.ccgm — ${state.userData}`,
        undefined,
        '&Clear Recent',
      ]),
    );
    recentEntries()[0]?.click?.();
    await settle();
    expect(mainWindow().sent).toEqual([
      [MAIN_EVENTS.fileOpened, { fileName: 'Launched.ccgm', text: '{"launched":true}' }],
    ]);
    mainWindow().sent.length = 0;
    expect(JSON.parse(await readFile(join(state.userData, 'recent-files.json'), 'utf8'))).toEqual({
      version: 1,
      paths: [launchFile],
    });
  });

  it('hands a second launch’s file to this window, restoring and focusing it', async () => {
    const csv = join(state.userData, 'practices.csv');
    await writeFile(csv, 'code,name\n');
    mainWindow().calls.length = 0;
    for (const listener of state.appListeners.get('second-instance') ?? []) {
      listener(
        {},
        [
          'C:\\Program Files\\CCG Modeller\\CCG Modeller.exe',
          '--allow-file-access-from-files',
          csv,
        ],
        '/',
      );
    }
    await settle();
    expect(mainWindow().calls).toEqual(['restore', 'focus']);
    expect(mainWindow().sent).toEqual([
      [MAIN_EVENTS.fileOpened, { fileName: 'practices.csv', text: 'code,name\n' }],
    ]);
    mainWindow().sent.length = 0;
  });

  it('takes macOS open-file events, and says so when a file cannot be read', async () => {
    const preventDefault = vi.fn();
    for (const listener of state.appListeners.get('open-file') ?? [])
      listener({ preventDefault }, join(state.userData, 'missing.ccgm'));
    await settle();
    expect(preventDefault).toHaveBeenCalled();
    expect(mainWindow().sent).toEqual([]);
    expect(state.messageBoxes.at(-1)?.detail).toBe(
      'Could not read "missing.ccgm": the file or its folder no longer exists',
    );
  });

  it('clears Open Recent', async () => {
    recentEntries().at(-1)?.click?.();
    await settle();
    expect(recentEntries().map((i) => i.label)).toEqual([
      'No recent workspaces',
      undefined,
      '&Clear Recent',
    ]);
  });

  it('remembers the window bounds when it closes', async () => {
    mainWindow().emit('close');
    await settle();
    expect(JSON.parse(await readFile(join(state.userData, 'window-state.json'), 'utf8'))).toEqual({
      x: 260,
      y: 70,
      width: 1400,
      height: 900,
      maximized: false,
      fullScreen: false,
    });
  });

  it('lets the window close only once its page has saved, asked through the bridge', async () => {
    const win = mainWindow();
    win.calls.length = 0;
    // (The close of the test before is still waiting for its answer: one question answers both.)
    win.emit('close');
    await settle();
    expect(win.calls).toEqual(['preventDefault']);
    const request = win.sent.filter((m) => m[0] === MAIN_EVENTS.flushRequest).at(-1)?.[1] as
      { requestId: string } | undefined;
    expect(request?.requestId).toEqual(expect.any(String));
    const answer = state.ipcHandlers.get(IPC_CHANNELS.flushResult);
    const event = { senderFrame: { url: win.loadedUrl, parent: null } };
    expect(await answer?.(event, { requestId: request?.requestId, ok: true })).toEqual({
      ok: true,
    });
    await settle();
    expect(win.calls).toEqual(['preventDefault', 'close']);
    win.sent.length = 0;
  });

  it('sends menu commands to the window', () => {
    fileMenu()
      .submenu?.find((i) => i.label === '&Open Workspace…')
      ?.click?.();
    expect(mainWindow().sent).toEqual([[MENU_COMMAND_CHANNEL, 'open-workspace']]);
  });
});
