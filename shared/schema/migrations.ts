/**
 * Migrations of the `.ccgm` workspace file. MIGRATIONS[n] upgrades a version-n document to n+1
 * and must keep every field (rename or move, never drop). migrateWorkspace stamps the new
 * version after each step. A new version means bumping WORKSPACE_VERSION and adding a step here.
 */
import { WORKSPACE_FORMAT, WORKSPACE_VERSION } from '../model/workspace';

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
export type MigrationRegistry = Readonly<Record<number, Migration>>;

export const MIGRATIONS: MigrationRegistry = {
  // v1 → v2 adds optional workshop slides: a v1 document gains no data and keeps every field.
  1: (doc) => ({ ...doc }),
};

export type MigrationResult =
  | { readonly ok: true; readonly document: Record<string, unknown>; readonly fromVersion: number }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * A short description of a value from a file, for a message. Never JSON.stringify the value
 * whole: a deeply nested one overflows the stack and a huge string would flood the message.
 */
function briefly(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}

/** Brings a parsed document up to `targetVersion`, step by step through the registry. */
export function migrateWorkspace(
  input: unknown,
  registry: MigrationRegistry = MIGRATIONS,
  targetVersion: number = WORKSPACE_VERSION,
): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: ['file: expected a workspace object ({ "format": "ccg-modeller/workspace", … })'] };
  }
  const doc = input as Record<string, unknown>;
  if (doc.format !== WORKSPACE_FORMAT) {
    return {
      ok: false,
      errors: [`file: format must be "${WORKSPACE_FORMAT}"${doc.format === undefined ? ' (the field is missing)' : `, not ${briefly(doc.format)}`}; this is not a CCG Modeller workspace`],
    };
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [`file: version must be a whole number from 1, not ${version === undefined ? 'missing' : briefly(version)}`] };
  }
  if (version > targetVersion) {
    return {
      ok: false,
      errors: [`file: written by a newer CCG Modeller (file format version ${version}); this version reads up to version ${targetVersion}. Update the app to open it.`],
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
