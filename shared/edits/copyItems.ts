/**
 * Copy: what a selection puts on the clipboard. Kept apart from paste so the clipboard is plain
 * data (records are immutable, so sharing them with the scenario is safe).
 */
import type { Arrangement, Node, Scenario } from '../model/workspace';
import type { Clipboard } from './edit';

/**
 * The selected nodes and arrangements of a scenario, in document order, plus every locality of
 * a selected CCG (a CCG card carries its localities, and without them its population would be
 * lost). Arrangements are copied only when selected themselves; unknown ids are ignored.
 */
export function copyItems(scenario: Scenario, ids: readonly string[]): Clipboard {
  const selected = new Set(ids);
  const ccgs = new Set<string>();
  for (const n of scenario.nodes) if (n.kind === 'ccg' && selected.has(n.id)) ccgs.add(n.id);
  const nodes: Node[] = scenario.nodes.filter(
    (n) => selected.has(n.id) || (n.kind === 'locality' && ccgs.has(n.ccgId)),
  );
  const arrangements: Arrangement[] = scenario.arrangements.filter((a) => selected.has(a.id));
  return { nodes, arrangements };
}
