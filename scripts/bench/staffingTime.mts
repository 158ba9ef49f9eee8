/**
 * Times costing at England scale with staffing structures and a transition against a baseline:
 * every CCG on the ready reckoner template with a finance team of its own, every pooled
 * arrangement with posts for each of its functions, and a branch whose baseline is the original.
 * Prints the median of a costing and of a costing with its transition (Node only).
 *   npx tsx scripts/bench/staffingTime.mts [--runs N]
 */
import { costScenario } from '../../shared/costing/costScenario';
import type { Arrangement, Node, Workspace } from '../../shared/model/workspace';
import { englandSample } from '../../shared/samples/england/englandSample';
import { scenarioTransition } from '../../shared/staffing/scenarioTransition';
import { READY_RECKONER_175K } from '../../shared/staffing/structureTemplates';
import { validateWorkspace } from '../../shared/schema/validateWorkspace';
import { median } from './stats';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 200;

function withStructures(ws: Workspace): Workspace {
  const s = ws.scenarios[0]!;
  const nodes = s.nodes.map((n): Node => (n.kind !== 'ccg' ? n : {
    ...n,
    structure: { posts: [...READY_RECKONER_175K.posts, { id: 'fin-1', title: 'Finance team', band: '6', wte: 3, heading: 'finance' }] },
  }));
  const arrangements = s.arrangements.map((a): Arrangement => (['shared-service', 'host-ccg', 'la-partnership'].includes(a.model)
    ? { ...a, structure: { posts: a.functions.map((f, i) => ({ id: `p${i}`, title: `${f} team`, band: '7', wte: 4, heading: f })) } }
    : a));
  const base = { ...s, nodes, arrangements };
  // The branch drops every other arrangement: new in-house work, exits and redundancies to count.
  const branch = { ...base, id: 'branch', name: 'Branch', baselineScenarioId: base.id, arrangements: arrangements.filter((_, i) => i % 2 === 0) };
  return { ...ws, scenarios: [base, branch] };
}

const checked = validateWorkspace(withStructures(englandSample()));
if (!checked.ok) throw new Error(checked.errors.slice(0, 5).join('\n'));
const ws = checked.workspace;

function time(fn: () => unknown): number {
  for (let i = 0; i < 20; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  return median(t);
}

const costing = time(() => costScenario(ws, 'branch'));
const withTransition = time(() => scenarioTransition(ws, 'branch'));
console.log(`England scale, ${ws.scenarios[1]!.nodes.filter((n) => n.kind === 'ccg').length} CCGs with structures, ${runs} runs:`);
console.log(`  costing a scenario: median ${costing.toFixed(2)} ms`);
console.log(`  its transition (both scenarios costed): median ${withTransition.toFixed(2)} ms`);
