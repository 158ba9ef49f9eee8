/**
 * One-off transition costs of a scenario against its baseline, from the engine's own results:
 * which functions each CCG did in-house (and from how many posts), the arrangements of each
 * scenario, and each CCG's running cost in every planning year.
 */
import { resolveAssumptions } from '../assumptions/resolveAssumptions';
import { costScenario } from '../costing/costScenario';
import type { ScenarioResult } from '../costing/results';
import { effectiveMembers } from '../model/scenarioIndex';
import type { Scenario, Workspace } from '../model/workspace';
import { transitionOf } from './resolveStaffing';
import {
  transitionCosts,
  type InHouseFunction,
  type ScenarioSnapshot,
  type TransitionResult,
} from './transitionCosts';

export interface ScenarioTransition extends TransitionResult {
  readonly baselineScenarioId: string;
}

/** What the transition needs from a costed scenario. */
export function snapshotOf(scenario: Scenario, result: ScenarioResult): ScenarioSnapshot {
  return {
    yearIds: result.years.map((y) => y.id),
    arrangements: scenario.arrangements.map((a) => ({
      id: a.id,
      name: a.name,
      members: effectiveMembers(a),
    })),
    ccgs: result.ccgs.map((c, i) => {
      const inHouse = new Map<string, InHouseFunction>();
      // for…in, not Object.entries: the record has no prototype, and no array of pairs is made.
      for (const fid in c.functions) {
        const fc = c.functions[fid]!;
        if (fc.mode !== 'in-house') continue;
        // The cost in the first planning year; a function costed from posts counts its posts' WTE.
        inHouse.set(
          fid,
          fc.source === 'structure'
            ? { cost: fc.cost, structureWte: fc.wte ?? 0 }
            : { cost: fc.cost },
        );
      }
      const running = new Map<string, number>();
      for (const y of result.years) running.set(y.id, y.ccgs[i]?.running ?? 0);
      return { id: c.id, name: c.name, population: c.population, inHouse, running };
    }),
  };
}

/**
 * The transition of scenario `scenarioId` from its baseline, or null when it has none. `cost`
 * lets a caller reuse results it has already worked out (the renderer caches them).
 */
export function scenarioTransition(
  workspace: Workspace,
  scenarioId: string,
  cost: (workspace: Workspace, scenarioId: string) => ScenarioResult = costScenario,
): ScenarioTransition | null {
  const scenario = workspace.scenarios.find((s) => s.id === scenarioId);
  const baselineId = scenario?.baselineScenarioId;
  const baseline =
    baselineId === undefined ? undefined : workspace.scenarios.find((s) => s.id === baselineId);
  if (!scenario || !baseline || baseline === scenario) return null;
  const t = transitionOf(resolveAssumptions(workspace.assumptions, scenario.assumptionOverrides));
  const result = transitionCosts(
    snapshotOf(baseline, cost(workspace, baseline.id)),
    snapshotOf(scenario, cost(workspace, scenario.id)),
    t,
  );
  return { baselineScenarioId: baseline.id, ...result };
}
