import { editorSliceHook } from '../state/editorStoreHook';
import { windowUiStore } from '../state/uiStore';

export type { SaveConflict, SaveIndicator, SaveStatusState } from '../state/saveStatusSlice';

/** The editor's save status (a slice of its session; see editorSliceHook). */
export const useSaveStatus = editorSliceHook((editor) => editor.ui, windowUiStore, 'saveStatus');
