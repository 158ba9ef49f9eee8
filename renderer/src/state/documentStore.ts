import { create } from 'zustand';
import { temporal } from 'zundo';
import type { Workspace } from '../../../shared/model/workspace';
import { DEFAULT_SAMPLE_ID, SAMPLES, findSample } from '../../../shared/samples';

/** Where the open workspace came from: shown in the title, used to name a save. */
export type WorkspaceSource =
  | { readonly kind: 'sample'; readonly sampleId: string }
  | { readonly kind: 'file'; readonly fileName: string }
  /** Opened from the local library (renderer/src/persistence), where it autosaves. */
  | { readonly kind: 'library' };

/**
 * Document state: the workspace, exactly what is saved and undone. Nothing derived (costing
 * results, flags) and nothing about the session (selection, viewport) lives here. Undo history
 * (zundo) tracks the workspace only; change it through dispatchEdit so every change is an Edit.
 */
export interface DocumentState {
  readonly workspace: Workspace;
  readonly source: WorkspaceSource;
  /** Replaces the whole document; callers reset the session and history through loadWorkspace(). */
  replaceWorkspace(workspace: Workspace, source: WorkspaceSource): void;
  /** Records an edited workspace as one undoable step. Use dispatchEdit, not this. */
  commitWorkspace(workspace: Workspace): void;
}

/** How many steps back undo reaches. */
export const UNDO_LIMIT = 200;

function firstWorkspace(): { workspace: Workspace; source: WorkspaceSource } {
  // A new user opens on a working model (DESIGN.md §6).
  const sample = findSample(DEFAULT_SAMPLE_ID) ?? SAMPLES[0];
  if (!sample) throw new Error('No sample workspaces are built in.');
  return { workspace: sample.create(), source: { kind: 'sample', sampleId: sample.id } };
}

export const useDocumentStore = create<DocumentState>()(
  temporal(
    (set) => ({
      ...firstWorkspace(),
      replaceWorkspace: (workspace, source) => set({ workspace, source }),
      commitWorkspace: (workspace) => set({ workspace }),
    }),
    {
      // Only the document is history; the source label is not something to undo.
      partialize: (state) => ({ workspace: state.workspace }),
      // Workspaces are immutable, so identity says whether anything changed.
      equality: (a, b) => a.workspace === b.workspace,
      limit: UNDO_LIMIT,
    },
  ),
);
