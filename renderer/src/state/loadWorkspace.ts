import type { Workspace } from '../../../shared/model/workspace';
import { useDocumentStore, type WorkspaceSource } from './documentStore';
import { useUiStore } from './uiStore';

/**
 * Opens a workspace: replaces the document, forgets the previous document's undo history (its
 * steps would undo into another workspace) and starts a fresh session on its first scenario.
 */
export function loadWorkspace(workspace: Workspace, source: WorkspaceSource): void {
  useDocumentStore.getState().replaceWorkspace(workspace, source);
  useDocumentStore.temporal.getState().clear();
  useUiStore.getState().resetSession(workspace.scenarios[0]?.id ?? '');
}
