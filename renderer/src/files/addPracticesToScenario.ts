import type { PracticeImport } from '../../../shared/csv/buildPracticeImport';
import { practiceImportClipboard } from '../../../shared/csv/practiceImportNodes';
import type { EditResult } from '../../../shared/edits/edit';
import { newIdsFor } from '../../../shared/edits/newId';
import { currentSceneNow } from '../canvas/sceneOf';
import { dispatchEdit } from '../state/dispatchEdit';
import { useUiStore } from '../state/uiStore';

/** Canvas units between what is already drawn and the imported cards. */
const GAP = 120;

export type AddPracticesOutcome =
  | { readonly ok: true; readonly ccgIds: readonly string[]; readonly ccgs: number; readonly localities: number; readonly scenarioName: string }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Adds an imported practice list's CCGs and localities to the scenario shown, as ONE undoable
 * edit (a paste): the cards are laid out in a grid to the right of everything already on the
 * canvas, so nothing is covered; ids the scenario already uses get fresh ones. The new CCGs are
 * selected and the canvas is asked to frame the whole scenario. Side effects: document and UI stores.
 */
export function addPracticesToScenario(imported: PracticeImport): AddPracticesOutcome {
  const { scenario, scene } = currentSceneNow();
  const b = scene.bounds;
  const origin = scenario.nodes.length === 0 ? { x: 0, y: 0 } : { x: b.x + b.width + GAP, y: b.y };
  const clipboard = practiceImportClipboard(imported, origin);
  const newIds = newIdsFor(clipboard, scenario);
  const result: EditResult = dispatchEdit({ type: 'paste', scenarioId: scenario.id, clipboard, dx: 0, dy: 0, newIds });
  if (!result.ok) return result;
  const ccgs = clipboard.nodes.filter((n) => n.kind === 'ccg');
  const ccgIds = ccgs.map((n) => newIds[n.id]).filter((id): id is string => id !== undefined);
  const ui = useUiStore.getState();
  ui.selectMany(ccgIds);
  ui.requestFit();
  return { ok: true, ccgIds, ccgs: ccgs.length, localities: clipboard.nodes.length - ccgs.length, scenarioName: scenario.name };
}
