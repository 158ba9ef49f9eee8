import { applyEdit } from '../../../shared/edits/applyEdit';
import type { Edit, EditResult } from '../../../shared/edits/edit';
import { useDocumentStore } from '../state/documentStore';
import { dispatchEdit } from '../state/dispatchEdit';

/**
 * Several edits as ONE undo step (a drop that moves a CCG and puts it into a cluster). applyEdit
 * is pure, so the edits are folded over the workspace without touching the store, and only the
 * final workspace is committed: undo then reverts all of them at once, with no need to pause
 * and resume zundo's history. All or nothing: if any edit is refused, nothing changes and its
 * errors are returned. A single edit goes through dispatchEdit as usual.
 * Side effect: changes the document store.
 */
export function dispatchEdits(edits: readonly Edit[]): EditResult {
  const { workspace, commitWorkspace } = useDocumentStore.getState();
  if (edits.length === 0) return { ok: true, workspace };
  const [only] = edits;
  if (edits.length === 1 && only) return dispatchEdit(only);
  let next = workspace;
  for (const edit of edits) {
    const result = applyEdit(next, edit);
    if (!result.ok) return result;
    next = result.workspace;
  }
  if (next !== workspace) commitWorkspace(next);
  return { ok: true, workspace: next };
}
