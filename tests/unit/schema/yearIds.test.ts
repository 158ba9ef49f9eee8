import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/applyEdit';
import { nextPlanningYear } from '../../../shared/edits/yearEdits';
import { SAMPLES } from '../../../shared/samples';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import { YEAR_ID_PATTERN } from '../../../shared/schema/workspaceSchema';
import { validDocument, type Loose } from './fixtures';

/** The fixture with its second planning year given another id (and a CCG's published figure for it). */
function withSecondYearId(id: string): Loose {
  const doc = validDocument();
  doc.assumptions.years[1].id = id;
  const ashby = doc.scenarios[0].nodes.find((n: Loose) => n.id === 'ashby');
  ashby.allowances = { [id]: 2_900_000 };
  return doc;
}

describe('planning year ids', () => {
  it('refuses a "." in a year id, located at the year and saying what an id may hold', () => {
    const result = validateWorkspace(withSecondYearId('2014.15'));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toContain(
        'assumptions › year #2 "2014/15": id: year id "2014.15" may contain only lower-case letters, digits and hyphens',
      );
  });

  it('refuses capitals, slashes, spaces and prototype names ("toString", "__proto__")', () => {
    for (const id of ['2014/15', 'Year 2', 'FY2014', '__proto__', 'toString', 'y~2']) {
      const result = validateWorkspace(withSecondYearId(id));
      expect(result.ok, id).toBe(false);
      if (!result.ok)
        expect(result.errors.join('\n'), id).toContain(
          `year id ${JSON.stringify(id)} may contain only lower-case letters, digits and hyphens`,
        );
    }
  });

  it('accepts lower-case letters, digits and hyphens', () => {
    expect(validateWorkspace(withSecondYearId('fy-2014-15')).ok).toBe(true);
  });

  it('the next year the editor adds keeps to the rule even when its id is taken', () => {
    const years = [
      { id: 'base', label: 'Base', allowancePerHead: 25, costIndex: 1 },
      { id: 'year-3', label: 'Year 3', allowancePerHead: 25, costIndex: 1 },
    ];
    const next = nextPlanningYear([
      ...years,
      { id: 'other', label: 'Other', allowancePerHead: 25, costIndex: 1 },
    ]);
    expect(next?.id).toBe('year-4');
    const taken = nextPlanningYear([
      years[0]!,
      { id: 'year-3', label: 'Three', allowancePerHead: 25, costIndex: 1 },
    ]);
    // "year-3" is taken, so the suffix keeps to lower-case letters, digits and hyphens.
    expect(taken?.id).toBe('year-3-2');
    const doc = validDocument();
    doc.assumptions.years = [
      years[0],
      { id: 'year-3', label: 'Three', allowancePerHead: 25, costIndex: 1 },
    ];
    const ws = validateWorkspace(doc);
    if (!ws.ok) throw new Error(ws.errors.join('\n'));
    const added = applyEdit(ws.workspace, { type: 'addYear', year: taken! });
    expect(added.ok).toBe(true);
  });

  it("every built-in sample's year ids follow the rule", () => {
    for (const sample of SAMPLES) {
      const ws = sample.create();
      for (const y of ws.assumptions.years) expect(y.id, sample.id).toMatch(YEAR_ID_PATTERN);
    }
  });
});
