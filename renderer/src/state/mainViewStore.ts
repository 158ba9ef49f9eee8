import { createStore, type StateCreator, type StoreApi } from 'zustand';
import { editorStoreHook } from './editorStoreHook';

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

let windowMainView: MainViewStoreApi | null = null;

/** The window's view store, made on first use: the window's editor holds it. */
export function windowMainViewStore(): MainViewStoreApi {
  windowMainView ??= createMainViewStore();
  return windowMainView;
}

/** Which view is shown: session state, in a store so a command (Recommend) can open Compare. */
export const useMainViewStore = editorStoreHook((editor) => editor.mainView, windowMainViewStore);
