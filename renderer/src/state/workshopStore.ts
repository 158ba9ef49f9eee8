import { editorSliceHook } from './editorStoreHook';
import { windowUiStore } from './uiStore';

export type { WorkshopState } from './workshopSlice';

/** Workshop mode, in the editor's session (see editorSliceHook). */
export const useWorkshopStore = editorSliceHook((editor) => editor.ui, windowUiStore, 'workshop');
