import type { Edit, EditResult } from '../../../shared/edits/edit';
import { appEditor } from '../editor/appEditor';

/**
 * Several edits as ONE undo step (a drop that moves a CCG and puts it into a cluster): all or
 * nothing, through the window's editor (see Editor.dispatch).
 * Side effect: changes the document store.
 */
export function dispatchEdits(edits: readonly Edit[]): EditResult {
  return appEditor().dispatch(edits);
}
