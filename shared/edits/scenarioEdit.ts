/**
 * Building blocks shared by the edit implementations: the outcome of changing one scenario,
 * refusal sentences that name things the way the validator does, and list helpers that keep
 * identity when nothing changed. Identity matters: the renderer memoises on it, and applyEdit
 * reports "nothing changed" by returning the very workspace it was given.
 */
import type { Node, Scenario, Workspace } from '../model/workspace';

/** What an edit did to its scenario: a new (or the same) scenario, or refused with sentences. */
export type ScenarioOutcome =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly errors: readonly string[] };

/** What an edit implementation may look at besides the scenario it changes. */
export interface EditContext {
  readonly workspace: Workspace;
  readonly scenario: Scenario;
}

/** A refusal with these sentences. */
export function refuse(...errors: string[]): ScenarioOutcome {
  return { ok: false, errors };
}

/** An accepted change. */
export function accept(scenario: Scenario): ScenarioOutcome {
  return { ok: true, scenario };
}

/** The words users say for each kind of node (STYLE.md: domain words exactly). */
export const KIND_WORDS: Readonly<Record<Node['kind'], string>> = {
  cluster: 'cluster',
  ccg: 'CCG',
  locality: 'locality',
  localAuthority: 'local authority',
  provider: 'provider',
};

/** `scenario "Option B"`: the start of a located message, as the validator writes it. */
export function scenarioWhere(scenario: Scenario): string {
  return `scenario "${scenario.name}"`;
}

/** `scenario "Option B" › CCG "Ashby CCG"`: where a node is, as the validator writes it. */
export function nodeWhere(scenario: Scenario, node: Node): string {
  return `${scenarioWhere(scenario)} › ${KIND_WORDS[node.kind]} "${node.name}"`;
}

/** `CCG "x" does not exist in scenario "Option B"`: the sentence for a reference to nothing. */
export function doesNotExist(what: string, id: string, scenario: Scenario): string {
  return `${what.charAt(0).toUpperCase()}${what.slice(1)} "${id}" does not exist in scenario "${scenario.name}"`;
}

/** A node by id that must be of one kind: the node, or the sentence saying why not. */
export function nodeOfKind<K extends Node['kind']>(
  scenario: Scenario,
  id: string,
  kind: K,
): { readonly node: Extract<Node, { kind: K }> } | { readonly error: string } {
  const node = scenario.nodes.find((n) => n.id === id);
  if (!node) return { error: doesNotExist(KIND_WORDS[kind], id, scenario) };
  if (node.kind !== kind) {
    return {
      error: `"${node.name}" is a ${KIND_WORDS[node.kind]}, not a ${KIND_WORDS[kind]} (scenario "${scenario.name}")`,
    };
  }
  return { node: node as Extract<Node, { kind: K }> };
}

/** The list with one item replaced; the same list if the item is the one already there. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): readonly T[] {
  if (list[index] === item) return list;
  const next = list.slice();
  next[index] = item;
  return next;
}

/** Maps a list, returning the original list when every item came back unchanged (identity). */
export function mapKeep<T>(list: readonly T[], fn: (item: T) => T): readonly T[] {
  let next: T[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as T;
    const mapped = fn(item);
    if (next) next.push(mapped);
    else if (mapped !== item) {
      next = list.slice(0, i);
      next.push(mapped);
    }
  }
  return next ?? list;
}

/** Filters and maps a list in one pass (undefined drops an item); the original list if nothing changed. */
export function filterMapKeep<T>(list: readonly T[], fn: (item: T) => T | undefined): readonly T[] {
  let next: T[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as T;
    const mapped = fn(item);
    if (next) {
      if (mapped !== undefined) next.push(mapped);
    } else if (mapped !== item) {
      next = list.slice(0, i);
      if (mapped !== undefined) next.push(mapped);
    }
  }
  return next ?? list;
}

/**
 * A record with a patch laid over it: `null` removes a field, `undefined` leaves it alone.
 * Returns the same record when the patch changes nothing, so a no-op edit is not an undo step.
 * Built with Object.fromEntries so a key such as "__proto__" becomes a plain (and, to the
 * validator, unknown) field instead of changing the object's prototype.
 */
export function mergePatch<T extends object>(
  record: T,
  patch: Readonly<Record<string, unknown>>,
): T {
  const fields = new Map<string, unknown>(Object.entries(record));
  let changed = false;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) {
      if (fields.delete(key)) changed = true;
    } else if (!fields.has(key) || fields.get(key) !== value) {
      fields.set(key, value);
      changed = true;
    }
  }
  return changed ? (Object.fromEntries(fields) as T) : record;
}

/** A copy of the record without one field (records are readonly, so never `delete`). */
export function withoutField<T extends object, K extends keyof T>(record: T, key: K): Omit<T, K> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}
