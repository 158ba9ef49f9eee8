import type { SliceSet } from './sliceOf';

export type MainViewKind = 'canvas' | 'matrix' | 'compare';

export interface MainViewState {
  readonly view: MainViewKind;
  setView(view: MainViewKind): void;
}

/** Which main view the editor shows (its session store's `mainView`). */
export function mainViewSlice(set: SliceSet<MainViewState>): MainViewState {
  return {
    view: 'canvas',
    setView: (view) => set({ view }),
  };
}
