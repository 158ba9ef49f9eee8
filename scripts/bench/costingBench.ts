/** The Node half of the benchmark: full costing of one scenario, timed over many runs. */
import { costScenario } from '../../shared/costing/costScenario';
import type { Workspace } from '../../shared/model/workspace';
import { median, percentile } from './stats';

export interface CostingFigures {
  readonly costingMedianMs: number;
  readonly costingP95Ms: number;
  readonly costingRuns: number;
  /**
   * The median CPU time of a run (process.cpuUsage): on a machine shared with other work the wall
   * clock also counts time spent waiting for a CPU; this does not, so the two together say
   * whether a slow figure is the engine or the machine.
   */
  readonly costingCpuMedianMs: number;
}

/**
 * Costs the workspace's first scenario `runs` times after `warmup` runs (so the JIT has settled)
 * and reports the median and 95th percentile. Each run costs from the document, with no cache.
 */
export function benchCosting(workspace: Workspace, runs: number, warmup: number): CostingFigures {
  const scenarioId = workspace.scenarios[0]?.id;
  if (!scenarioId) throw new Error('The workspace has no scenario to cost.');
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += costScenario(workspace, scenarioId).totals.total;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    sink += costScenario(workspace, scenarioId).totals.total;
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
  }
  // Uses the results, so no engine can skip the work as dead code.
  if (!Number.isFinite(sink)) throw new Error('Costing produced a non-finite total.');
  return {
    costingMedianMs: median(times),
    costingP95Ms: percentile(times, 95),
    costingRuns: runs,
    costingCpuMedianMs: median(cpu),
  };
}
