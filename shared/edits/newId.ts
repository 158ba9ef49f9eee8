/**
 * Readable ids for new records: `ccg-1`, `ccg-2`… People see ids in files and in validation
 * messages, so they should be short and say what they are; nothing here needs randomness.
 */
import type { Node, Scenario } from '../model/workspace';
import type { Clipboard } from './edit';

/** `${prefix}-n` for the smallest n ≥ 1 not in `taken`. */
export function newId(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** The id prefix used for a new node of each kind (a CSU is `csu-n`, any other provider `provider-n`), as the palette uses. */
export function idPrefixFor(node: Node): string {
  switch (node.kind) {
    case 'cluster':
      return 'cluster';
    case 'ccg':
      return 'ccg';
    case 'locality':
      return 'locality';
    case 'localAuthority':
      return 'la';
    case 'provider':
      return node.providerType === 'csu' ? 'csu' : 'provider';
  }
}

/**
 * The newIds map of a paste edit: each clipboard item keeps its own id where that id is free in
 * the target scenario (pasting into another scenario then keeps ids, and comparing scenarios
 * matches organisations by id), and otherwise gets the first free readable id of its kind.
 */
export function newIdsFor(clipboard: Clipboard, scenario: Scenario): Record<string, string> {
  const taken = new Set<string>([
    ...scenario.nodes.map((n) => n.id),
    ...scenario.arrangements.map((a) => a.id),
  ]);
  const items: { readonly id: string; readonly prefix: string }[] = [
    ...clipboard.nodes.map((n) => ({ id: n.id, prefix: idPrefixFor(n) })),
    ...clipboard.arrangements.map((a) => ({ id: a.id, prefix: 'arr' })),
  ];
  // A Map, turned into a record at the end, so an id such as "__proto__" is just an id.
  const result = new Map<string, string>();
  // Two passes: ids that can be kept are claimed first, so a generated id never takes one of them.
  for (const item of items) {
    if (!taken.has(item.id)) {
      result.set(item.id, item.id);
      taken.add(item.id);
    }
  }
  for (const item of items) {
    if (result.has(item.id)) continue;
    const id = newId(item.prefix, taken);
    result.set(item.id, id);
    taken.add(id);
  }
  return Object.fromEntries(result);
}
