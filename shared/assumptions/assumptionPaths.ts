/**
 * One assumption at a time, by the dotted paths of assumptionInfo ("core.perHead",
 * "models.csu.margin", "functions.bi.costPerHead", "years.2014-15.allowancePerHead"): read it, set
 * it in a set of assumptions, and set or reset it in a scenario's overrides (functions and years
 * matched by id). The one place paths are read and written: the assumptions editor's edits, the
 * workshop what-ifs, sensitivity and break-even, the exports and the scenario diff all use it.
 * Each setter returns its input unchanged when the value is already what was asked, so a no-op
 * commit is not an undo step.
 */
import type { AssumptionOverrides, Assumptions } from '../model/workspace';

type Tree = Readonly<Record<string, unknown>>;

/** A path into a list matched by id: "functions.<id>.<field>" or "years.<id>.<field>". */
interface ListPath {
  readonly list: 'functions' | 'years';
  readonly functionId: string;
  readonly field: 'costPerHead' | 'scaleElasticity' | 'allowancePerHead' | 'costIndex';
}

/** A list path, split; undefined for any other path. */
function functionPath(path: string): ListPath | undefined {
  const f = /^functions\.(.+)\.(costPerHead|scaleElasticity)$/.exec(path);
  if (f) return { list: 'functions', functionId: f[1] as string, field: f[2] as ListPath['field'] };
  const y = /^years\.(.+)\.(allowancePerHead|costIndex)$/.exec(path);
  if (y) return { list: 'years', functionId: y[1] as string, field: y[2] as ListPath['field'] };
  return undefined;
}

type ListEntry = { readonly id: string } & Readonly<Record<string, unknown>>;
const listOf = (
  tree:
    { readonly functions?: readonly unknown[]; readonly years?: readonly unknown[] } | undefined,
  fn: ListPath,
): readonly ListEntry[] => (tree?.[fn.list] ?? []) as readonly ListEntry[];
const fieldOf = (entry: ListEntry | undefined, fn: ListPath): number | undefined => {
  const v = entry?.[fn.field];
  return typeof v === 'number' ? v : undefined;
};

function readTree(tree: Tree | undefined, keys: readonly string[]): number | undefined {
  let v: unknown = tree;
  // Own fields only: a path step such as "constructor" must not find Object.prototype's.
  for (const k of keys)
    v = typeof v === 'object' && v !== null && Object.hasOwn(v, k) ? (v as Tree)[k] : undefined;
  return typeof v === 'number' ? v : undefined;
}

/**
 * The tree with the value at `keys` set (or removed, for null). Objects left empty are removed
 * (undefined), so resetting the last override of a group leaves no `{ csu: {} }` behind.
 */
function writeTree(
  tree: Tree | undefined,
  keys: readonly string[],
  value: number | null,
): Tree | undefined {
  const [key, ...rest] = keys;
  if (key === undefined) throw new Error('An assumption path cannot be empty');
  const current = tree !== undefined && Object.hasOwn(tree, key) ? tree[key] : undefined;
  const next =
    rest.length === 0 ? (value ?? undefined) : writeTree(current as Tree | undefined, rest, value);
  if (next === current) return tree;
  const entries = Object.entries(tree ?? {}).filter(([k]) => k !== key);
  if (next !== undefined) entries.push([key, next]);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The value of one assumption, or undefined if the path names nothing (an unknown function). */
export function assumptionValue(assumptions: Assumptions, path: string): number | undefined {
  const fn = functionPath(path);
  if (fn)
    return fieldOf(
      listOf(assumptions, fn).find((f) => f.id === fn.functionId),
      fn,
    );
  return readTree(assumptions as unknown as Tree, path.split('.'));
}

/**
 * Base assumptions with one value set. Throws for a path that names no assumption: paths come
 * from assumptionInfo, so that is a programming error, not something a user typed.
 */
export function withAssumptionValue(
  assumptions: Assumptions,
  path: string,
  value: number,
): Assumptions {
  if (assumptionValue(assumptions, path) === undefined)
    throw new Error(`No assumption at "${path}".`);
  const fn = functionPath(path);
  if (fn) {
    const list = listOf(assumptions, fn);
    const next = list.map((f) =>
      f.id === fn.functionId && f[fn.field] !== value ? { ...f, [fn.field]: value } : f,
    );
    return next.some((f, i) => f !== list[i]) ? { ...assumptions, [fn.list]: next } : assumptions;
  }
  return writeTree(
    assumptions as unknown as Tree,
    path.split('.'),
    value,
  ) as unknown as Assumptions;
}

/** The scenario's own value for one assumption, or undefined where it uses the workspace's. */
export function overrideValue(
  overrides: AssumptionOverrides | undefined,
  path: string,
): number | undefined {
  const fn = functionPath(path);
  if (fn)
    return fieldOf(
      listOf(overrides, fn).find((f) => f.id === fn.functionId),
      fn,
    );
  return readTree(overrides as Tree | undefined, path.split('.'));
}

/**
 * Overrides with one value set, or reset (null) so the scenario uses the workspace's value again.
 * Returns null when no override is left: the payload that removes assumptionOverrides altogether.
 */
export function withOverride(
  overrides: AssumptionOverrides | undefined,
  path: string,
  value: number | null,
): AssumptionOverrides | null {
  const fn = functionPath(path);
  let next: Tree | undefined;
  if (fn) {
    const list = listOf(overrides, fn);
    const at = list.findIndex((f) => f.id === fn.functionId);
    const old = list[at] ?? { id: fn.functionId };
    const entry = writeTree(old, [fn.field], value);
    if (entry === old) return overrides ?? null;
    // An entry with nothing but its id overrides nothing, so it goes.
    const keep =
      entry !== undefined && Object.keys(entry).some((k) => k !== 'id')
        ? (entry as typeof old)
        : undefined;
    const entries =
      keep === undefined
        ? list.filter((_, i) => i !== at)
        : at < 0
          ? [...list, keep]
          : list.map((f, i) => (i === at ? keep : f));
    const rest = writeTree(overrides as Tree | undefined, [fn.list], null);
    next = entries.length > 0 ? { ...rest, [fn.list]: entries } : rest;
  } else {
    next = writeTree(overrides as Tree | undefined, path.split('.'), value);
  }
  if (next === undefined) return null;
  return next === overrides ? overrides : (next as AssumptionOverrides);
}

/** Every path a scenario overrides, in the order of `paths` (the editor's display order). */
export function overriddenPaths(
  overrides: AssumptionOverrides | undefined,
  paths: readonly string[],
): readonly string[] {
  return paths.filter((p) => overrideValue(overrides, p) !== undefined);
}
