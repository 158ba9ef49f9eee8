import { describe, expect, it } from 'vitest';
import { WORKSPACE_VERSION } from '../../../shared/model/workspace';
import { migrateWorkspace, MIGRATIONS, type MigrationRegistry } from '../../../shared/schema/migrations';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import { everyFieldWorkspace } from '../persistence/fixtures';
import { validDocument } from './fixtures';

describe('migrateWorkspace', () => {
  it('the current version is 2 and a current document passes through untouched', () => {
    expect(WORKSPACE_VERSION).toBe(2);
    expect(Object.keys(MIGRATIONS)).toEqual(['1']);
    const doc = validDocument();
    expect(migrateWorkspace(doc)).toEqual({ ok: true, document: doc, fromVersion: 2 });
  });

  it('a version 1 file keeps every field, gains no data and opens as version 2', () => {
    // Every optional field of version 1 is set (descriptions, notes, overrides, codes, prices…).
    const { slides: _v2only, ...v2 } = everyFieldWorkspace();
    const v1 = structuredClone({ ...v2, version: 1 });
    const migrated = migrateWorkspace(v1);
    expect(migrated).toEqual({ ok: true, document: { ...v1, version: 2 }, fromVersion: 1 });
    const result = validateWorkspace(v1);
    expect(result).toEqual({ ok: true, workspace: { ...v1, version: 2 }, migratedFrom: 1 });
    // The input is not changed in place.
    expect(v1.version).toBe(1);
  });

  it('upgrades step by step through the registry, keeping every field', () => {
    // A made-up history: v1 → v2 renames "notes" to "memo"; v2 → v3 nests it.
    const registry: MigrationRegistry = {
      1: (d) => ({ ...d, memo: d.notes, notes: undefined }),
      2: (d) => ({ ...d, extra: { memo: d.memo } }),
    };
    const result = migrateWorkspace({ format: 'ccg-modeller/workspace', version: 1, notes: 'keep me', other: 42 }, registry, 3);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(1);
    expect(result.document).toMatchObject({ version: 3, memo: 'keep me', other: 42, extra: { memo: 'keep me' } });
  });

  it('refuses a gap in the registry rather than guessing', () => {
    const result = migrateWorkspace({ format: 'ccg-modeller/workspace', version: 1 }, {}, 2);
    expect(result).toEqual({ ok: false, errors: ['file: no migration from version 1 to 2'] });
  });

  it('refuses a file from a newer version with a plain explanation', () => {
    const doc = validDocument();
    doc.version = 3;
    const result = validateWorkspace(doc);
    expect(result).toEqual({
      ok: false,
      errors: ['file: written by a newer CCG Modeller (file format version 3); this version reads up to version 2. Update the app to open it.'],
    });
  });

  it('refuses a version that is not a whole number from 1', () => {
    for (const version of [0, 1.5, '1', undefined]) {
      const result = migrateWorkspace({ format: 'ccg-modeller/workspace', version });
      expect(result.ok).toBe(false);
    }
  });
});
