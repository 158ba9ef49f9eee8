/**
 * The England, synthetic workspace with staffing structures and a transition to cost: every CCG
 * on the ready reckoner template with a finance team of its own, every pooled arrangement with
 * posts for each of its functions, and a scenario "branch" whose baseline is the original.
 */
import type { Arrangement, Node, Workspace } from '../../shared/model/workspace';
import { englandSample } from '../../shared/samples/england/englandSample';
import { validateWorkspace } from '../../shared/schema/validateWorkspace';
import { READY_RECKONER_175K } from '../../shared/staffing/structureTemplates';

export function englandWithStructures(): Workspace {
  const ws = englandSample();
  const s = ws.scenarios[0]!;
  const nodes = s.nodes.map((n): Node =>
    n.kind !== 'ccg'
      ? n
      : {
          ...n,
          structure: {
            posts: [
              ...READY_RECKONER_175K.posts,
              { id: 'fin-1', title: 'Finance team', band: '6', wte: 3, heading: 'finance' },
            ],
          },
        },
  );
  const arrangements = s.arrangements.map((a): Arrangement =>
    ['shared-service', 'host-ccg', 'la-partnership'].includes(a.model)
      ? {
          ...a,
          structure: {
            posts: a.functions.map((f, i) => ({
              id: `p${i}`,
              title: `${f} team`,
              band: '7',
              wte: 4,
              heading: f,
            })),
          },
        }
      : a,
  );
  const base = { ...s, nodes, arrangements };
  // The branch drops every other arrangement: new in-house work, exits and redundancies to count.
  const branch = {
    ...base,
    id: 'branch',
    name: 'Branch',
    baselineScenarioId: base.id,
    arrangements: arrangements.filter((_, i) => i % 2 === 0),
  };
  return { ...ws, scenarios: [base, branch] };
}

/** englandWithStructures(), validated as a file would be. */
export function checkedEnglandWithStructures(): Workspace {
  const checked = validateWorkspace(englandWithStructures());
  if (!checked.ok) throw new Error(checked.errors.slice(0, 5).join('\n'));
  return checked.workspace;
}
