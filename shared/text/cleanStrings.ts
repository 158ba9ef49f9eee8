import { xmlSafe } from './xmlSafe';

/** A place in a value where text was changed, and how many characters were replaced there. */
export interface TextReplacement {
  readonly path: readonly (string | number)[];
  readonly count: number;
}

export interface CleanedValue<T> {
  /** The value with every string made XML-safe; the very same value when nothing changed. */
  readonly value: T;
  readonly replaced: readonly TextReplacement[];
}

/**
 * Replaces characters XML cannot hold in every string of a JSON-like value (names, notes, titles),
 * so text that comes in — an opened file, a typed or pasted name — can always be exported as SVG,
 * PNG, PDF and XLSX. Unchanged branches keep their identity, so a clean value costs no copies.
 * Object keys are left alone: ids are checked by the validator, and a key is never shown as text.
 */
export function cleanStrings<T>(value: T): CleanedValue<T> {
  const replaced: TextReplacement[] = [];
  const out = clean(value, [], replaced) as T;
  return { value: out, replaced };
}

/**
 * Deeper than any valid workspace nests: below this a value is left as it is (the validator refuses
 * such a file anyway), so a hostile file nested thousands deep cannot overflow the stack here.
 */
export const MAX_CLEAN_DEPTH = 64;

function clean(value: unknown, path: (string | number)[], replaced: TextReplacement[]): unknown {
  if (path.length > MAX_CLEAN_DEPTH) return value;
  if (typeof value === 'string') {
    const safe = xmlSafe(value);
    if (safe === value) return value;
    let count = 0;
    for (let i = 0; i < safe.length; i++) if (safe[i] !== value[i]) count++;
    replaced.push({ path: [...path], count });
    return safe;
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((item, i) => {
      const next = clean(item, [...path, i], replaced);
      if (next !== item) (copy ??= [...value])[i] = next;
    });
    return copy ?? value;
  }
  if (typeof value === 'object' && value !== null) {
    let copy: Record<string, unknown> | null = null;
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      const next = clean(item, [...path, key], replaced);
      // defineProperty, not assignment: a "__proto__" key must stay a plain own property.
      if (next !== item)
        Object.defineProperty((copy ??= { ...value }), key, {
          value: next,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return copy ?? value;
  }
  return value;
}

/** "1 character" / "3 characters … were replaced": the words for a notice or warning. */
export function replacementWords(count: number): string {
  return `${count === 1 ? '1 character' : `${count} characters`} that cannot be saved or exported (control characters or broken Unicode) ${count === 1 ? 'was' : 'were'} replaced with "\uFFFD"`;
}
