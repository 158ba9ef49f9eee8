/**
 * paste: copied nodes and arrangements, given fresh ids and offset, added to a scenario — the
 * same scenario they came from or another one.
 */
import { effectiveMembers } from '../model/scenarioIndex';
import type { Arrangement, Node, Scenario } from '../model/workspace';
import type { Clipboard } from './edit';
import { accept, refuse, withoutField, type ScenarioOutcome } from './scenarioEdit';

/**
 * Pastes a clipboard into a scenario. Every clipboard id must map (newIds) to an id that is not
 * used in the scenario and not given to another pasted item. Positions move by (dx, dy).
 * A reference to something also on the clipboard points at its copy; a reference to something
 * else is kept if the scenario has an organisation of the right kind with that id (so pasting a
 * CCG into its own scenario keeps its cluster), and otherwise dropped, never invented: a missing
 * member leaves the members, a missing cluster is cleared, a locality whose CCG is missing is
 * not pasted, and an arrangement whose host, local authority or provider is missing — or that
 * is left with no members — is not pasted. The caller validates the result.
 */
export function pasteClipboard(
  scenario: Scenario,
  clipboard: Clipboard,
  dx: number,
  dy: number,
  newIds: Readonly<Record<string, string>>,
): ScenarioOutcome {
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) {
    return refuse(
      `Cannot paste with an offset of (${dx}, ${dy}): an offset must be finite numbers`,
    );
  }
  if (clipboard.nodes.length === 0 && clipboard.arrangements.length === 0) return accept(scenario);

  const existing = new Map<string, Node['kind'] | 'arrangement'>();
  for (const n of scenario.nodes) existing.set(n.id, n.kind);
  for (const a of scenario.arrangements) existing.set(a.id, 'arrangement');

  const errors: string[] = [];
  const copied = new Map<string, Node['kind'] | 'arrangement'>(); // old id → kind, on the clipboard
  for (const n of clipboard.nodes) copied.set(n.id, n.kind);
  for (const a of clipboard.arrangements) copied.set(a.id, 'arrangement');
  const given = new Set<string>();
  const items: readonly { readonly id: string; readonly name: string }[] = [
    ...clipboard.nodes,
    ...clipboard.arrangements,
  ];
  for (const item of items) {
    const to = Object.prototype.hasOwnProperty.call(newIds, item.id) ? newIds[item.id] : undefined;
    if (to === undefined || to.trim() === '')
      errors.push(`Cannot paste "${item.name}": it has no new id`);
    else if (existing.has(to))
      errors.push(
        `Cannot paste "${item.name}" as "${to}": that id is already used in scenario "${scenario.name}"`,
      );
    else if (given.has(to))
      errors.push(
        `Cannot paste "${item.name}" as "${to}": that new id is given to another pasted item too`,
      );
    else given.add(to);
  }
  if (errors.length > 0) return refuse(...errors);

  const idOf = (oldId: string): string => newIds[oldId] as string;
  /** Where a reference to a `kind` should point after pasting, or undefined if nowhere. */
  const resolve = (id: string, kind: Node['kind']): string | undefined => {
    if (copied.get(id) === kind) return idOf(id);
    if (existing.get(id) === kind) return id;
    return undefined;
  };

  const nodes: Node[] = [];
  for (const n of clipboard.nodes) {
    const pasted = pasteNode(n, idOf(n.id), dx, dy, resolve);
    if (pasted) nodes.push(pasted);
  }
  const arrangements: Arrangement[] = [];
  for (const a of clipboard.arrangements) {
    const pasted = pasteArrangement(a, idOf(a.id), dx, dy, resolve);
    if (pasted) arrangements.push(pasted);
  }
  // Everything may have been dropped (a locality whose CCG is not here): then nothing changed.
  if (nodes.length === 0 && arrangements.length === 0) return accept(scenario);
  return accept({
    ...scenario,
    nodes: nodes.length > 0 ? [...scenario.nodes, ...nodes] : scenario.nodes,
    arrangements:
      arrangements.length > 0 ? [...scenario.arrangements, ...arrangements] : scenario.arrangements,
  });
}

type Resolve = (id: string, kind: Node['kind']) => string | undefined;

function pasteNode(
  n: Node,
  id: string,
  dx: number,
  dy: number,
  resolve: Resolve,
): Node | undefined {
  switch (n.kind) {
    case 'locality': {
      const ccgId = resolve(n.ccgId, 'ccg');
      if (ccgId === undefined) return undefined;
      // A locality's position is optional: only a locality that had one gets a moved one.
      return {
        ...n,
        id,
        ccgId,
        ...(n.x !== undefined ? { x: n.x + dx } : {}),
        ...(n.y !== undefined ? { y: n.y + dy } : {}),
      };
    }
    case 'ccg': {
      const moved = { ...n, id, x: n.x + dx, y: n.y + dy };
      if (n.clusterId === undefined) return moved;
      const clusterId = resolve(n.clusterId, 'cluster');
      return clusterId === undefined ? withoutField(moved, 'clusterId') : { ...moved, clusterId };
    }
    default:
      return { ...n, id, x: n.x + dx, y: n.y + dy };
  }
}

function pasteArrangement(
  a: Arrangement,
  id: string,
  dx: number,
  dy: number,
  resolve: Resolve,
): Arrangement | undefined {
  const refs: { field: 'hostCcgId' | 'laId' | 'providerId'; kind: Node['kind'] }[] = [
    { field: 'hostCcgId', kind: 'ccg' },
    { field: 'laId', kind: 'localAuthority' },
    { field: 'providerId', kind: 'provider' },
  ];
  let pasted: Arrangement = { ...a, id };
  for (const { field, kind } of refs) {
    const ref = a[field];
    if (ref === undefined) continue;
    const to = resolve(ref, kind);
    // Without its host, local authority or provider an arrangement cannot be costed: leave it out.
    if (to === undefined) return undefined;
    pasted = { ...pasted, [field]: to };
  }
  const members = [
    ...new Set(a.members.map((m) => resolve(m, 'ccg')).filter((m): m is string => m !== undefined)),
  ];
  pasted = { ...pasted, members };
  if (a.x !== undefined) pasted = { ...pasted, x: a.x + dx };
  if (a.y !== undefined) pasted = { ...pasted, y: a.y + dy };
  return effectiveMembers(pasted).length === 0 ? undefined : pasted;
}
