// Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), one
// test or checked configuration per item, run against the real electron/main/index.ts and
// electron/preload/index.ts on a fake 'electron', and the real CSP of both ways the app is served.
// Fuses (RunAsNode and NODE_OPTIONS off) are flipped at packaging by the afterPack hook, which
// is tested beside that hook. Electronegativity's scan is `npm run security`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/ipc/bridge';
import { MENU_COMMAND_CHANNEL } from '../../../shared/ipc/menuCommands';
import { createFakeElectron } from './fakeElectron';

const fake = vi.hoisted(() => ({
  current: undefined as undefined | ReturnType<typeof createFakeElectron>,
}));
vi.mock('electron', async () => {
  const { createFakeElectron: create } = await import('./fakeElectron');
  fake.current = create();
  return { ...fake.current.electron, default: fake.current.electron };
});

const root = resolve(import.meta.dirname, '../../..');
const state = () => {
  if (!fake.current) throw new Error('electron was not mocked');
  return fake.current.state;
};

beforeAll(async () => {
  await import('../../../electron/main/index');
  await import('../../../electron/preload/index');
  // whenReady().then reads the saved window placement (a file) before it opens the window.
  await vi.waitFor(() => expect(state().windows.length).toBeGreaterThan(0));
});

function webPreferences(): Record<string, unknown> {
  const win = state().windows[0];
  if (!win) throw new Error('no window was created');
  return win.options.webPreferences as Record<string, unknown>;
}
const appUrl = () => state().windows[0]?.loadedUrl ?? '';

/** A CSP as directive → sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...sources] = d.split(/\s+/);
        return [name ?? '', sources];
      }),
  );
}

/** The CSP rules every way of serving the app must keep. */
function expectStrictCsp(csp: string): void {
  const d = directives(csp);
  expect(d.get('default-src')).toEqual(["'self'"]);
  // No 'unsafe-inline', no 'unsafe-eval', nothing remote; 'wasm-unsafe-eval' compiles only the
  // app's own bundled WebAssembly (Recommend's solver) and allows no JavaScript eval.
  expect(d.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'none'"]);
  // No remote source anywhere: only the app itself, 'none', or in-memory images.
  for (const [name, sources] of d) {
    for (const s of sources)
      expect(
        [
          "'self'",
          "'none'",
          'data:',
          'blob:',
          ...(name === 'script-src' ? ["'wasm-unsafe-eval'"] : []),
        ],
        `${name} ${s}`,
      ).toContain(s);
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|mjs|cjs|js)$/.test(name) ? [path] : [];
  });
}

describe('Electron security checklist', () => {
  it('1–3. context isolation, the sandbox and no Node integration, for every renderer', () => {
    expect(webPreferences()).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(webPreferences().nodeIntegrationInWorker).not.toBe(true);
    expect(webPreferences().nodeIntegrationInSubFrames).not.toBe(true);
    expect(webPreferences().allowRunningInsecureContent).not.toBe(true);
    expect(webPreferences().experimentalFeatures).not.toBe(true);
    // app.enableSandbox() applies the sandbox to every renderer, before the app is ready.
    expect(state().calls.indexOf('enableSandbox')).toBeLessThan(state().calls.indexOf('whenReady'));
  });

  it('4. middle-click cannot open links (auxclick disabled) and the spellchecker fetches nothing off macOS', () => {
    expect(webPreferences().disableBlinkFeatures).toBe('Auxclick');
    if (process.platform !== 'darwin') expect(webPreferences().spellcheck).toBe(false);
  });

  it('5. a strict CSP in the page itself: no inline script, no remote source', () => {
    const html = readFileSync(join(root, 'renderer', 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta, 'renderer/index.html has a CSP meta tag').not.toBeNull();
    expectStrictCsp(meta?.[1] ?? '');
    // Every script is a file, none inline.
    for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) {
      expect(tag).toMatch(/\ssrc="/);
      expect(tag.replace(/<script\b[^>]*>|<\/script>/g, '').trim()).toBe('');
    }
  });

  it('5. the same strict CSP as a header from the static server (browser mode and e2e)', async () => {
    const serve = (await import(pathToFileURL(join(root, 'scripts', 'serveStatic.mjs')).href)) as {
      CONTENT_SECURITY_POLICY: string;
    };
    expectStrictCsp(serve.CONTENT_SECURITY_POLICY);
    expect(directives(serve.CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('6. navigation away and new windows are denied in every web contents; webviews cannot attach', () => {
    const handlers = new Map<string, (e: { url: string; preventDefault: () => void }) => void>();
    let openHandler: ((d: { url: string }) => unknown) | undefined;
    const contents = {
      setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
      on: (event: string, h: (e: { url: string; preventDefault: () => void }) => void) =>
        handlers.set(event, h),
    };
    for (const l of state().appListeners.get('web-contents-created') ?? []) l({}, contents);
    expect(openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(openHandler?.({ url: appUrl() })).toEqual({ action: 'deny' });
    const prevented = (event: string, url: string) => {
      let p = false;
      handlers.get(event)?.({ url, preventDefault: () => (p = true) });
      return p;
    };
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
    ]) {
      expect(prevented('will-navigate', url), url).toBe(true);
      expect(prevented('will-redirect', url), url).toBe(true);
    }
    expect(prevented('will-navigate', appUrl())).toBe(false);
    expect(prevented('will-attach-webview', 'about:blank')).toBe(true);
  });

  it('7. permission requests and checks are denied (camera, microphone, location, notifications, …)', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'clipboard-read',
      'openExternal',
      'pointerLock',
      'hid',
      'serial',
      'usb',
    ]) {
      let granted: boolean | undefined;
      state().permissionRequest?.({}, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
      expect(state().permissionCheck?.({}, permission), permission).toBe(false);
    }
  });

  it('8. every IPC channel checks its sender: a foreign page or a sub-frame is refused', async () => {
    expect([...state().ipcHandlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    for (const [channel, handler] of state().ipcHandlers) {
      for (const senderFrame of [
        { url: 'https://evil.example/', parent: null },
        { url: appUrl(), parent: {} },
        null,
      ]) {
        const outcome = await Promise.resolve()
          .then(() =>
            handler(
              { senderFrame, sender: null },
              { kind: 'workspace', suggestedName: 'x', text: 'x' },
            ),
          )
          .then(
            (r) => ({ result: r as { error?: string } }),
            (e: unknown) => ({ rejected: e as Error }),
          );
        if ('rejected' in outcome) expect(outcome.rejected.message, channel).toMatch(/refused/i);
        else expect(outcome.result.error, channel).toMatch(/refused/i);
      }
    }
  });

  it('9. shell.openExternal is never called (so never with an unchecked URL)', () => {
    const offenders = ['electron', join('renderer', 'src'), 'shared']
      .flatMap((d) => sourceFiles(join(root, d)))
      .filter((f) => /openExternal|\bshell\b\s*[,}]/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('10. no remote content: the session cancels every request that could leave the machine', () => {
    const cancelled = (url: string) => {
      let c: boolean | undefined;
      state().onBeforeRequest?.({ url }, (r) => (c = r.cancel));
      return c;
    };
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://127.0.0.1:5173/',
      'wss://example.com/',
      'ftp://example.com/',
      'file:///etc/passwd',
    ]) {
      expect(cancelled(url), url).toBe(true);
    }
    expect(cancelled(appUrl())).toBe(false);
    expect(cancelled(appUrl().replace('index.html', 'assets/index.js'))).toBe(false);
  });

  it('11. the preload hands the page plain functions over invoke, never ipcRenderer or an IPC event', async () => {
    const api = state().exposed.get('ccgBridge') as Record<string, unknown>;
    expect([...state().exposed.keys()]).toEqual(['ccgBridge']);
    for (const [name, value] of Object.entries(api)) expect(typeof value, name).toBe('function');
    await (api.openTextFile as (r: unknown) => Promise<unknown>)({ kind: 'csv' });
    expect(state().invoked.at(-1)).toEqual({
      channel: IPC_CHANNELS.openTextFile,
      args: [{ kind: 'csv' }],
    });
    // A menu command reaches the page as a string; the IpcRendererEvent (with its sender) does not.
    const received: unknown[][] = [];
    const stop = (api.onMenuCommand as (l: (...a: unknown[]) => void) => () => void)((...args) =>
      received.push(args),
    );
    state().rendererListeners.get(MENU_COMMAND_CHANNEL)?.({ sender: 'secret' }, 'open-workspace');
    state().rendererListeners.get(MENU_COMMAND_CHANNEL)?.(
      { sender: 'secret' },
      { not: 'a string' },
    );
    expect(received).toEqual([['open-workspace']]);
    stop();
    expect(state().rendererListeners.has(MENU_COMMAND_CHANNEL)).toBe(false);
  });

  it('12. devtools are off in the packaged app', async () => {
    if (!fake.current) throw new Error('electron was not mocked');
    fake.current.electron.app.isPackaged = true;
    fake.current.state.windows.length = 0;
    vi.resetModules();
    await import('../../../electron/main/index');
    await vi.waitFor(() => expect(fake.current?.state.windows.length).toBeGreaterThan(0));
    expect(webPreferences().devTools).toBe(false);
  });
});
