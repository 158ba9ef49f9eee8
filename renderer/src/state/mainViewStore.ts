import { editorSliceHook } from './editorStoreHook';
import { windowUiStore } from './uiStore';

export type { MainViewKind, MainViewState } from './mainViewSlice';

/**
 * Which view is shown: session state, in the editor's session so a command (Recommend) can open
 * Compare (see editorSliceHook).
 */
export const useMainViewStore = editorSliceHook((editor) => editor.ui, windowUiStore, 'mainView');
