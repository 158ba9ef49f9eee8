import { create } from 'zustand';

export type MainViewKind = 'canvas' | 'matrix' | 'compare';

/** Which view is shown: session state, in a store so a command (Recommend) can open Compare. */
export const useMainViewStore = create<{ readonly view: MainViewKind; setView(view: MainViewKind): void }>()((set) => ({
  view: 'canvas',
  setView: (view) => set({ view }),
}));
