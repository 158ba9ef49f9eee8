import { describe, expect, it } from 'vitest';
import { parseWorkspaceText } from '../../../shared/schema/parseWorkspaceText';
import { cleanStrings } from '../../../shared/text/cleanStrings';
import { hasXmlInvalid } from '../../../shared/text/xmlSafe';
import { validDocument } from '../schema/fixtures';

describe('cleanStrings', () => {
  it('replaces what XML cannot hold in every string, saying where and how many', () => {
    const input = { a: 'ok', b: ['x\u0001y\u0002', 3], c: { d: 'lone \uD800' } };
    const { value, replaced } = cleanStrings(input);
    expect(value).toEqual({ a: 'ok', b: ['x\uFFFDy\uFFFD', 3], c: { d: 'lone \uFFFD' } });
    expect(replaced).toEqual([
      { path: ['b', 0], count: 2 },
      { path: ['c', 'd'], count: 1 },
    ]);
    expect(input.b[0]).toBe('x\u0001y\u0002'); // the input is not changed
  });

  it('gives back the same value when there is nothing to replace', () => {
    const input = { a: ['tab\tand\nnewline', { b: 'emoji 😀' }] };
    const { value, replaced } = cleanStrings(input);
    expect(value).toBe(input);
    expect(replaced).toEqual([]);
  });

  it('keeps a "__proto__" key an ordinary own property', () => {
    const input = JSON.parse('{"__proto__": "a\\u0007", "b": 1}') as Record<string, unknown>;
    const { value } = cleanStrings(input);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});

describe('opening a file with text XML cannot hold', () => {
  it('opens with the characters replaced and a warning naming the field', () => {
    const text = JSON.stringify(validDocument(), null, 2).replace(
      '"name": "Ashby CCG"',
      '"name": "Ashby\\u0007 CCG\\uFFFF"',
    );
    const result = parseWorkspaceText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const names = result.workspace.scenarios.flatMap((s) => s.nodes.map((n) => n.name));
    expect(names).toContain('Ashby\uFFFD CCG\uFFFD');
    expect(names.some(hasXmlInvalid)).toBe(false);
    expect(result.warnings).toEqual([
      'scenario "Option B" › CCG "Ashby\uFFFD CCG\uFFFD": name: 2 characters that cannot be saved or exported (control characters or broken Unicode) were replaced with "\uFFFD"',
    ]);
  });
});
