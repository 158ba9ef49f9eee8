import { create } from 'zustand';

/** A saved workspace that could not be opened: its name and every located problem. */
export interface OpenProblem {
  readonly name: string;
  readonly errors: readonly string[];
}

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

export const useLibraryScreen = create<LibraryScreenState>()((set) => ({
  open: false,
  problem: null,
  show: (problem) => set({ open: true, problem: problem ?? null }),
  hide: () => set({ open: false, problem: null }),
  clearProblem: () => set({ problem: null }),
}));
