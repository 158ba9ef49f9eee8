import { create } from 'zustand';
import type { Workspace } from '../../../shared/model/workspace';
import { DEFAULT_SAMPLE_ID, SAMPLES, findSample } from '../../../shared/samples';

/** Where the open workspace came from: shown in the title, used to name a save. */
export type WorkspaceSource =
  | { readonly kind: 'sample'; readonly sampleId: string }
  | { readonly kind: 'file'; readonly fileName: string };

/**
 * Document state: the workspace, exactly what is saved (and, later, undone). Nothing derived
 * (costing results, flags) and nothing about the session (selection, viewport) lives here.
 */
export interface DocumentState {
  readonly workspace: Workspace;
  readonly source: WorkspaceSource;
  /** Replaces the whole document; callers reset the session through loadWorkspace(). */
  replaceWorkspace(workspace: Workspace, source: WorkspaceSource): void;
}

function firstWorkspace(): { workspace: Workspace; source: WorkspaceSource } {
  // A new user opens on a working model (DESIGN.md §6).
  const sample = findSample(DEFAULT_SAMPLE_ID) ?? SAMPLES[0];
  if (!sample) throw new Error('No sample workspaces are built in.');
  return { workspace: sample.create(), source: { kind: 'sample', sampleId: sample.id } };
}

export const useDocumentStore = create<DocumentState>()((set) => ({
  ...firstWorkspace(),
  replaceWorkspace: (workspace, source) => set({ workspace, source }),
}));
