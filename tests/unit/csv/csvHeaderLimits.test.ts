import { describe, expect, it } from 'vitest';
import {
  MAX_CSV_COLUMNS,
  MAX_HEADING_LENGTH,
  headerLineProblem,
} from '../../../shared/csv/headerLimits';
import { parseCsvText } from '../../../renderer/src/files/parseCsvText';

/** Generous: the check takes milliseconds; parsing and mapping such a file took seconds. */
const MAX_MS = 1000;

function timedParse(text: string): { result: ReturnType<typeof parseCsvText>; ms: number } {
  const start = performance.now();
  const result = parseCsvText(text);
  return { result, ms: performance.now() - start };
}

describe('a CSV whose header is not a practice list’s is refused before it is parsed', () => {
  it('5,000,000 columns: refused in words, quickly', () => {
    const text = `${'h,'.repeat(4_999_999)}h\n1,2\n`;
    const { result, ms } = timedParse(text);
    expect(result).toEqual({
      ok: false,
      error:
        'This file has 5,000,000 columns; a practice list has at most 200. Check it is the right file.',
    });
    expect(ms).toBeLessThan(MAX_MS);
  });

  it('a 10 MB single-cell header: refused in words, quickly', () => {
    const text = `${'x'.repeat(10 * 1024 * 1024)}\nA,100\n`;
    const { result, ms } = timedParse(text);
    expect(result).toEqual({
      ok: false,
      error:
        'A heading in the first line is 10,485,760 characters long; a practice list’s headings are at most 200. Check it is the right file.',
    });
    expect(ms).toBeLessThan(MAX_MS);
  });

  it('the limits themselves: 200 columns and 200-character headings are fine, one more is not', () => {
    const columns = (n: number): string => Array.from({ length: n }, (_, i) => `c${i}`).join(',');
    expect(headerLineProblem(`${columns(MAX_CSV_COLUMNS)}\n`)).toBeNull();
    expect(headerLineProblem(`${columns(MAX_CSV_COLUMNS + 1)}\n`)).toMatch(
      /^This file has 201 columns;/,
    );
    expect(headerLineProblem(`CCG,${'h'.repeat(MAX_HEADING_LENGTH)},List size`)).toBeNull();
    expect(headerLineProblem(`CCG,${'h'.repeat(MAX_HEADING_LENGTH + 1)},List size`)).toMatch(
      /^A heading in the first line is 201 characters long;/,
    );
  });

  it('counts the separator the file uses, ignores separators inside quotes and blank lines above the header', () => {
    const semicolons = Array.from({ length: 300 }, () => 'a').join(';');
    expect(headerLineProblem(semicolons)).toMatch(/^This file has 300 columns;/);
    const quoted = `"${Array.from({ length: 300 }, () => 'a').join(',')}",List size`;
    expect(headerLineProblem(quoted)).toMatch(
      /^A heading in the first line is 601 characters long;/,
    );
    expect(
      headerLineProblem(`\n  \nPractice,List size,Locality,CCG\n${'1,'.repeat(500)}\n`),
    ).toBeNull();
  });

  it('an ordinary practice list still parses', () => {
    const parsed = parseCsvText('Practice,List size,Locality,CCG\nAbbey,12000,North,Ashby CCG\n');
    expect(parsed.ok && parsed.table.header).toEqual(['Practice', 'List size', 'Locality', 'CCG']);
  });
});
