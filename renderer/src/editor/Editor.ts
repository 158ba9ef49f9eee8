import { applyEdit } from '../../../shared/edits/applyEdit';
import type { Edit, EditResult } from '../../../shared/edits/edit';
import type { Workspace } from '../../../shared/model/workspace';
import { cleanStrings } from '../../../shared/text/cleanStrings';
import type { RememberedView } from '../persistence/viewMemory';
import {
  createDocumentStore,
  type DocumentStoreApi,
  type WorkspaceSource,
} from '../state/documentStore';
import type { MainViewKind } from '../state/mainViewSlice';
import { populationNotice } from '../state/populationNotice';
import type { CompareState } from '../state/compareSlice';
import type { LibraryScreenState } from '../state/libraryScreenSlice';
import type { SaveStatusState } from '../state/saveStatusSlice';
import type { PaletteStatus } from '../state/paletteStatusSlice';
import type { Toast } from '../state/toastsSlice';
import {
  createUiStore,
  type ClipboardState,
  type UiState,
  type UiStoreApi,
  type Viewport,
} from '../state/uiStore';
import type { WorkshopState } from '../state/workshopSlice';
import { BLANK_SOURCE_LABEL, blankWorkspace } from './blankWorkspace';
import { Camera } from './camera';
import { textNotice } from './editNotices';
import {
  importedCopyName,
  planWorkspaceImport,
  refusedImportNotice,
  replacedVersionLabel,
  type ConflictChoice,
  type TextFile,
  type ValidImport,
  type WorkspaceImportPlan,
} from './workspaceImport';

/** Where an opened workspace came from (the header names it; a save is named after it). */
export type WorkspaceOrigin = WorkspaceSource;

export interface EditorEvents {
  /** A workspace replaced the document: its undo history is cleared and the session starts afresh. */
  readonly opened: { readonly workspace: Workspace; readonly origin: WorkspaceOrigin };
  /** The document changed in place: an edit, undo, redo, a rename or a restored version. */
  readonly changed: { readonly workspace: Workspace; readonly previous: Workspace };
}

export type EditorEventName = keyof EditorEvents;

/** The local library as the editor sees it: takes a workspace in (saving it) and opens it. */
export interface EditorLibrary {
  /** Saves the workspace as a new library workspace (a new id if its id is taken) and opens it. */
  add(workspace: Workspace): Promise<Workspace>;
  /** The name of the saved workspace with this id, read from storage; undefined if none. */
  savedName(id: string): Promise<string | undefined>;
  /**
   * Replaces the saved workspace with the same id by this one and opens it; the version it
   * replaces (with any unsaved edits) stays in its History under `label`.
   */
  replace(workspace: Workspace, label: string): Promise<Workspace>;
}

export interface DispatchOptions {
  /** 'ignore': the change is made but is no undo step (default 'record'). */
  readonly history?: 'record' | 'ignore';
}

export interface EditorOptions {
  readonly document?: DocumentStoreApi;
  readonly ui?: UiStoreApi;
  /** Where the user last was in a workspace (scenario, year, view); none by default. */
  readonly rememberedView?: (workspace: Workspace) => Partial<RememberedView>;
}

/**
 * The editor: the one thing that changes the document and the session. Edits, undo and redo,
 * opening a workspace, renaming it and restoring an earlier version all go through it; each is
 * announced as an `opened` or `changed` event, which persistence listens to. It holds two stores,
 * its own unless given (the app's editor is given the window's): the document with its undo
 * history, and the session (selection, camera, view, toasts, Compare, workshop mode, save status…).
 */
export class Editor {
  readonly document: DocumentStoreApi;
  /** The session: never saved with the workspace and never undone. */
  readonly ui: UiStoreApi;
  /** The camera of the canvas showing this editor's document (does nothing while none is shown). */
  readonly camera = new Camera();
  private readonly rememberedView: (workspace: Workspace) => Partial<RememberedView>;
  private readonly listeners: { [K in EditorEventName]: Set<(event: EditorEvents[K]) => void> } = {
    opened: new Set(),
    changed: new Set(),
  };
  private library: EditorLibrary | null = null;
  /** While a workspace is being opened its replacement of the document is no `changed`. */
  private opening = false;
  private readonly stopWatching: () => void;

  constructor(options: EditorOptions = {}) {
    this.document = options.document ?? createDocumentStore();
    this.ui = options.ui ?? createUiStore();
    this.rememberedView = options.rememberedView ?? (() => ({}));
    // Watching the store rather than each method: undo and redo happen inside zundo.
    this.stopWatching = this.document.subscribe((state, before) => {
      if (this.opening || state.workspace === before.workspace) return;
      this.emit('changed', { workspace: state.workspace, previous: before.workspace });
    });
  }

  get workspace(): Workspace {
    return this.document.getState().workspace;
  }

  get origin(): WorkspaceOrigin {
    return this.document.getState().source;
  }

  /**
   * Applies edits as ONE undo step, or refuses them all with the first refusal's located errors
   * and changes nothing. A single edit has typed text XML cannot hold replaced (and said), and a
   * CCG population changed through its localities announced.
   */
  dispatch(edits: Edit | readonly Edit[], options: DispatchOptions = {}): EditResult {
    const list: readonly Edit[] = isEditList(edits) ? edits : [edits];
    const before = this.workspace;
    const [only] = list;
    if (only === undefined) return { ok: true, workspace: before };
    const single = list.length === 1;
    const cleaned = single ? cleanStrings(only) : null;
    let next = before;
    for (const edit of cleaned ? [cleaned.value] : list) {
      const result = applyEdit(next, edit);
      if (!result.ok) return result;
      next = result.workspace;
    }
    if (next === before) return { ok: true, workspace: next };
    this.commit(next, options.history ?? 'record');
    if (cleaned) {
      // A CCG's population changed through its localities: always said (a caller may say more).
      const notice = populationNotice(before, next);
      if (notice !== null) this.notify(notice, 'info');
      if (cleaned.replaced.length > 0) this.notify(textNotice(cleaned.replaced), 'info');
    }
    return { ok: true, workspace: next };
  }

  /** Steps back one edit, if there is one. */
  undo(): void {
    this.document.temporal.getState().undo();
  }

  /** Steps forward one undone edit, if there is one. */
  redo(): void {
    this.document.temporal.getState().redo();
  }

  canUndo(): boolean {
    return this.document.temporal.getState().pastStates.length > 0;
  }

  canRedo(): boolean {
    return this.document.temporal.getState().futureStates.length > 0;
  }

  /** Renames the workspace as one undoable edit; an empty or over-long name is refused. */
  rename(name: string): EditResult {
    return this.dispatch({ type: 'renameWorkspace', name });
  }

  /** Puts an earlier version of this workspace back, as one edit Undo takes back. */
  restore(version: Workspace): EditResult {
    return this.dispatch({ type: 'restoreVersion', workspace: version });
  }

  /**
   * Opens a workspace: the one way a document is replaced. With a library attached, a workspace
   * from anywhere but the library joins it first (saved under a new id if its id is taken) and is
   * opened from there. Otherwise it replaces the document before this returns: the previous undo
   * history goes (its steps would undo into another workspace) and the session starts on its
   * first scenario, or where the user last was in it.
   */
  open(workspace: Workspace, origin: WorkspaceOrigin): Promise<Workspace> {
    if (origin.kind !== 'library' && this.library) return this.library.add(workspace);
    const remembered = this.rememberedView(workspace);
    this.opening = true;
    try {
      this.document.getState().replaceWorkspace(workspace, origin);
      this.document.temporal.getState().clear();
    } finally {
      this.opening = false;
    }
    this.ui.getState().resetSession(workspace.scenarios[0]?.id ?? '');
    if (remembered.scenarioId) this.showScenario(remembered.scenarioId);
    if (remembered.yearId) this.showYear(remembered.yearId);
    if (remembered.view) this.showView(remembered.view);
    this.emit('opened', { workspace, origin });
    return Promise.resolve(workspace);
  }

  /**
   * Validates a workspace file and says whether its id is already in the attached library (the
   * caller then asks: keep both or replace). Changes nothing.
   */
  planImport(file: TextFile): Promise<WorkspaceImportPlan> {
    const library = this.library;
    return planWorkspaceImport(file, library ? (id) => library.savedName(id) : null);
  }

  /**
   * Imports a workspace file in one call: a broken file changes nothing and is refused in the
   * notice area, naming the file and its problem; a file whose id is already saved is left for
   * the caller to ask about (the plan is returned, nothing opened); any other file opens (see
   * importPlanned). Resolves with the plan and, when it opened, the workspace opened.
   */
  async import(
    file: TextFile,
  ): Promise<{ readonly plan: WorkspaceImportPlan; readonly opened?: Workspace }> {
    const plan = await this.planImport(file);
    if (plan.kind === 'invalid') {
      this.notify(refusedImportNotice(plan), 'refused');
      return { plan };
    }
    if (plan.conflict) return { plan };
    return { plan, opened: await this.importPlanned(plan) };
  }

  /**
   * Opens a validated file: through the library while one is attached (a new library workspace;
   * for a saved id, a copy marked "(imported)" under a new id or, with 'replace', the saved one
   * replaced with its last version kept in History), else straight into the document. Resolves
   * with the workspace opened.
   */
  async importPlanned(plan: ValidImport, choice?: ConflictChoice): Promise<Workspace> {
    const { workspace, fileName } = plan;
    const origin: WorkspaceOrigin = { kind: 'file', fileName };
    const library = this.library;
    if (!library) return this.open(workspace, origin);
    let opened: Workspace;
    if (plan.conflict && choice === 'replace') {
      opened = await library.replace(workspace, replacedVersionLabel(fileName));
    } else if (plan.conflict) {
      // The library gives a taken id a new one: the saved workspace is never written over.
      opened = await library.add({ ...workspace, name: importedCopyName(workspace.name) });
    } else {
      opened = await this.open(workspace, origin);
    }
    this.libraryScreen.hide();
    return opened;
  }

  /** A new workspace with one empty scenario. */
  createBlank(now: Date = new Date()): Promise<Workspace> {
    return this.open(blankWorkspace(now), { kind: 'file', fileName: BLANK_SOURCE_LABEL });
  }

  /** The selected items, in the order they were selected; the last is the primary one. */
  get selectedIds(): readonly string[] {
    return this.ui.getState().selectedIds;
  }

  /** Selects one item (or nothing), replacing the selection. */
  select(id: string | null): void {
    this.ui.getState().select(id);
  }

  /** Adds the item to the selection, or takes it out if it is already in (Shift-click). */
  toggleSelected(id: string): void {
    this.ui.getState().toggleSelected(id);
  }

  /** Replaces the selection with these items; the last becomes the primary one. */
  selectMany(ids: readonly string[]): void {
    this.ui.getState().selectMany(ids);
  }

  /** The scenario shown, as asked for (the first scenario is shown if it is not in the workspace). */
  get scenarioId(): string {
    return this.ui.getState().scenarioId;
  }

  /** Shows another scenario; the selection, which belonged to the other scenario, is cleared. */
  showScenario(scenarioId: string): void {
    this.ui.getState().selectScenario(scenarioId);
  }

  /** The planning year every figure is shown for (null: the first). */
  get yearId(): string | null {
    return this.ui.getState().yearId;
  }

  showYear(yearId: string | null): void {
    this.ui.getState().showYear(yearId);
  }

  /** The main view shown: Canvas, Matrix or Compare. */
  get view(): MainViewKind {
    return this.ui.getState().mainView.view;
  }

  showView(view: MainViewKind): void {
    this.ui.getState().mainView.setView(view);
  }

  /** Shows a notice in the editor's one notice area (a refusal stays; information fades). */
  notify(text: string, kind: 'refused' | 'info' = 'refused'): void {
    this.ui.getState().notify(text, kind);
  }

  /** Says something in a toast that fades, over this editor's window ("Saved as …"). */
  say(text: string): void {
    if (text) this.ui.getState().toasts.show({ text });
  }

  /** Takes the notice away (an undo, or a notice that has faded). */
  clearNotice(): void {
    this.ui.getState().clearNotice();
  }

  /** Shows a toast and returns its id, to withdraw it (an offer to undo). */
  toast(toast: Omit<Toast, 'id'>): number {
    return this.ui.getState().toasts.show(toast);
  }

  dismissToast(id: number): void {
    this.ui.getState().toasts.dismiss(id);
  }

  /** Asks the canvas to zoom to fit the drawing (what an import added). */
  requestFit(): void {
    this.ui.getState().requestFit();
  }

  /** Asks the canvas to bring this item to the middle of the view. */
  requestCentre(id: string): void {
    this.ui.getState().requestCentre(id);
  }

  /** Asks the canvas to show this saved camera once (a workshop slide); null once applied. */
  requestCamera(camera: UiState['cameraRequest']): void {
    this.ui.getState().requestCamera(camera);
  }

  /** The camera where a pan or zoom settled (kept for the next time the canvas mounts). */
  settleViewport(viewport: Viewport): void {
    this.ui.getState().setViewport(viewport);
  }

  /** A press on a canvas item starts (true) or ends (false): the side panel waits for its end. */
  holdPress(held: boolean): void {
    this.ui.getState().setPressHeld(held);
  }

  /** Puts items on the in-app clipboard (session only). */
  setClipboard(clipboard: ClipboardState | null): void {
    this.ui.getState().setClipboard(clipboard);
  }

  showMinimap(visible: boolean): void {
    this.ui.getState().setMinimapVisible(visible);
  }

  showShortcutsHelp(open: boolean): void {
    this.ui.getState().setShortcutsHelpOpen(open);
  }

  /** The library screen (shown on start-up with a problem that kept a workspace shut). */
  get libraryScreen(): Pick<LibraryScreenState, 'show' | 'hide' | 'clearProblem'> {
    return this.ui.getState().libraryScreen;
  }

  /** Workshop mode: entering and leaving the presentation, its slides, parts and what-ifs. */
  get workshop(): Pick<
    WorkshopState,
    'enter' | 'leave' | 'goTo' | 'toggle' | 'setWhatIfs' | 'resetWhatIfs'
  > {
    return this.ui.getState().workshop;
  }

  /** Compares these scenarios in the Compare view, and shows it. */
  compare(scenarioIds: readonly string[]): void {
    const compare: Pick<CompareState, 'setPicked'> = this.ui.getState().compare;
    compare.setPicked(scenarioIds);
    this.showView('compare');
  }

  /** The Compare view's choices: the scenarios picked, its year, size and sensitivity settings. */
  get comparison(): Pick<
    CompareState,
    'setPicked' | 'setLarge' | 'setYearId' | 'setSensitivity' | 'setPercent'
  > {
    return this.ui.getState().compare;
  }

  /** The palette's status line (what adding from the palette did). */
  get paletteStatus(): Pick<PaletteStatus, 'say'> {
    return this.ui.getState().paletteStatus;
  }

  /** Asks the scenario bar to start renaming the shown scenario. */
  requestRename(): void {
    this.ui.getState().renameRequest.request();
  }

  /** What the header says about saving: written by persistence only. */
  get saveStatus(): Pick<
    SaveStatusState,
    'report' | 'setStatus' | 'libraryChanged' | 'setConflict'
  > {
    return this.ui.getState().saveStatus;
  }

  /** Calls `listener` on every such event until the returned function is called. */
  on<K extends EditorEventName>(event: K, listener: (event: EditorEvents[K]) => void): () => void {
    const set = this.listeners[event];
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  /** Opening goes through this library until the returned function is called. */
  attachLibrary(library: EditorLibrary): () => void {
    this.library = library;
    return () => {
      if (this.library === library) this.library = null;
    };
  }

  /** Stops watching the document store (a test's editor, thrown away). */
  dispose(): void {
    this.stopWatching();
    this.listeners.opened.clear();
    this.listeners.changed.clear();
  }

  private commit(next: Workspace, history: 'record' | 'ignore'): void {
    const temporal = this.document.temporal.getState();
    if (history === 'ignore') temporal.pause();
    try {
      this.document.getState().commitWorkspace(next);
    } finally {
      if (history === 'ignore') temporal.resume();
    }
  }

  private emit<K extends EditorEventName>(event: K, payload: EditorEvents[K]): void {
    // A copy: a listener may subscribe or unsubscribe while being told.
    for (const listener of [...this.listeners[event]]) listener(payload);
  }
}

function isEditList(edits: Edit | readonly Edit[]): edits is readonly Edit[] {
  return Array.isArray(edits);
}
