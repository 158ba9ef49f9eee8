import type { ScenarioResult } from '../../../shared/costing/results';
import type { Scenario } from '../../../shared/model/workspace';
import { costScenarioCached } from '../state/costScenarioCached';
import { useDocumentStore } from '../state/documentStore';
import { useUiStore } from '../state/uiStore';
import { currentScenario } from '../state/useCurrentScenario';
import { buildScene, type Scene } from './buildScene';

// One scene per (scenario object, result object): documents are immutable, so identity says
// whether anything changed, and the canvas and the keyboard commands share one layout.
const scenes = new WeakMap<Scenario, { result: ScenarioResult; scene: Scene }>();

/** buildScene, memoised on its inputs' identity. */
export function sceneOf(scenario: Scenario, result: ScenarioResult): Scene {
  const hit = scenes.get(scenario);
  if (hit && hit.result === result) return hit.scene;
  const scene = buildScene(scenario, result);
  scenes.set(scenario, { result, scene });
  return scene;
}

/** The shown scenario and its scene, read from the stores now (for commands outside React). */
export function currentSceneNow(): { scenario: Scenario; scene: Scene } {
  const { workspace } = useDocumentStore.getState();
  const { scenarioId, yearId } = useUiStore.getState();
  const scenario = currentScenario(workspace, scenarioId);
  return { scenario, scene: sceneOf(scenario, costScenarioCached(workspace, scenario.id, yearId)) };
}
