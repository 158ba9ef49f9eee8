import { describe, expect, it } from 'vitest';
import { parseWorkspaceText } from '../../../shared/schema/parseWorkspaceText';
import { MAX_CCGS_PER_SCENARIO, MAX_NODES_PER_SCENARIO } from '../../../shared/schema/scenarioSize';
import { MAX_ERRORS, validateWorkspace } from '../../../shared/schema/validateWorkspace';
import { validDocument, type Loose } from './fixtures';

/** The fixture with `n` more CCGs in its scenario, each with a population so all are valid. */
function withExtraCcgs(n: number, extra: (i: number) => Loose = () => ({})): Loose {
  const doc = validDocument();
  for (let i = 0; i < n; i++) {
    doc.scenarios[0].nodes.push({
      kind: 'ccg',
      id: `gen-${i}`,
      name: `Generated CCG ${i}`,
      population: 100_000,
      federated: false,
      x: i,
      y: 0,
      ...extra(i),
    });
  }
  return doc;
}

describe('validateWorkspace: the size of a scenario', () => {
  it('accepts a scenario of exactly 2,000 CCGs', () => {
    const doc = withExtraCcgs(MAX_CCGS_PER_SCENARIO - 2);
    expect(validateWorkspace(doc).ok).toBe(true);
  });

  it('refuses 2,001 CCGs, saying how many and why', () => {
    const result = validateWorkspace(withExtraCcgs(MAX_CCGS_PER_SCENARIO - 1));
    expect(result).toEqual({
      ok: false,
      errors: ['scenario "Option B": has 2,001 CCGs; at most 2,000 are allowed (England has 211)'],
    });
  });

  it('refuses more than 20,000 organisations and localities in a scenario', () => {
    const doc = validDocument();
    for (let i = 0; i < MAX_NODES_PER_SCENARIO; i++)
      doc.scenarios[0].nodes.push({
        kind: 'locality',
        id: `l-${i}`,
        name: `L ${i}`,
        ccgId: 'ashby',
        population: 10,
      });
    const result = validateWorkspace(doc);
    expect(result).toEqual({
      ok: false,
      errors: [
        'scenario "Option B": has 20,008 organisations and localities; at most 20,000 are allowed',
      ],
    });
  });

  it('refuses 100,000 broken CCGs fast, with one message rather than 100,000', () => {
    // Every generated CCG is also broken (no population, a bad field): the size is what is reported.
    const doc = withExtraCcgs(100_000, (i) => ({ population: -i, bogus: true }));
    const text = JSON.stringify(doc);
    const started = performance.now();
    const result = parseWorkspaceText(text);
    const ms = performance.now() - started;
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([
        'scenario "Option B": has 100,002 CCGs; at most 2,000 are allowed (England has 211)',
        'scenario "Option B": has 100,008 organisations and localities; at most 20,000 are allowed',
      ]);
    expect(ms).toBeLessThan(3000);
  });

  it('lists at most MAX_ERRORS problems of a file within the limits, then says how many more', () => {
    const doc = withExtraCcgs(1_500, () => ({ population: -1 }));
    const result = validateWorkspace(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(MAX_ERRORS + 1);
    expect(result.errors[MAX_ERRORS]).toBe(`…and ${1_500 - MAX_ERRORS} more problems`);
  });
});
