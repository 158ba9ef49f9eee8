import type { SliceSet } from './sliceOf';

/**
 * Why the library was shown instead of a saved workspace: it failed validation (`invalid`, with
 * every located problem and what the automatic repairs would change), or its last opening never
 * finished (`unfinished`: the window hung or was killed while drawing it, so it was not reopened).
 */
export type OpenProblem =
  | {
      readonly reason: 'invalid';
      /** The library workspace, when the problem is with a stored one (so it can be exported). */
      readonly id?: string;
      readonly name: string;
      readonly errors: readonly string[];
      /** What "Repair and open" would change; absent or empty when it cannot be repaired automatically. */
      readonly repairs?: readonly string[];
    }
  | { readonly reason: 'unfinished'; readonly id: string; readonly name: string };

/**
 * Whether the workspace library (home screen) is showing instead of the editor, and why, when it
 * was shown because a saved workspace could not be opened. Session state: never saved or undone.
 */
export interface LibraryScreenState {
  readonly open: boolean;
  readonly problem: OpenProblem | null;
  show(problem?: OpenProblem): void;
  hide(): void;
  clearProblem(): void;
}

/** The editor's library screen (its session store's `libraryScreen`). */
export function libraryScreenSlice(set: SliceSet<LibraryScreenState>): LibraryScreenState {
  return {
    open: false,
    problem: null,
    show: (problem) => set({ open: true, problem: problem ?? null }),
    hide: () => set({ open: false, problem: null }),
    clearProblem: () => set({ problem: null }),
  };
}
