/**
 * Migrations of the `.ccgm` workspace file. MIGRATIONS[n] upgrades a version-n document to n+1
 * and must keep every field (rename or move, never drop). migrateWorkspace stamps the new
 * version after each step. A new version means bumping WORKSPACE_VERSION and adding a step here.
 */
import { DEFAULT_YEARS } from '../assumptions/defaultAssumptions';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION } from '../model/workspace';

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
export type MigrationRegistry = Readonly<Record<number, Migration>>;

export const MIGRATIONS: MigrationRegistry = {
  // v1 → v2 adds optional workshop slides: a v1 document gains no data and keeps every field.
  1: (doc) => ({ ...doc }),
  // v2 → v3 replaces the single cap by planning years and classes every function as running cost.
  2: migrateCapToYears,
  // v3 → v4 adds optional staffing structures, baselines and staffing/transition assumptions
  // (their defaults apply when assumptions are resolved): a v3 document gains no data.
  3: (doc) => ({ ...doc }),
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Rounds to the penny, as the allowance per head is published. */
const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The default years' allowance per head scaled to a cap c: round2(c × default / 25), so £25 gives the defaults. */
function yearsForCap(cap: number): { id: string; allowancePerHead: number }[] {
  return DEFAULT_YEARS.map((y) => ({
    id: y.id,
    allowancePerHead: round2((cap * y.allowancePerHead) / 25),
  }));
}

/**
 * Replaces the key `from` of an object by `to` in the same place, so a migrated file reads in the
 * same order as the original.
 */
function replaceKey(obj: Json, from: string, to: string, value: unknown): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k === from) out[to] = value;
    else out[k] = v;
  }
  return out;
}

/**
 * A cap c becomes the default years with allowancePerHead round2(c × default_y / 25) and the
 * default cost indices; a scenario's cap override becomes a years override the same way; every
 * function gains runningCost: true. Anything not in the expected shape is left for the validator
 * to report in the file's own words.
 */
function migrateCapToYears(doc: Json): Json {
  const out: Json = { ...doc };
  const a = doc.assumptions;
  if (isObject(a)) {
    let assumptions: Json = a;
    if (typeof a.capPerHead === 'number') {
      const years = DEFAULT_YEARS.map((y, i) => ({
        ...y,
        allowancePerHead: yearsForCap(a.capPerHead as number)[i]!.allowancePerHead,
      }));
      assumptions = replaceKey(a, 'capPerHead', 'years', years);
    }
    if (Array.isArray(a.functions)) {
      assumptions = {
        ...assumptions,
        functions: a.functions.map((f: unknown) =>
          isObject(f) && !('runningCost' in f) ? { ...f, runningCost: true } : f,
        ),
      };
    }
    out.assumptions = assumptions;
  }
  if (Array.isArray(doc.scenarios)) {
    out.scenarios = doc.scenarios.map((s: unknown) => {
      if (!isObject(s) || !isObject(s.assumptionOverrides)) return s;
      const o = s.assumptionOverrides;
      if (typeof o.capPerHead !== 'number') return s;
      return {
        ...s,
        assumptionOverrides: replaceKey(o, 'capPerHead', 'years', yearsForCap(o.capPerHead)),
      };
    });
  }
  return out;
}

export type MigrationResult =
  | { readonly ok: true; readonly document: Record<string, unknown>; readonly fromVersion: number }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * A short description of a value from a file, for a message. Never JSON.stringify the value
 * whole: a deeply nested one overflows the stack and a huge string would flood the message.
 */
function briefly(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}

/** Brings a parsed document up to `targetVersion`, step by step through the registry. */
export function migrateWorkspace(
  input: unknown,
  registry: MigrationRegistry = MIGRATIONS,
  targetVersion: number = WORKSPACE_VERSION,
): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      errors: ['file: expected a workspace object ({ "format": "ccg-modeller/workspace", … })'],
    };
  }
  const doc = input as Record<string, unknown>;
  if (doc.format !== WORKSPACE_FORMAT) {
    return {
      ok: false,
      errors: [
        `file: format must be "${WORKSPACE_FORMAT}"${doc.format === undefined ? ' (the field is missing)' : `, not ${briefly(doc.format)}`}; this is not a CCG Modeller workspace`,
      ],
    };
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      errors: [
        `file: version must be a whole number from 1, not ${version === undefined ? 'missing' : briefly(version)}`,
      ],
    };
  }
  if (version > targetVersion) {
    return {
      ok: false,
      errors: [
        `file: written by a newer CCG Modeller (file format version ${version}); this version reads up to version ${targetVersion}. Update the app to open it.`,
      ],
    };
  }
  let current = doc;
  for (let v = version; v < targetVersion; v++) {
    const step = registry[v];
    if (!step) return { ok: false, errors: [`file: no migration from version ${v} to ${v + 1}`] };
    current = { ...step(current), version: v + 1 };
  }
  return { ok: true, document: current, fromVersion: version };
}
