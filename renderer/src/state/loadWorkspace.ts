import type { Workspace } from '../../../shared/model/workspace';
import { useDocumentStore, type WorkspaceSource } from './documentStore';
import { applyView, readRememberedView } from '../persistence/viewMemory';
import { useUiStore } from './uiStore';

/**
 * Opens a workspace: replaces the document, forgets the previous document's undo history (its
 * steps would undo into another workspace) and starts a fresh session on its first scenario, or
 * on the scenario, year and view the user last had in this window.
 */
export function loadWorkspace(workspace: Workspace, source: WorkspaceSource): void {
  const remembered = readRememberedView(workspace);
  useDocumentStore.getState().replaceWorkspace(workspace, source);
  useDocumentStore.temporal.getState().clear();
  useUiStore.getState().resetSession(workspace.scenarios[0]?.id ?? '');
  applyView(remembered);
}
