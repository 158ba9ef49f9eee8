import { describe, expect, it } from 'vitest';
import { MAX_WARNINGS, parseWorkspaceText } from '../../../shared/schema/parseWorkspaceText';
import { validDocument } from './fixtures';

// What JSON.parse drops without a word — a repeated key, a "__proto__" price — opens, with a
// located warning the user sees.

describe('parseWorkspaceText: warnings', () => {
  it('a valid file has none', () => {
    const result = parseWorkspaceText(JSON.stringify(validDocument(), null, 2));
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });

  it('warns of "__proto__" in a provider\'s prices, naming the provider; the file still opens', () => {
    const text = JSON.stringify(validDocument(), null, 2).replace(
      '"finance": 1.1',
      '"__proto__": 9.9,\n            "finance": 1.1',
    );
    const result = parseWorkspaceText(text);
    expect(result.ok).toBe(true);
    const line = text.split('\n').findIndex((l) => l.includes('"__proto__"')) + 1;
    expect(result.warnings).toEqual([
      `line ${line}: scenario "Option B" › provider "Acme Support Ltd": prices has a key "__proto__", which was ignored`,
    ]);
    if (result.ok)
      expect(
        Object.keys(result.workspace.scenarios[0]?.nodes.find((n) => n.id === 'acme') as object),
      ).toContain('prices');
  });

  it('warns of a key given twice, with its line and place; the last value is the one used', () => {
    const text = JSON.stringify(validDocument(), null, 2).replace(
      '"name": "Ashby CCG",',
      '"name": "First name",\n            "name": "Ashby CCG",',
    );
    const result = parseWorkspaceText(text);
    expect(result.ok).toBe(true);
    const line = text.split('\n').findIndex((l) => l.includes('"name": "Ashby CCG"')) + 1;
    expect(result.warnings).toEqual([
      `line ${line}: scenario "Option B" › CCG "Ashby CCG": key "name" appears twice; the last value was used`,
    ]);
    if (result.ok)
      expect(result.workspace.scenarios[0]?.nodes.some((n) => n.name === 'Ashby CCG')).toBe(true);
  });

  it('a repeated top-level key is placed by its line alone', () => {
    const text = JSON.stringify(validDocument(), null, 2).replace(
      '"id": "ws-1",',
      '"id": "ws-0",\n  "id": "ws-1",',
    );
    expect(parseWorkspaceText(text).warnings).toEqual([
      'line 5: key "id" appears twice; the last value was used',
    ]);
  });

  it('lists at most MAX_WARNINGS, then how many more', () => {
    const doc = validDocument();
    const text = JSON.stringify(doc)
      .replace('"description"', '"x"')
      .replace('"id":"ws-1",', `${'"id":"ws-1",'.repeat(MAX_WARNINGS + 11)}`);
    const { warnings } = parseWorkspaceText(text);
    expect(warnings).toHaveLength(MAX_WARNINGS + 1);
    expect(warnings[MAX_WARNINGS]).toBe('…and 10 more warnings');
  });

  it('a refused file carries its errors and no warnings', () => {
    const text = JSON.stringify({ ...validDocument(), id: 5 }).replace(
      '"name"',
      '"name":"x","name"',
    );
    expect(parseWorkspaceText(text)).toMatchObject({ ok: false, warnings: [] });
  });
});
