/**
 * Times costing at England scale with staffing structures and a transition against a baseline:
 * every CCG on the ready reckoner template with a finance team of its own, every pooled
 * arrangement with posts for each of its functions, and a branch whose baseline is the original.
 * Prints the median of a costing and of a costing with its transition (Node only).
 *   npx tsx scripts/bench/staffingTime.mts [--runs N]
 */
import { costScenario } from '../../shared/costing/costScenario';
import type { Workspace } from '../../shared/model/workspace';
import { scenarioTransition } from '../../shared/staffing/scenarioTransition';
import { checkedEnglandWithStructures } from './englandWithStructures';
import { median } from './stats';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 200;

const ws = checkedEnglandWithStructures();

/**
 * Median wall-clock and CPU milliseconds of `fn(setup())` over `runs` runs, after 20 to warm up;
 * `setup` runs outside the timing. On a machine shared with other work the wall clock also counts
 * time spent waiting for a CPU; CPU time does not.
 */
function time<T>(setup: () => T, fn: (input: T) => unknown): { wall: number; cpu: number } {
  for (let i = 0; i < 20; i++) fn(setup());
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = setup();
    const cpuStarted = process.cpuUsage();
    const s = performance.now();
    fn(input);
    wall.push(performance.now() - s);
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/**
 * A copy of the workspace whose structures are new objects, so a run finds none of them costed
 * before: the first costing after opening a file, rather than a recosting after an edit elsewhere.
 */
function freshStructures(): Workspace {
  return {
    ...ws,
    scenarios: ws.scenarios.map((s) => ({
      ...s,
      nodes: s.nodes.map((n) =>
        n.kind === 'ccg' && n.structure ? { ...n, structure: structuredClone(n.structure) } : n,
      ),
      arrangements: s.arrangements.map((a) =>
        a.structure ? { ...a, structure: structuredClone(a.structure) } : a,
      ),
    })),
  };
}

const show = (t: { wall: number; cpu: number }): string =>
  `median ${t.wall.toFixed(2)} ms (CPU ${t.cpu.toFixed(2)} ms)`;
const same = (): Workspace => ws;
const costing = time(same, (w) => costScenario(w, 'branch'));
const withTransition = time(same, (w) => scenarioTransition(w, 'branch'));
const coldCosting = time(freshStructures, (w) => costScenario(w, 'branch'));
const coldTransition = time(freshStructures, (w) => scenarioTransition(w, 'branch'));
// As the app works it out: from the results of both scenarios it has already costed (and cached).
const costed = new Map(ws.scenarios.map((s) => [s.id, costScenario(ws, s.id)]));
const fromCosted = time(same, (w) => scenarioTransition(w, 'branch', (_, id) => costed.get(id)!));
console.log(
  `England scale, ${ws.scenarios[1]!.nodes.filter((n) => n.kind === 'ccg').length} CCGs with structures, ${runs} runs:`,
);
console.log(
  `  costing a scenario: ${show(costing)}; structures not costed before: ${show(coldCosting)}`,
);
console.log(
  `  its transition (both scenarios costed): ${show(withTransition)}; structures not costed before: ${show(coldTransition)}`,
);
console.log(`  its transition from results already costed (as the app does): ${show(fromCosted)}`);
