import { applyEdit } from '../../../shared/edits/applyEdit';
import type { Edit, EditResult } from '../../../shared/edits/edit';
import { useDocumentStore } from '../state/documentStore';

/**
 * Tries an edit against the open document without keeping the result: how a field validates as
 * the user types, so the message appears at once but the document (and its undo history) only
 * changes when the value is committed with Enter or by leaving the field.
 */
export function previewEdit(edit: Edit): EditResult {
  return applyEdit(useDocumentStore.getState().workspace, edit);
}
