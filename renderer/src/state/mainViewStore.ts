import { create, createStore, type StateCreator, type StoreApi } from 'zustand';

export type MainViewKind = 'canvas' | 'matrix' | 'compare';

export interface MainViewState {
  readonly view: MainViewKind;
  setView(view: MainViewKind): void;
}

const mainViewState: StateCreator<MainViewState> = (set) => ({
  view: 'canvas',
  setView: (view) => set({ view }),
});

export type MainViewStoreApi = StoreApi<MainViewState>;

/** A new view store (an editor's own; tests build one per editor). */
export function createMainViewStore(): MainViewStoreApi {
  return createStore<MainViewState>()(mainViewState);
}

/** Which view is shown: session state, in a store so a command (Recommend) can open Compare. */
export const useMainViewStore = create<MainViewState>()(mainViewState);
