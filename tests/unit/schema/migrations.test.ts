import { describe, expect, it } from 'vitest';
import { migrateWorkspace, MIGRATIONS, type MigrationRegistry } from '../../../shared/schema/migrations';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import { validDocument } from './fixtures';

describe('migrateWorkspace', () => {
  it('has no migrations yet: version 1 is the first version', () => {
    expect(Object.keys(MIGRATIONS)).toEqual([]);
    const doc = validDocument();
    const result = migrateWorkspace(doc);
    expect(result).toEqual({ ok: true, document: doc, fromVersion: 1 });
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
    doc.version = 2;
    const result = validateWorkspace(doc);
    expect(result).toEqual({
      ok: false,
      errors: ['file: written by a newer CCG Modeller (file format version 2); this version reads up to version 1. Update the app to open it.'],
    });
  });

  it('refuses a version that is not a whole number from 1', () => {
    for (const version of [0, 1.5, '1', undefined]) {
      const result = migrateWorkspace({ format: 'ccg-modeller/workspace', version });
      expect(result.ok).toBe(false);
    }
  });
});
