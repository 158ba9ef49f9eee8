import { appEditor } from '../editor/appEditor';
import { editorSliceHook } from '../state/editorStoreHook';
import { windowUiStore } from '../state/uiStore';

export type { Toast } from '../state/toastsSlice';

/** The editor's toasts, in its session (see editorSliceHook). */
export const useToastStore = editorSliceHook((editor) => editor.ui, windowUiStore, 'toasts');

/** Says something in a toast that fades (the app's status notes), in the window's editor. */
export function say(text: string): void {
  appEditor().say(text);
}
