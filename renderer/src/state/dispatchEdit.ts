import type { Edit, EditResult } from '../../../shared/edits/edit';
import { appEditor } from '../editor/appEditor';

/**
 * The one way the UI changes the document, for code outside React: the window's editor applies
 * the edit as one undo step, or refuses it with located errors for the caller to show beside the
 * control that made it (see Editor.dispatch).
 */
export function dispatchEdit(edit: Edit): EditResult {
  return appEditor().dispatch(edit);
}

/** Steps back one edit, if there is one. */
export function undo(): void {
  appEditor().undo();
}

/** Steps forward one undone edit, if there is one. */
export function redo(): void {
  appEditor().redo();
}
