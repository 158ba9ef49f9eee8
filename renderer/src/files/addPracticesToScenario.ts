import type { PracticeImport } from '../../../shared/csv/buildPracticeImport';
import {
  importOrigin,
  practiceImportEdit,
  scenarioImportEdits,
  type ClashChoice,
} from '../../../shared/csv/practiceImportPlan';
import type { EditResult } from '../../../shared/edits/edit';
import type { Scenario } from '../../../shared/model/workspace';
import { currentSceneNow } from '../canvas/sceneOf';
import { dispatchEdit } from '../state/dispatchEdit';
import { useDocumentStore } from '../state/documentStore';
import { appEditor } from '../editor/appEditor';

/** Canvas units between what is already drawn and the imported cards. */
const GAP = 120;

export type AddPracticesOutcome =
  | {
      readonly ok: true;
      readonly ccgIds: readonly string[];
      readonly ccgs: number;
      readonly addedTo: number;
      readonly localities: number;
      readonly scenarioName: string;
      readonly scenarios: number;
    }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Adds an imported practice list to the scenario shown (or to every scenario, each matched on
 * its own) as ONE undoable edit: CCGs of the file that are already there (by ODS code or name)
 * get the file's localities, the others are created as cards to the right of everything on the
 * canvas. The new CCGs are selected and the canvas is asked to frame the whole scenario.
 * Side effects: document and UI stores.
 */
export function addPracticesToScenario(
  imported: PracticeImport,
  options: {
    readonly choices: Readonly<Record<string, ClashChoice>>;
    readonly everyScenario: boolean;
  },
): AddPracticesOutcome {
  const { scenario, scene } = currentSceneNow();
  const b = scene.bounds;
  const shownOrigin =
    scenario.nodes.length === 0 ? { x: 0, y: 0 } : { x: b.x + b.width + GAP, y: b.y };
  const originOf = (s: Scenario) => (s.id === scenario.id ? shownOrigin : importOrigin(s));
  const { workspace } = useDocumentStore.getState();
  const scenarios = options.everyScenario ? workspace.scenarios : [scenario];
  const shown = scenarioImportEdits(imported, scenario, options.choices, shownOrigin);
  const result: EditResult = dispatchEdit(
    practiceImportEdit(imported, scenarios, options.choices, originOf),
  );
  if (!result.ok) return result;
  const editor = appEditor();
  if (shown.newCcgIds.length > 0) editor.selectMany(shown.newCcgIds);
  editor.requestFit();
  return {
    ok: true,
    ccgIds: shown.newCcgIds,
    ccgs: shown.created,
    addedTo: shown.addedTo,
    localities: shown.localities,
    scenarioName: scenario.name,
    scenarios: scenarios.length,
  };
}
