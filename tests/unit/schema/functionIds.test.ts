import { describe, expect, it } from 'vitest';
import { withAssumptionValue, withOverride } from '../../../shared/assumptions/assumptionPaths';
import { applyEdit } from '../../../shared/edits/applyEdit';
import type { Workspace } from '../../../shared/model/workspace';
import { SAMPLES } from '../../../shared/samples';
import { FUNCTION_ID_PATTERN } from '../../../shared/schema/workspaceSchema';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import { validDocument, type Loose } from './fixtures';

/** The fixture with one more support function, used by an arrangement so it is costed. */
function withFunction(id: string, costPerHead: number, scaleElasticity: number): Loose {
  const doc = validDocument();
  doc.assumptions.functions.push({ id, name: 'Extra', costPerHead, scaleElasticity });
  return doc;
}

describe('support function ids', () => {
  it('refuses a "." in a function id, saying what an id may hold', () => {
    const result = validateWorkspace(withFunction('a.b', 1, 0.2));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toContain(
        'assumptions › function #11: id: function id "a.b" may contain only lower-case letters, digits and hyphens',
      );
  });

  it('regression: a dotted id no longer hides a negative cost and a huge elasticity from the range checks', () => {
    const result = validateWorkspace(withFunction('a.b', -5, 40));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain(
      'assumptions: functions.a.b.costPerHead: Extra: £ per head at the reference population must be 0 or more and at most 1000, not -5',
    );
    expect(result.errors).toContain(
      'assumptions: functions.a.b.scaleElasticity: Extra: scale elasticity must be 0 or more and at most 0.99, not 40',
    );
  });

  it('refuses capitals, underscores and spaces too ("toString", "__proto__")', () => {
    for (const id of ['toString', '__proto__', 'h r', 'Finance', 'bi_2']) {
      const result = validateWorkspace(withFunction(id, 1, 0.2));
      expect(result.ok, id).toBe(false);
      if (!result.ok)
        expect(result.errors.join('\n')).toContain(
          `function id ${JSON.stringify(id)} may contain only lower-case letters, digits and hyphens`,
        );
    }
  });

  it('accepts lower-case letters, digits and hyphens', () => {
    expect(validateWorkspace(withFunction('estates-2', 1, 0.2)).ok).toBe(true);
  });

  it("every built-in sample's function ids follow the rule", () => {
    for (const sample of SAMPLES) {
      const ws = sample.create();
      for (const f of ws.assumptions.functions)
        expect(f.id, sample.id).toMatch(FUNCTION_ID_PATTERN);
      for (const s of ws.scenarios)
        for (const f of s.assumptionOverrides?.functions ?? [])
          expect(f.id, sample.id).toMatch(FUNCTION_ID_PATTERN);
    }
  });
});

describe('setting one assumption in the app cannot set a value outside its range', () => {
  const ws = (): Workspace => {
    const result = validateWorkspace(withFunction('estates-2', 1, 0.2));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    return result.workspace;
  };

  it('a workspace value, by path, for a hyphenated function id', () => {
    const w = ws();
    const assumptions = withAssumptionValue(w.assumptions, 'functions.estates-2.costPerHead', -5);
    expect(assumptions.functions.find((f) => f.id === 'estates-2')?.costPerHead).toBe(-5);
    const outcome = applyEdit(w, { type: 'setWorkspaceAssumptions', assumptions });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.errors).toEqual([
        'assumptions: functions.estates-2.costPerHead: Extra: £ per head at the reference population must be 0 or more and at most 1000, not -5',
      ]);
  });

  it('a scenario override, by path, for a hyphenated function id', () => {
    const w = ws();
    const scenario = w.scenarios[0];
    if (!scenario) throw new Error('no scenario');
    const overrides = withOverride(
      scenario.assumptionOverrides,
      'functions.estates-2.scaleElasticity',
      5,
    );
    const outcome = applyEdit(w, {
      type: 'setAssumptionOverrides',
      scenarioId: scenario.id,
      overrides,
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.errors).toEqual([
        'scenario "Option B" › assumption overrides: functions.estates-2.scaleElasticity: Extra: scale elasticity must be 0 or more and at most 0.99, not 5',
      ]);
  });
});
