import { applyEdit } from '../../../shared/edits/applyEdit';
import type { Edit, EditResult } from '../../../shared/edits/edit';
import type { Workspace } from '../../../shared/model/workspace';
import { useDocumentStore } from '../state/documentStore';

/** An edit as a key: its data, with a field set to undefined kept apart from one left out. */
function editKey(edit: Edit): string {
  return JSON.stringify(edit, (_key, value: unknown) =>
    value === undefined ? '\u0000undefined' : value,
  );
}

/**
 * Tries an edit against the open document without keeping the result: how a field validates as
 * the user types, so the message appears at once but the document (and its undo history) only
 * changes when the value is committed with Enter or by leaving the field. It remembers its last try. applyEdit is pure, so the same edit on the same document
 * gives the same outcome: committing a value just checked as it was typed does not try it again
 * (a try validates the whole workspace, at England scale a large part of a commit's time).
 */
export function rememberingPreview(
  document: () => Workspace = () => useDocumentStore.getState().workspace,
): (edit: Edit) => EditResult {
  let last: { key: string; workspace: Workspace; result: EditResult } | null = null;
  return (edit) => {
    const workspace = document();
    const key = editKey(edit);
    if (last && last.key === key && last.workspace === workspace) return last.result;
    const result = applyEdit(workspace, edit);
    last = { key, workspace, result };
    return result;
  };
}
