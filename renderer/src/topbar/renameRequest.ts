import { create } from 'zustand';

/**
 * Asks the scenario picker to turn into its rename field: the Scenario menu (in the app bar) and
 * Alt+Shift+R ask, the scenario bar (which holds the picker) answers. A counter, so asking twice
 * is two requests.
 */
export const useRenameRequest = create<{ readonly seq: number; request(): void }>()((set) => ({
  seq: 0,
  request: () => set((s) => ({ seq: s.seq + 1 })),
}));
