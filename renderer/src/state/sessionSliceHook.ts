import { editorSliceHook, type EditorSliceHook } from './editorStoreHook';
import { windowUiStore, type UiState } from './uiStore';

/**
 * A hook onto the slice under `key` of the editor's session store: the provided editor's in
 * React, the window's outside it (see editorSliceHook).
 */
export function sessionSliceHook<K extends keyof UiState>(key: K): EditorSliceHook<UiState[K]> {
  return editorSliceHook((editor) => editor.ui, windowUiStore, key);
}
