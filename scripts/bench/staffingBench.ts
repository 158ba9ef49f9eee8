/**
 * Costing at England scale with staffing structures and a transition, as the app does it: cost the
 * scenario (every CCG on a staffing structure, pooled arrangements with posts), then its
 * transition from the results of both scenarios already costed. `staffingTime.mts` breaks the
 * same work down further (cold structures, transition costing both scenarios again).
 */
import { costScenario } from '../../shared/costing/costScenario';
import { scenarioTransition } from '../../shared/staffing/scenarioTransition';
import { checkedEnglandWithStructures } from './englandWithStructures';
import { median } from './stats';

export interface StaffingFigures {
  /** Median of costing the branch scenario and then its transition from costed results. */
  readonly staffingCostingMedianMs: number;
  readonly staffingCostingCpuMedianMs: number;
}

export const STAFFING_BUDGET_MS = 5;

export function benchStaffing(runs: number, warmup: number): StaffingFigures {
  const ws = checkedEnglandWithStructures();
  const baseline = costScenario(ws, ws.scenarios[0]!.id);
  const run = (): void => {
    const branch = costScenario(ws, 'branch');
    scenarioTransition(ws, 'branch', (_, id) => (id === 'branch' ? branch : baseline));
  };
  for (let i = 0; i < warmup; i++) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    run();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
  }
  return { staffingCostingMedianMs: median(wall), staffingCostingCpuMedianMs: median(cpu) };
}
