import { applyEdit } from '../../../shared/edits/applyEdit';
import { cleanStrings, replacementWords } from '../../../shared/text/cleanStrings';
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
  // Typed or pasted text XML cannot hold would break every export: replaced here, and said.
  const cleaned = cleanStrings(edit);
  const result = applyEdit(workspace, cleaned.value);
  if (result.ok && result.workspace !== workspace) {
    commitWorkspace(result.workspace);
    // A CCG's population changed through its localities: always said (a caller may say more).
    const notice = populationNotice(workspace, result.workspace);
    if (notice !== null) useUiStore.getState().notify(notice, 'info');
    if (cleaned.replaced.length > 0) useUiStore.getState().notify(textNotice(cleaned.replaced), 'info');
  }
  return result;
}

/** "Name: 1 character … was replaced with "�"." — naming the field the text was typed into. */
function textNotice(replaced: ReturnType<typeof cleanStrings>['replaced']): string {
  const fields = [...new Set(replaced.map(({ path }) => fieldWord(path)))];
  const count = replaced.reduce((n, r) => n + r.count, 0);
  return `${fields.join(', ')}: ${replacementWords(count)}.`;
}

function fieldWord(path: readonly (string | number)[]): string {
  const key = [...path].reverse().find((k): k is string => typeof k === 'string') ?? 'text';
  const word = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Steps back one edit, if there is one. */
export function undo(): void {
  useDocumentStore.temporal.getState().undo();
}

/** Steps forward one undone edit, if there is one. */
export function redo(): void {
  useDocumentStore.temporal.getState().redo();
}
