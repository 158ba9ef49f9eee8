import { editorSliceHook } from './editorStoreHook';
import { windowUiStore } from './uiStore';

export type { LibraryScreenState, OpenProblem } from './libraryScreenSlice';

/** Whether the library screen shows, in the editor's session (see editorSliceHook). */
export const useLibraryScreen = editorSliceHook(
  (editor) => editor.ui,
  windowUiStore,
  'libraryScreen',
);
