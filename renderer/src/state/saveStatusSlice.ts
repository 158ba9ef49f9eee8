import type { AutosaveReport } from '../persistence/createAutosave';
import type { SliceSet } from './sliceOf';

/**
 * What the header's save indicator shows. off: nothing is being saved (persistence not started,
 * as in component tests); unavailable: the browser refused local storage, so edits are not kept.
 */
export type SaveIndicator = 'off' | 'unavailable' | AutosaveReport['status'];

/** Another window saved the open workspace; this window writes nothing until the user chooses. */
export interface SaveConflict {
  readonly workspaceId: string;
  readonly workspaceName: string;
}

export interface SaveStatusState {
  readonly status: SaveIndicator;
  /** Set while the open workspace has a conflict with another window (the banner shows). */
  readonly conflict: SaveConflict | null;
  readonly lastSavedAt?: string;
  readonly lastWriteMs?: number;
  readonly error?: string;
  /** Bumped whenever saved workspaces change, so the library re-reads its list. */
  readonly libraryVersion: number;
  report(report: AutosaveReport): void;
  setStatus(status: SaveIndicator, error?: string): void;
  libraryChanged(): void;
  setConflict(conflict: SaveConflict | null): void;
}

/** The editor's save status (its session store's `saveStatus`), which persistence reports to. */
export function saveStatusSlice(set: SliceSet<SaveStatusState>): SaveStatusState {
  return {
    status: 'off',
    conflict: null,
    libraryVersion: 0,
    report: (r) =>
      set((s) => ({
        ...r,
        error: r.error,
        libraryVersion: r.status === 'saved' ? s.libraryVersion + 1 : s.libraryVersion,
      })),
    setStatus: (status, error) => set({ status, error }),
    libraryChanged: () => set((s) => ({ libraryVersion: s.libraryVersion + 1 })),
    setConflict: (conflict) => set({ conflict }),
  };
}
