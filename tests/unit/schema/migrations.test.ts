import { describe, expect, it } from 'vitest';
import { WORKSPACE_VERSION } from '../../../shared/model/workspace';
import {
  migrateWorkspace,
  MIGRATIONS,
  type MigrationRegistry,
} from '../../../shared/schema/migrations';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import { everyFieldWorkspace } from '../persistence/fixtures';
import { DEFAULT_YEARS } from '../../../shared/assumptions/defaultAssumptions';
import { SAMPLES } from '../../../shared/samples';
import { validDocument, type Loose } from './fixtures';

/**
 * A version 3 document written as version 2 would have been: a single cap instead of years, a
 * cap override instead of a years override (`overrideCap`, or none when null), no runningCost,
 * and none of the fields version 3 added (CCG allowances, slide years).
 */
function asVersion2(v3: Loose, cap: number, overrideCap: number | null): Loose {
  const doc = structuredClone(v3);
  doc.version = 2;
  const { years: _years, ...rest } = doc.assumptions;
  doc.assumptions = {
    capPerHead: cap,
    ...rest,
    functions: rest.functions.map(({ runningCost: _r, ...f }: Loose) => f),
  };
  for (const s of doc.scenarios) {
    if (s.assumptionOverrides) {
      const { years: _y, ...o } = s.assumptionOverrides;
      s.assumptionOverrides = overrideCap === null ? o : { capPerHead: overrideCap, ...o };
    }
    for (const n of s.nodes) {
      delete n.allowances;
      delete n.allowancePopulation;
    }
  }
  for (const slide of doc.slides ?? []) delete slide.yearId;
  return doc;
}

describe('migrateWorkspace', () => {
  it('the current version is 4 and a current document passes through untouched', () => {
    expect(WORKSPACE_VERSION).toBe(4);
    expect(Object.keys(MIGRATIONS)).toEqual(['1', '2', '3']);
    const doc = validDocument();
    expect(migrateWorkspace(doc)).toEqual({ ok: true, document: doc, fromVersion: 4 });
  });

  it('a version 3 file gains no data and keeps every field on its way to version 4', () => {
    const v3 = { ...(everyFieldWorkspace() as Loose), version: 3 };
    const migrated = migrateWorkspace(structuredClone(v3));
    expect(migrated).toEqual({ ok: true, document: { ...v3, version: 4 }, fromVersion: 3 });
    const valid = validateWorkspace(structuredClone(v3));
    expect(valid.ok && valid.migratedFrom).toBe(3);
    // No staffing or transition assumptions are written in: the defaults apply when resolving.
    expect(valid.ok && 'staffing' in valid.workspace.assumptions).toBe(false);
  });

  it('a version 2 file: the cap becomes the three default years scaled, its override a years override, functions gain runningCost; nothing else changes', () => {
    const v3 = everyFieldWorkspace() as Loose;
    const v2 = asVersion2(v3, 30, 35);
    const migrated = migrateWorkspace(structuredClone(v2));
    if (!migrated.ok) throw new Error(migrated.errors.join('\n'));
    // cap 30: 30 × 25/25 = 30.00; 30 × 24.73/25 = 29.676 → 29.68; 30 × 22.07/25 = 26.484 → 26.48
    // cap 35 override: 35.00; 35 × 24.73/25 = 34.622 → 34.62; 35 × 22.07/25 = 30.898 → 30.90
    const expected = structuredClone(v3);
    expected.assumptions.years = [
      { id: '2013-14', label: '2013/14', allowancePerHead: 30, costIndex: 1 },
      { id: '2014-15', label: '2014/15', allowancePerHead: 29.68, costIndex: 1.01 },
      { id: '2015-16', label: '2015/16', allowancePerHead: 26.48, costIndex: 1.02 },
    ];
    // v2 had no programme functions: every function is running cost.
    expected.assumptions.functions = expected.assumptions.functions.map((f: Loose) => ({
      ...f,
      runningCost: true,
    }));
    // The version 3 fields a version 2 file cannot have are absent.
    expected.slides = v2.slides;
    expected.scenarios.forEach((s: Loose, i: number) => {
      s.nodes = v2.scenarios[i].nodes;
    });
    for (const s of expected.scenarios) {
      s.assumptionOverrides.years = [
        { id: '2013-14', allowancePerHead: 35 },
        { id: '2014-15', allowancePerHead: 34.62 },
        { id: '2015-16', allowancePerHead: 30.9 },
      ];
    }
    expect(migrated).toEqual({ ok: true, document: expected, fromVersion: 2 });
    expect(Object.keys(migrated.document.assumptions as object)[0]).toBe('years');
    expect(validateWorkspace(v2)).toMatchObject({ ok: true, migratedFrom: 2 });
  });

  it('a £25 cap migrates to exactly the default years', () => {
    const v2 = asVersion2(everyFieldWorkspace() as Loose, 25, 25);
    const result = validateWorkspace(v2);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.workspace.assumptions.years).toEqual(DEFAULT_YEARS);
  });

  it('every built-in sample, written as version 2, migrates to itself (less the published allowances version 2 cannot hold)', () => {
    for (const sample of SAMPLES) {
      const v3 = JSON.parse(JSON.stringify(sample.create())) as Loose;
      const result = validateWorkspace(asVersion2(v3, 25, null));
      if (!result.ok) throw new Error(`${sample.id}: ${result.errors.join('\n')}`);
      const expected = structuredClone(v3);
      for (const s of expected.scenarios) {
        for (const n of s.nodes) {
          delete n.allowances;
          delete n.allowancePopulation;
        }
      }
      expect(result.workspace).toEqual(expected);
    }
  });

  it('a version 1 file keeps every field, migrates through versions 2 and 3 and opens as version 4', () => {
    // Every optional field of version 1 is set (descriptions, notes, overrides, codes, prices…).
    const v3 = everyFieldWorkspace() as Loose;
    const { slides: _v2only, ...v1 } = { ...asVersion2(v3, 25, 35), version: 1 };
    const result = validateWorkspace(structuredClone(v1));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.migratedFrom).toBe(1);
    expect(result.workspace.version).toBe(4);
    expect(result.workspace.scenarios[0]?.nodes).toEqual(v1.scenarios[0].nodes);
    expect(result.workspace.scenarios[0]?.arrangements).toEqual(v3.scenarios[0].arrangements);
    expect(result.workspace.description).toBe(v3.description);
    expect(result.workspace.assumptions.years).toEqual(DEFAULT_YEARS);
    // The input is not changed in place.
    expect(v1.version).toBe(1);
  });

  it('upgrades step by step through the registry, keeping every field', () => {
    // A made-up history: v1 → v2 renames "notes" to "memo"; v2 → v3 nests it.
    const registry: MigrationRegistry = {
      1: (d) => ({ ...d, memo: d.notes, notes: undefined }),
      2: (d) => ({ ...d, extra: { memo: d.memo } }),
    };
    const result = migrateWorkspace(
      { format: 'ccg-modeller/workspace', version: 1, notes: 'keep me', other: 42 },
      registry,
      3,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(1);
    expect(result.document).toMatchObject({
      version: 3,
      memo: 'keep me',
      other: 42,
      extra: { memo: 'keep me' },
    });
  });

  it('refuses a gap in the registry rather than guessing', () => {
    const result = migrateWorkspace({ format: 'ccg-modeller/workspace', version: 1 }, {}, 2);
    expect(result).toEqual({ ok: false, errors: ['file: no migration from version 1 to 2'] });
  });

  it('refuses a file from a newer version with a plain explanation', () => {
    const doc = validDocument();
    doc.version = 5;
    const result = validateWorkspace(doc);
    expect(result).toEqual({
      ok: false,
      errors: [
        'file: written by a newer CCG Modeller (file format version 5); this version reads up to version 4. Update the app to open it.',
      ],
    });
  });

  it('refuses a version that is not a whole number from 1', () => {
    for (const version of [0, 1.5, '1', undefined]) {
      const result = migrateWorkspace({ format: 'ccg-modeller/workspace', version });
      expect(result.ok).toBe(false);
    }
  });
});
