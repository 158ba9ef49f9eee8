import type { SliceSet } from './sliceOf';

/**
 * Asks the scenario picker to turn into its rename field: the Scenario menu (in the app bar) and
 * Alt+Shift+R ask, the scenario bar (which holds the picker) answers. A counter, so asking twice
 * is two requests.
 */
export interface RenameRequestState {
  readonly seq: number;
  request(): void;
}

/** The editor's rename request (its session store's `renameRequest`). */
export function renameRequestSlice(set: SliceSet<RenameRequestState>): RenameRequestState {
  return {
    seq: 0,
    request: () => set((s) => ({ seq: s.seq + 1 })),
  };
}
