import { applyEdit } from '../../../shared/edits/applyEdit';
import type { Edit, EditResult } from '../../../shared/edits/edit';
import { useDocumentStore } from './documentStore';
import { populationNotice } from './populationNotice';
import { useUiStore } from './uiStore';

/**
 * The one way the UI changes the document: applies an Edit with the pure applyEdit and, if it is
 * accepted, records the new workspace as one undo step. A refused edit changes nothing and its
 * errors are returned for the caller to show beside the control that made it. An edit that
 * changes a CCG's population through its localities is announced in the notice area.
 */
export function dispatchEdit(edit: Edit): EditResult {
  const { workspace, commitWorkspace } = useDocumentStore.getState();
  const result = applyEdit(workspace, edit);
  if (result.ok && result.workspace !== workspace) {
    commitWorkspace(result.workspace);
    // A CCG's population changed through its localities: always said (a caller may say more).
    const notice = populationNotice(workspace, result.workspace);
    if (notice !== null) useUiStore.getState().notify(notice, 'info');
  }
  return result;
}

/** Steps back one edit, if there is one. */
export function undo(): void {
  useDocumentStore.temporal.getState().undo();
}

/** Steps forward one undone edit, if there is one. */
export function redo(): void {
  useDocumentStore.temporal.getState().redo();
}
