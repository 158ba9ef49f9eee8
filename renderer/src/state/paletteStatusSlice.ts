import type { SliceSet } from './sliceOf';

/**
 * The palette's last message ("Added New CCG 1.", "Select a CCG first…"), shared by the palette
 * buttons and the canvas drop zone so both speak through one live region. Session state only.
 */
export interface PaletteStatus {
  readonly message: string;
  /** Whether the message reports a refusal (shown with an icon and announced assertively). */
  readonly isError: boolean;
  /** Bumped on every message so the same words twice are still announced. */
  readonly n: number;
  say(message: string, isError?: boolean): void;
}

/** The editor's palette status (its session store's `paletteStatus`). */
export function paletteStatusSlice(set: SliceSet<PaletteStatus>): PaletteStatus {
  return {
    message: '',
    isError: false,
    n: 0,
    say: (message, isError = false) => set((s) => ({ message, isError, n: s.n + 1 })),
  };
}
