import type { Workspace } from '../../../shared/model/workspace';
import { useDocumentStore, type WorkspaceSource } from './documentStore';
import { useUiStore } from './uiStore';

/** Opens a workspace: replaces the document and starts a fresh session on its first scenario. */
export function loadWorkspace(workspace: Workspace, source: WorkspaceSource): void {
  useDocumentStore.getState().replaceWorkspace(workspace, source);
  useUiStore.getState().resetSession(workspace.scenarios[0]?.id ?? '');
}
