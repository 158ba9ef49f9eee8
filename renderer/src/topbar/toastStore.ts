import { appEditor } from '../editor/appEditor';
import { sessionSliceHook } from '../state/sessionSliceHook';

export type { Toast } from '../state/toastsSlice';

/** The editor's toasts, in its session (see sessionSliceHook). */
export const useToastStore = sessionSliceHook('toasts');

/** Says something in a toast that fades (the app's status notes), in the window's editor. */
export function say(text: string): void {
  appEditor().say(text);
}
