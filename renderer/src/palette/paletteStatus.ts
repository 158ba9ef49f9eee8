import { editorSliceHook } from '../state/editorStoreHook';
import { windowUiStore } from '../state/uiStore';

export type { PaletteStatus } from '../state/paletteStatusSlice';

/** The palette's last message, in the editor's session (see editorSliceHook). */
export const usePaletteStatus = editorSliceHook(
  (editor) => editor.ui,
  windowUiStore,
  'paletteStatus',
);
