import type { Scenario, Workspace } from '../../../shared/model/workspace';
import { useDocumentStore } from './documentStore';
import { useUiStore } from './uiStore';

/** The scenario to show: the selected one if the workspace has it, else the first. */
export function currentScenario(workspace: Workspace, scenarioId: string): Scenario {
  const scenario = workspace.scenarios.find((s) => s.id === scenarioId) ?? workspace.scenarios[0];
  // The schema requires at least one scenario, so this only fires on a corrupted document.
  if (!scenario) throw new Error(`Workspace "${workspace.name}" has no scenarios.`);
  return scenario;
}

/** The scenario shown on the canvas, from the document and session stores. */
export function useCurrentScenario(): Scenario {
  const workspace = useDocumentStore((s) => s.workspace);
  const scenarioId = useUiStore((s) => s.scenarioId);
  return currentScenario(workspace, scenarioId);
}
