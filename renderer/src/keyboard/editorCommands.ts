import { alignItems, distributeItems, type AlignMode } from '../../../shared/edits/arrange';
import { copyItems } from '../../../shared/edits/copyItems';
import type { Clipboard, Edit, EditResult } from '../../../shared/edits/edit';
import { newIdsFor } from '../../../shared/edits/newId';
import { ownValue } from '../../../shared/model/idRecord';
import type { Scenario } from '../../../shared/model/workspace';
import { provideEditorActions } from '../commands/editorActions';
import { dispatchEdits } from '../canvas/dispatchEdits';
import { plainRefusal } from '../canvas/plainRefusal';
import { planMove } from '../canvas/planMove';
import { movingItems } from '../canvas/movingItems';
import { currentSceneNow } from '../canvas/sceneOf';
import { appEditor } from '../editor/appEditor';
import { dispatchEdit, redo, undo } from '../state/dispatchEdit';
import { useDocumentStore } from '../state/documentStore';
import { useUiStore } from '../state/uiStore';

// The editor's commands, shared by the keyboard shortcuts and the toolbar. Each one reads the
// stores when it runs, makes at most one undo step, and says what happened in the notice area
// when that is not plain to see (a refusal, a copy). Side effects: the document and UI stores.

/** How far a duplicate (and a paste back into its own scenario) lands from the original. */
export const PASTE_OFFSET = 20;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Reports a refused edit; clears a stale refusal once an edit succeeds. */
function report(result: EditResult, success?: string): boolean {
  const editor = appEditor();
  if (!result.ok) {
    editor.notify(plainRefusal(result.errors), 'refused');
    return false;
  }
  if (success) editor.notify(success, 'info');
  else if (useUiStore.getState().notice?.kind === 'refused') editor.clearNotice();
  return true;
}

/** The selected ids that exist in the scenario shown (a selection can outlive an undo). */
function selectionIn(scenario: Scenario): string[] {
  const ids = new Set([
    ...scenario.nodes.map((n) => n.id),
    ...scenario.arrangements.map((a) => a.id),
  ]);
  return useUiStore.getState().selectedIds.filter((id) => ids.has(id));
}

export function canUndo(): boolean {
  return appEditor().canUndo();
}

export function canRedo(): boolean {
  return appEditor().canRedo();
}

export function undoEdit(): boolean {
  if (!canUndo()) return false;
  appEditor().camera.cancelGesture();
  undo();
  appEditor().clearNotice();
  return true;
}

export function redoEdit(): boolean {
  if (!canRedo()) return false;
  appEditor().camera.cancelGesture();
  redo();
  appEditor().clearNotice();
  return true;
}

/** Deletes the selection (and what depends on it: see applyEdit's deleteItems) as one step. */
export function deleteSelection(): boolean {
  const { scenario } = currentSceneNow();
  const ids = selectionIn(scenario);
  if (ids.length === 0) return false;
  const ok = report(
    dispatchEdit({ type: 'deleteItems', scenarioId: scenario.id, ids }),
    `Deleted ${plural(ids.length, 'item')}. ${undoHint()}`,
  );
  if (ok) appEditor().select(null);
  return ok;
}

function undoHint(): string {
  return 'Undo brings it back.';
}

/** Selects every organisation and arrangement hub of the scenario (localities ride in their cards). */
export function selectAll(): boolean {
  const { scene } = currentSceneNow();
  appEditor().selectMany([...scene.items.keys()]);
  return true;
}

/** Clears the selection; false if there was none. */
export function clearSelection(): boolean {
  const editor = appEditor();
  if (editor.selectedIds.length === 0) return false;
  editor.select(null);
  return true;
}

/** Copies the selection to the in-app clipboard. */
export function copySelection(): boolean {
  const { scenario } = currentSceneNow();
  const ids = selectionIn(scenario);
  if (ids.length === 0) return false;
  const items = copyItems(scenario, ids);
  const editor = appEditor();
  editor.setClipboard({ items, sourceScenarioId: scenario.id, pastes: {} });
  editor.notify(
    `Copied ${plural(items.nodes.length + items.arrangements.length, 'item')}.`,
    'info',
  );
  return true;
}

/** Pastes `clipboard` into the shown scenario offset by (dx, dy) as one step, and selects the copies. */
function pasteInto(
  scenario: Scenario,
  clipboard: Clipboard,
  dx: number,
  dy: number,
  verb: string,
): boolean {
  const newIds = newIdsFor(clipboard, scenario);
  const edit: Edit = { type: 'paste', scenarioId: scenario.id, clipboard, dx, dy, newIds };
  const before = useDocumentStore.getState().workspace;
  const result = dispatchEdit(edit);
  if (result.ok && result.workspace === before) {
    // Paste drops what cannot belong here (a locality whose CCG this scenario lacks).
    appEditor().notify(
      'Nothing was pasted: the copied localities’ CCGs are not in this scenario. Copy the CCG with them.',
      'info',
    );
    return false;
  }
  // The copies of what was selected: organisations, hubs and lone localities, not the localities
  // that came along inside a copied CCG's card.
  const inClipboard = new Set(clipboard.nodes.map((n) => n.id));
  const top = clipboard.nodes.filter((n) => n.kind !== 'locality' || !inClipboard.has(n.ccgId));
  if (!report(result, `${verb} ${plural(top.length + clipboard.arrangements.length, 'item')}.`))
    return false;
  const copies = [
    ...top.map((n) => newIds[n.id]),
    ...clipboard.arrangements.map((a) => newIds[a.id]),
  ].filter((id): id is string => typeof id === 'string');
  appEditor().selectMany(copies);
  return true;
}

/**
 * Pastes the clipboard into the scenario shown. Into the scenario it came from the copies step
 * down and right with each paste, so they never hide under the originals; into another scenario
 * the first paste lands in the same place.
 */
export function pasteClipboard(): boolean {
  const editor = appEditor();
  const { clipboard: clip } = useUiStore.getState();
  if (!clip) {
    editor.notify('Nothing to paste: copy something first.', 'info');
    return false;
  }
  const { scenario } = currentSceneNow();
  // Own entries only: a scenario id such as "constructor" must not read Object.prototype's.
  const before = ownValue(clip.pastes, scenario.id) ?? 0;
  const steps = before + (scenario.id === clip.sourceScenarioId ? 1 : 0);
  const ok = pasteInto(scenario, clip.items, steps * PASTE_OFFSET, steps * PASTE_OFFSET, 'Pasted');
  if (ok) editor.setClipboard({ ...clip, pastes: { ...clip.pastes, [scenario.id]: before + 1 } });
  return ok;
}

/** Copies and pastes the selection in one step, offset so the copies show; selects the copies. */
export function duplicateSelection(): boolean {
  const { scenario } = currentSceneNow();
  const ids = selectionIn(scenario);
  if (ids.length === 0) return false;
  return pasteInto(scenario, copyItems(scenario, ids), PASTE_OFFSET, PASTE_OFFSET, 'Duplicated');
}

/**
 * Moves the selection by (dx, dy) canvas units as one step (a cluster carries its CCGs; a CCG
 * nudged across a cluster's edge joins or leaves it, as with a drag).
 */
export function nudgeSelection(dx: number, dy: number): boolean {
  const { scenario, scene } = currentSceneNow();
  const items = movingItems(scene, selectionIn(scenario));
  if (items.length === 0) return false;
  const edits = planMove(
    scene,
    scenario.id,
    items.map((i) => ({ id: i.id, x: i.x + dx, y: i.y + dy })),
  );
  return report(dispatchEdits(edits));
}

/** A move from align or distribute, plus cluster changes for CCGs it carries across a cluster's edge. */
function dispatchArrangement(edit: Edit): boolean {
  if (edit.type !== 'moveItems') return report(dispatchEdit(edit));
  const { scenario, scene } = currentSceneNow();
  const edits = planMove(scene, scenario.id, edit.moves);
  return edits.length > 0 && report(dispatchEdits(edits));
}

/** Lines up the selected items (2 or more) by an edge or centre line, as one step. */
export function alignSelection(mode: AlignMode): boolean {
  const { scenario } = currentSceneNow();
  const ids = selectionIn(scenario);
  if (ids.length < 2) return false;
  return dispatchArrangement(alignItems(scenario, ids, mode));
}

/** Spaces the selected items (3 or more) evenly along an axis, as one step. */
export function distributeSelection(axis: 'x' | 'y'): boolean {
  const { scenario } = currentSceneNow();
  const ids = selectionIn(scenario);
  if (ids.length < 3) return false;
  return dispatchArrangement(distributeItems(scenario, ids, axis));
}

// The command registry sits below the canvas in the layer order: it runs these through the slot.
provideEditorActions({
  canUndo,
  canRedo,
  undoEdit,
  redoEdit,
  deleteSelection,
  duplicateSelection,
  copySelection,
  pasteClipboard,
  selectAll,
  clearSelection,
  nudgeSelection,
});
