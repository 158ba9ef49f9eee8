/**
 * Remembers the main window's bounds between runs: saves them (debounced) while the user moves or
 * resizes the window, and at once when it closes, as JSON in the userData folder, written
 * atomically. The window and fs come in as arguments, so tests drive it with fakes and fake timers.
 */
import { atomicWriteFile, type AtomicWriteFs } from './atomicWriteFile';
import { windowState, type Rect, type WindowState } from './windowPlacement';

/** The BrowserWindow methods the keeper uses. */
export interface TrackedWindow {
  on(event: WindowStateEvent, listener: () => void): unknown;
  /** Bounds when neither maximised nor full screen, so a maximised window restores to them. */
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isFullScreen(): boolean;
}

type WindowStateEvent =
  | 'move'
  | 'resize'
  | 'maximize'
  | 'unmaximize'
  | 'enter-full-screen'
  | 'leave-full-screen'
  | 'close';

export interface WindowStateFs extends AtomicWriteFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
}

export interface WindowStateKeeperOptions {
  readonly fs: WindowStateFs;
  /** e.g. join(app.getPath('userData'), 'window-state.json') */
  readonly storePath: string;
  /** Quiet time after the last move or resize before saving (a drag fires dozens of events). */
  readonly debounceMs?: number;
}

export interface WindowStateKeeper {
  /** The saved state, or undefined when there is none or it is damaged. */
  load(): Promise<WindowState | undefined>;
  /** Saves `win`'s state as the user moves, resizes, maximises it, and when it closes. */
  track(win: TrackedWindow): void;
  /** Resolves when every save started so far has finished (await it before quitting). */
  flush(): Promise<void>;
  /** True while a save is scheduled or being written. */
  hasPendingWrite(): boolean;
}

export const WINDOW_STATE_DEBOUNCE_MS = 500;

export function createWindowStateKeeper({
  fs,
  storePath,
  debounceMs = WINDOW_STATE_DEBOUNCE_MS,
}: WindowStateKeeperOptions): WindowStateKeeper {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writes = 0;
  let writing: Promise<void> = Promise.resolve();
  let lastWritten = '';

  function save(win: TrackedWindow): void {
    const { x, y, width, height } = win.getNormalBounds();
    const state: WindowState = {
      x,
      y,
      width,
      height,
      maximized: win.isMaximized(),
      fullScreen: win.isFullScreen(),
    };
    const text = `${JSON.stringify(state)}\n`;
    if (text === lastWritten) return;
    lastWritten = text;
    writes += 1;
    // Losing the window position is harmless, so a failed write is ignored rather than reported.
    writing = writing
      .then(() => atomicWriteFile(fs, storePath, text))
      .catch(() => undefined)
      .finally(() => {
        writes -= 1;
      });
  }

  return {
    async load() {
      try {
        const parsed = windowState.safeParse(JSON.parse(await fs.readFile(storePath, 'utf8')));
        if (!parsed.success) return undefined;
        lastWritten = `${JSON.stringify(parsed.data)}\n`;
        return parsed.data;
      } catch {
        return undefined;
      }
    },
    track(win) {
      const later = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          save(win);
        }, debounceMs);
      };
      for (const event of [
        'move',
        'resize',
        'maximize',
        'unmaximize',
        'enter-full-screen',
        'leave-full-screen',
      ] as const) {
        win.on(event, later);
      }
      // 'close' comes before the window is destroyed, while its bounds can still be read.
      win.on('close', () => {
        clearTimeout(timer);
        timer = undefined;
        save(win);
      });
    },
    flush: () => writing,
    hasPendingWrite: () => timer !== undefined || writes > 0,
  };
}
