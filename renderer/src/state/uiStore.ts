import { createStore, type StateCreator, type StoreApi } from 'zustand';
import { editorStoreHook } from './editorStoreHook';
import { sessionSlices, type SessionSlices } from './sessionSlices';
import type { Clipboard } from '../../../shared/edits/edit';

/** The canvas camera: screen = k·world + (x, y). */
export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** What Copy put on the in-app clipboard, and how often it has been pasted where. */
export interface ClipboardState {
  readonly items: Clipboard;
  /** The scenario it was copied from: pasting back there offsets the copies so they show. */
  readonly sourceScenarioId: string;
  /** Pastes so far per scenario id, so repeated pastes step down and right instead of stacking. */
  readonly pastes: Readonly<Record<string, number>>;
}

/** A short message about the last edit (a refusal, a paste), shown in the editor's notice area. */
export interface Notice {
  readonly text: string;
  readonly kind: 'refused' | 'info';
  /** Bumped per notice, so the same text twice is still announced and restarts its timer. */
  readonly seq: number;
}

/**
 * Session state: which scenario is shown, what is selected, where the camera is. Never saved
 * with the workspace and never undone. The viewport here is committed when a pan or zoom gesture
 * ends; during a gesture the canvas moves its <g> directly so React does not re-render per frame.
 * The session's other parts (toasts, Compare, workshop mode, …) are slices under their own keys.
 */
export interface UiState extends SessionSlices {
  /** The scenario shown; if it is not in the workspace, the first scenario is shown instead. */
  readonly scenarioId: string;
  /**
   * The planning year every figure is shown for, by id; null (or an id the shown scenario does not
   * have) shows the first year.
   */
  readonly yearId: string | null;
  /**
   * The primary selection: the item last selected (the inspector and breakdown show it), or null.
   * Always the last element of selectedIds.
   */
  readonly selectedId: string | null;
  /** Every selected item (nodes and arrangement hubs), in the order they were selected. */
  readonly selectedIds: readonly string[];
  /**
   * While a press on the canvas is held, the selection as it was before the press; otherwise
   * null. The side panel shows this while it is set (see panelSelectedIds): pressing a card
   * selects it on the canvas at once, but the panel changes when the press ends, because at
   * England scale the panel's change is a few hundred milliseconds of work, which must not land
   * in the first frames of a drag.
   */
  readonly heldSelection: readonly string[] | null;
  readonly viewport: Viewport;
  /** Bumped to ask the canvas to zoom to fit (a freshly opened workspace). */
  readonly fitRequest: number;
  /** The in-app clipboard (session only: it never reaches the system clipboard or the file). */
  readonly clipboard: ClipboardState | null;
  readonly notice: Notice | null;
  readonly minimapVisible: boolean;
  readonly shortcutsHelpOpen: boolean;
  /** Bumped to ask the canvas to centre an item (a flag chosen in the side panel). */
  readonly centreRequest: { readonly id: string; readonly seq: number } | null;
  /**
   * A saved camera for the canvas to show (a workshop slide): the canvas point (x, y) at the
   * centre of the view, at zoom k for a 1280-pixel-wide view (scaled to the real width). The
   * canvas applies it once, when mounted, and clears it.
   */
  readonly cameraRequest: { readonly x: number; readonly y: number; readonly k: number } | null;
  selectScenario(scenarioId: string): void;
  /** Shows every figure for this planning year (null: the first). */
  showYear(yearId: string | null): void;
  /** Selects one item (or nothing), replacing the selection. */
  select(id: string | null): void;
  /** Shift-click: adds the item to the selection, or takes it out if it is already in. */
  toggleSelected(id: string): void;
  /** Replaces the selection with these items (marquee, select all); the last becomes primary. */
  selectMany(ids: readonly string[]): void;
  setViewport(viewport: Viewport): void;
  requestFit(): void;
  setClipboard(clipboard: ClipboardState | null): void;
  /** Shows a notice; a refusal stays until the next notice or edit, information fades. */
  notify(text: string, kind?: Notice['kind']): void;
  clearNotice(): void;
  setMinimapVisible(visible: boolean): void;
  setShortcutsHelpOpen(open: boolean): void;
  /** Asks the canvas to bring this item to the middle of the view. */
  requestCentre(id: string): void;
  /** Asks the canvas to show this camera (null once applied). */
  requestCamera(
    camera: { readonly x: number; readonly y: number; readonly k: number } | null,
  ): void;
  /** Back to a fresh session for a newly opened workspace. */
  resetSession(scenarioId: string): void;
  /** A press on a canvas item starts (true) or ends (false): see heldSelection. */
  setPressHeld(held: boolean): void;
}

/** A new selection; the last item is the primary one. */
function selection(ids: readonly string[]): Partial<UiState> {
  return { selectedIds: ids, selectedId: ids[ids.length - 1] ?? null };
}

/** The selection the side panel shows: as it was before a press that is still held, else the selection. */
export function panelSelectedIds(s: UiState): readonly string[] {
  return s.heldSelection ?? s.selectedIds;
}

/** The panel's primary selection (the last of panelSelectedIds), or null. */
export function panelSelectedId(s: UiState): string | null {
  const ids = panelSelectedIds(s);
  return ids[ids.length - 1] ?? null;
}

/** Whether a press on a canvas item is held. */
export function isPressHeld(s: UiState): boolean {
  return s.heldSelection !== null;
}

const uiState: StateCreator<UiState> = (set) => ({
  ...sessionSlices(set),
  scenarioId: '',
  yearId: null,
  selectedId: null,
  selectedIds: [],
  heldSelection: null,
  viewport: { x: 0, y: 0, k: 1 },
  fitRequest: 1,
  clipboard: null,
  notice: null,
  minimapVisible: true,
  shortcutsHelpOpen: false,
  centreRequest: null,
  cameraRequest: null,
  selectScenario: (scenarioId) => set({ scenarioId, ...selection([]) }),
  showYear: (yearId) => set({ yearId }),
  select: (id) => set(selection(id === null ? [] : [id])),
  toggleSelected: (id) =>
    set((s) =>
      selection(
        s.selectedIds.includes(id) ? s.selectedIds.filter((x) => x !== id) : [...s.selectedIds, id],
      ),
    ),
  selectMany: (ids) => set(selection([...new Set(ids)])),
  setViewport: (viewport) => set({ viewport }),
  requestFit: () => set((s) => ({ fitRequest: s.fitRequest + 1 })),
  setClipboard: (clipboard) => set({ clipboard }),
  notify: (text, kind = 'refused') =>
    set((s) => ({ notice: { text, kind, seq: (s.notice?.seq ?? 0) + 1 } })),
  clearNotice: () => set({ notice: null }),
  setMinimapVisible: (minimapVisible) => set({ minimapVisible }),
  setShortcutsHelpOpen: (shortcutsHelpOpen) => set({ shortcutsHelpOpen }),
  requestCentre: (id) =>
    set((s) => ({ centreRequest: { id, seq: (s.centreRequest?.seq ?? 0) + 1 } })),
  requestCamera: (cameraRequest) => set({ cameraRequest }),
  resetSession: (scenarioId) =>
    set((s) => ({
      scenarioId,
      yearId: null,
      notice: null,
      fitRequest: s.fitRequest + 1,
      heldSelection: null,
      ...selection([]),
    })),
  // Pressing again while held keeps the selection from before the first press.
  setPressHeld: (held) =>
    set((s) => ({ heldSelection: held ? (s.heldSelection ?? s.selectedIds) : null })),
});

export type UiStoreApi = StoreApi<UiState>;

/** A new session store (an editor's own; tests build one per editor). */
export function createUiStore(): UiStoreApi {
  return createStore<UiState>()(uiState);
}

let windowUi: UiStoreApi | null = null;

/** The window's session store, made on first use: the window's editor holds it. */
export function windowUiStore(): UiStoreApi {
  windowUi ??= createUiStore();
  return windowUi;
}

/** The editor's session (see editorStoreHook). */
export const useUiStore = editorStoreHook((editor) => editor.ui, windowUiStore);
