import { planBsaImport, type LocalityChoice } from '../../../shared/csv/bsaImportPlan';
import type { BsaListSizes } from '../../../shared/csv/bsaListSizes';
import { currentSceneNow } from '../canvas/sceneOf';
import { dispatchEdit } from '../state/dispatchEdit';
import { appEditor } from '../editor/appEditor';

/** Canvas units between what is already drawn and CCGs the import adds. */
const GAP = 120;

export type BsaImportOutcome =
  | {
      readonly ok: true;
      readonly updated: number;
      readonly added: number;
      readonly scenarioName: string;
    }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Sets the chosen CCGs' populations in the scenario shown from an NHS BSA list-size file, as ONE
 * undoable edit; CCGs it does not have are added to the right of everything drawn, and selected.
 * Side effects: document and UI stores.
 */
export function applyBsaImport(
  listSizes: BsaListSizes,
  codes: ReadonlySet<string>,
  localities: LocalityChoice,
): BsaImportOutcome {
  const { scenario, scene } = currentSceneNow();
  const b = scene.bounds;
  const origin = scenario.nodes.length === 0 ? { x: 0, y: 0 } : { x: b.x + b.width + GAP, y: b.y };
  const plan = planBsaImport(scenario, listSizes, codes, localities, origin);
  const result = dispatchEdit({
    type: 'setPopulations',
    scenarioId: scenario.id,
    updates: plan.updates,
    addNodes: plan.addNodes,
  });
  if (!result.ok) return result;
  const added = plan.addNodes.filter((n) => n.kind === 'ccg').map((n) => n.id);
  if (added.length > 0) {
    const editor = appEditor();
    editor.selectMany(added);
    editor.requestFit();
  }
  return {
    ok: true,
    updated: plan.updates.length,
    added: added.length,
    scenarioName: scenario.name,
  };
}
