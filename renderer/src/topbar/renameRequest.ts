import { editorSliceHook } from '../state/editorStoreHook';
import { windowUiStore } from '../state/uiStore';

/** The editor's request to rename the shown scenario, in its session (see editorSliceHook). */
export const useRenameRequest = editorSliceHook(
  (editor) => editor.ui,
  windowUiStore,
  'renameRequest',
);
