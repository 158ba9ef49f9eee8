import * as fsPromises from 'node:fs/promises';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Rect } from '../../../electron/main/windowPlacement';
import {
  createWindowStateKeeper,
  type TrackedWindow,
} from '../../../electron/main/windowStateKeeper';

let dir: string;
let storePath: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccgm-window-'));
  storePath = join(dir, 'window-state.json');
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

/** A window the test moves by hand, firing the events BrowserWindow would. */
function fakeWindow() {
  const listeners = new Map<string, (() => void)[]>();
  const win = {
    bounds: { x: 100, y: 80, width: 1200, height: 800 } as Rect,
    maximized: false,
    fullScreen: false,
    on(event: string, listener: () => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    getNormalBounds: () => win.bounds,
    isMaximized: () => win.maximized,
    isFullScreen: () => win.fullScreen,
    emit(event: string) {
      for (const l of listeners.get(event) ?? []) l();
    },
  };
  return win satisfies TrackedWindow;
}

const stored = async () => JSON.parse(await readFile(storePath, 'utf8')) as unknown;

describe('window state keeper', () => {
  it('saves once, after moving stops for the debounce time, not on every move event', async () => {
    const keeper = createWindowStateKeeper({ fs: fsPromises, storePath, debounceMs: 500 });
    const win = fakeWindow();
    keeper.track(win);
    for (let x = 100; x <= 300; x += 50) {
      win.bounds = { ...win.bounds, x };
      win.emit('move');
      vi.advanceTimersByTime(100);
    }
    expect(keeper.hasPendingWrite()).toBe(true);
    await keeper.flush();
    await expect(readFile(storePath, 'utf8')).rejects.toThrow(); // nothing written yet: still moving
    vi.advanceTimersByTime(500);
    await keeper.flush();
    expect(await stored()).toEqual({
      x: 300,
      y: 80,
      width: 1200,
      height: 800,
      maximized: false,
      fullScreen: false,
    });
    expect(keeper.hasPendingWrite()).toBe(false);
  });

  it('saves at once when the window closes, with its maximised state and normal bounds', async () => {
    const keeper = createWindowStateKeeper({ fs: fsPromises, storePath });
    const win = fakeWindow();
    keeper.track(win);
    win.maximized = true;
    win.emit('maximize');
    win.emit('close');
    await keeper.flush();
    expect(await stored()).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
      maximized: true,
      fullScreen: false,
    });
    expect(keeper.hasPendingWrite()).toBe(false);
  });

  it('loads what it saved', async () => {
    const keeper = createWindowStateKeeper({ fs: fsPromises, storePath });
    const win = fakeWindow();
    keeper.track(win);
    win.fullScreen = true;
    win.emit('close');
    await keeper.flush();
    expect(await createWindowStateKeeper({ fs: fsPromises, storePath }).load()).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
      maximized: false,
      fullScreen: true,
    });
  });

  it('ignores a missing or damaged file', async () => {
    const keeper = createWindowStateKeeper({ fs: fsPromises, storePath });
    expect(await keeper.load()).toBeUndefined();
    await writeFile(
      storePath,
      '{"x":1,"y":2,"width":-5,"height":3,"maximized":false,"fullScreen":false}',
    );
    expect(await keeper.load()).toBeUndefined();
    await writeFile(storePath, 'not json');
    expect(await keeper.load()).toBeUndefined();
  });

  it('does not let a failed write break the app', async () => {
    const failing = {
      ...fsPromises,
      open: async () => Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' })),
    };
    const keeper = createWindowStateKeeper({ fs: failing, storePath });
    const win = fakeWindow();
    keeper.track(win);
    win.emit('close');
    await expect(keeper.flush()).resolves.toBeUndefined();
    expect(keeper.hasPendingWrite()).toBe(false);
  });
});
