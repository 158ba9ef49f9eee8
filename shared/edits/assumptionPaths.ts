/**
 * One assumption at a time, by the dotted paths of assumptionInfo ("capPerHead", "core.perHead",
 * "models.csu.margin", "functions.bi.costPerHead"): read it, set it in the base assumptions, and
 * set or reset it in a scenario's overrides (functions matched by id, DESIGN.md §5). These build
 * the payloads of setWorkspaceAssumptions and setAssumptionOverrides; each returns its input
 * unchanged when the value is already what was asked, so a no-op commit is not an undo step.
 */
import type { AssumptionOverrides, Assumptions } from '../model/workspace';

type Tree = Readonly<Record<string, unknown>>;

interface FunctionPath {
  readonly functionId: string;
  readonly field: 'costPerHead' | 'scaleElasticity';
}

/** A "functions.<id>.<field>" path, split; undefined for any other path. */
function functionPath(path: string): FunctionPath | undefined {
  const m = /^functions\.(.+)\.(costPerHead|scaleElasticity)$/.exec(path);
  return m ? { functionId: m[1] as string, field: m[2] as FunctionPath['field'] } : undefined;
}

function readTree(tree: Tree | undefined, keys: readonly string[]): number | undefined {
  let v: unknown = tree;
  // Own fields only: a path step such as "constructor" must not find Object.prototype's.
  for (const k of keys) v = typeof v === 'object' && v !== null && Object.hasOwn(v, k) ? (v as Tree)[k] : undefined;
  return typeof v === 'number' ? v : undefined;
}

/**
 * The tree with the value at `keys` set (or removed, for null). Objects left empty are removed
 * (undefined), so resetting the last override of a group leaves no `{ csu: {} }` behind.
 */
function writeTree(tree: Tree | undefined, keys: readonly string[], value: number | null): Tree | undefined {
  const [key, ...rest] = keys;
  if (key === undefined) throw new Error('An assumption path cannot be empty');
  const current = tree !== undefined && Object.hasOwn(tree, key) ? tree[key] : undefined;
  const next = rest.length === 0 ? (value ?? undefined) : writeTree(current as Tree | undefined, rest, value);
  if (next === current) return tree;
  const entries = Object.entries(tree ?? {}).filter(([k]) => k !== key);
  if (next !== undefined) entries.push([key, next]);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The value of one assumption, or undefined if the path names nothing (an unknown function). */
export function assumptionValue(assumptions: Assumptions, path: string): number | undefined {
  const fn = functionPath(path);
  if (fn) return assumptions.functions.find((f) => f.id === fn.functionId)?.[fn.field];
  return readTree(assumptions as unknown as Tree, path.split('.'));
}

/**
 * Base assumptions with one value set. Throws for a path that names no assumption: paths come
 * from assumptionInfo, so that is a programming error, not something a user typed.
 */
export function withAssumptionValue(assumptions: Assumptions, path: string, value: number): Assumptions {
  if (assumptionValue(assumptions, path) === undefined) throw new Error(`No assumption at "${path}"`);
  const fn = functionPath(path);
  if (fn) {
    const functions = assumptions.functions.map((f) => (f.id === fn.functionId && f[fn.field] !== value ? { ...f, [fn.field]: value } : f));
    return functions.some((f, i) => f !== assumptions.functions[i]) ? { ...assumptions, functions } : assumptions;
  }
  return writeTree(assumptions as unknown as Tree, path.split('.'), value) as unknown as Assumptions;
}

/** The scenario's own value for one assumption, or undefined where it uses the workspace's. */
export function overrideValue(overrides: AssumptionOverrides | undefined, path: string): number | undefined {
  const fn = functionPath(path);
  if (fn) return overrides?.functions?.find((f) => f.id === fn.functionId)?.[fn.field];
  return readTree(overrides as Tree | undefined, path.split('.'));
}

/**
 * Overrides with one value set, or reset (null) so the scenario uses the workspace's value again.
 * Returns null when no override is left: the payload that removes assumptionOverrides altogether.
 */
export function withOverride(overrides: AssumptionOverrides | undefined, path: string, value: number | null): AssumptionOverrides | null {
  const fn = functionPath(path);
  let next: Tree | undefined;
  if (fn) {
    const list = overrides?.functions ?? [];
    const at = list.findIndex((f) => f.id === fn.functionId);
    const old = list[at] ?? { id: fn.functionId };
    const entry = writeTree(old, [fn.field], value);
    if (entry === old) return overrides ?? null;
    // An entry with nothing but its id overrides nothing, so it goes.
    const keep = entry !== undefined && Object.keys(entry).some((k) => k !== 'id') ? (entry as typeof old) : undefined;
    const functions = keep === undefined ? list.filter((_, i) => i !== at)
      : at < 0 ? [...list, keep] : list.map((f, i) => (i === at ? keep : f));
    const rest = writeTree(overrides as Tree | undefined, ['functions'], null);
    next = functions.length > 0 ? { ...rest, functions } : rest;
  } else {
    next = writeTree(overrides as Tree | undefined, path.split('.'), value);
  }
  if (next === undefined) return null;
  return next === overrides ? overrides : (next as AssumptionOverrides);
}

/** Every path a scenario overrides, in the order of `paths` (the editor's display order). */
export function overriddenPaths(overrides: AssumptionOverrides | undefined, paths: readonly string[]): readonly string[] {
  return paths.filter((p) => overrideValue(overrides, p) !== undefined);
}
