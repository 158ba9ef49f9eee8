import { createStore, type StoreApi } from 'zustand';
import { temporal, type TemporalState } from 'zundo';
import type { Workspace } from '../../../shared/model/workspace';
import { DEFAULT_SAMPLE_ID, SAMPLES, findSample } from '../../../shared/samples';
import { editorStoreHook } from './editorStoreHook';

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
  /** Replaces the whole document; the editor opens workspaces (Editor.open), resetting the session and history. */
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

/** The undo history's view of the document: the workspace only. */
export type DocumentHistory = StoreApi<TemporalState<Pick<DocumentState, 'workspace'>>>;

/** A document store as the editor holds it: the zustand store and its undo history. */
export type DocumentStoreApi = StoreApi<DocumentState> & { readonly temporal: DocumentHistory };

function documentState(initial: { workspace: Workspace; source: WorkspaceSource }) {
  return temporal<DocumentState, [], [], Pick<DocumentState, 'workspace'>>(
    (set) => ({
      ...initial,
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
  );
}

/** A new document store (an editor's own; tests build one per editor). */
export function createDocumentStore(initial = firstWorkspace()): DocumentStoreApi {
  return createStore<DocumentState>()(documentState(initial));
}

let windowDocument: DocumentStoreApi | null = null;

/** The window's document store, made on first use: the window's editor holds it. */
export function windowDocumentStore(): DocumentStoreApi {
  windowDocument ??= createDocumentStore();
  return windowDocument;
}

/** The editor's document (see editorStoreHook), and the window's undo history. */
export const useDocumentStore = Object.assign(
  editorStoreHook((editor) => editor.document, windowDocumentStore),
  {
    get temporal(): DocumentHistory {
      return windowDocumentStore().temporal;
    },
  },
);
