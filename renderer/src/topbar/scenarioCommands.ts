/**
 * The scenario bar's commands, shared by its buttons and its shortcuts. Each reads the stores
 * when it runs, makes at most one undo step, shows the scenario it made or moved, and reports a
 * refusal in the notice area. Side effects: the document and UI stores.
 */
import type { EditResult } from '../../../shared/edits/edit';
import { branchName, newScenarioId, newScenarioName } from '../../../shared/edits/scenarioNames';
import { capEdits, type CapScope } from '../assumptions/assumptionEdit';
import { dispatchEdits } from '../canvas/dispatchEdits';
import { plainRefusal } from '../canvas/plainRefusal';
import { resolvedAssumptionsCached, shownYearId } from '../state/costScenarioCached';
import { dispatchEdit } from '../state/dispatchEdit';
import { useDocumentStore } from '../state/documentStore';
import { useUiStore } from '../state/uiStore';
import { currentScenario } from '../state/useCurrentScenario';
import { appEditor } from '../editor/appEditor';

function shown() {
  const { workspace } = useDocumentStore.getState();
  return { workspace, scenario: currentScenario(workspace, useUiStore.getState().scenarioId) };
}

function reported(result: EditResult): boolean {
  const editor = appEditor();
  if (!result.ok) editor.notify(plainRefusal(result.errors), 'refused');
  else if (useUiStore.getState().notice?.kind === 'refused') editor.clearNotice();
  return result.ok;
}

/** A blank scenario after the one shown, which it then shows. */
export function newScenario(): void {
  const { workspace, scenario } = shown();
  const id = newScenarioId(workspace.scenarios);
  const index = workspace.scenarios.indexOf(scenario) + 1;
  if (
    reported(
      dispatchEdit({
        type: 'addScenario',
        scenarioId: id,
        name: newScenarioName(workspace.scenarios),
        index,
      }),
    )
  ) {
    appEditor().showScenario(id);
  }
}

/** A full copy of the scenario shown, "… (copy)", just after it; the copy is then shown. */
export function branchScenario(): void {
  const { workspace, scenario } = shown();
  const id = newScenarioId(workspace.scenarios);
  const edit = {
    type: 'branchScenario',
    scenarioId: scenario.id,
    newScenarioId: id,
    name: branchName(scenario.name, workspace.scenarios),
  } as const;
  if (reported(dispatchEdit(edit))) appEditor().showScenario(id);
}

/** Moves the scenario shown one place earlier (−1) or later (+1); nothing at either end. */
export function moveScenario(by: -1 | 1): void {
  const { workspace, scenario } = shown();
  const to = workspace.scenarios.indexOf(scenario) + by;
  if (to < 0 || to >= workspace.scenarios.length) return;
  reported(dispatchEdit({ type: 'moveScenario', scenarioId: scenario.id, toIndex: to }));
}

/** Renames the scenario shown; the refusal's sentence, or null when it was renamed. */
export function renameScenario(name: string): string | null {
  const { scenario } = shown();
  const result = dispatchEdit({ type: 'renameScenario', scenarioId: scenario.id, name });
  return result.ok ? null : plainRefusal(result.errors);
}

/**
 * Deletes the scenario shown and shows its neighbour (the next, or the previous for the last).
 * Returns what was deleted, for the "Deleted … Undo" notice, or null if it was refused.
 */
export function deleteScenario(): { readonly id: string; readonly name: string } | null {
  const { workspace, scenario } = shown();
  const index = workspace.scenarios.indexOf(scenario);
  if (!reported(dispatchEdit({ type: 'deleteScenario', scenarioId: scenario.id }))) return null;
  const neighbour = workspace.scenarios[index + 1] ?? workspace.scenarios[index - 1];
  if (neighbour) appEditor().showScenario(neighbour.id);
  return { id: scenario.id, name: scenario.name };
}

/**
 * Sets the shown planning year's allowance per head for the scenario shown or for all scenarios
 * (see capEdits), as one undo step.
 */
export function setCap(cap: number, scope: CapScope): boolean {
  const { workspace, scenario } = shown();
  const yearId = shownYearId(
    resolvedAssumptionsCached(workspace, scenario.id),
    useUiStore.getState().yearId,
  );
  if (yearId === undefined) return false;
  return reported(dispatchEdits(capEdits(workspace, scenario.id, cap, scope, yearId)));
}
