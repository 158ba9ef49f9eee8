import type { Assumptions } from '../model/workspace';

/**
 * A copy of the assumptions with one value replaced, by its info path ("core.fixedPerCcg",
 * "models.csu.margin", "functions.bi.costPerHead", "years.2014-15.allowancePerHead"). Throws on a path that names no number, so
 * a typo cannot silently leave the assumptions unchanged.
 */
export function withAssumption(a: Assumptions, path: string, value: number): Assumptions {
  const year = /^years\.(.+)\.(allowancePerHead|costIndex)$/.exec(path);
  if (year) {
    const [, id, field] = year;
    if (!a.years.some((y) => y.id === id)) throw new Error(`No assumption at "${path}".`);
    return { ...a, years: a.years.map((y) => (y.id === id ? { ...y, [field as string]: value } : y)) };
  }
  const parts = path.split('.');
  if (parts[0] === 'functions' && parts.length === 3) {
    const [, id, field] = parts;
    if ((field !== 'costPerHead' && field !== 'scaleElasticity') || !a.functions.some((f) => f.id === id)) {
      throw new Error(`No assumption at "${path}".`);
    }
    return { ...a, functions: a.functions.map((f) => (f.id === id ? { ...f, [field]: value } : f)) };
  }
  return setIn(a, parts, value, path) as Assumptions;
}

// Walks plain nested objects, copying each level on the way down.
function setIn(at: unknown, parts: readonly string[], value: number, path: string): unknown {
  const [head, ...rest] = parts;
  if (head === undefined || at === null || typeof at !== 'object' || !Object.hasOwn(at, head)) throw new Error(`No assumption at "${path}".`);
  const record = at as Record<string, unknown>;
  if (rest.length === 0) {
    if (typeof record[head] !== 'number') throw new Error(`No assumption at "${path}".`);
    return { ...record, [head]: value };
  }
  return { ...record, [head]: setIn(record[head], rest, value, path) };
}
