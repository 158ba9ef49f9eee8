import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPracticeImport, MAX_LIST_SIZE } from '../../../shared/csv/buildPracticeImport';
import { MAX_CSV_COLUMNS, MAX_HEADING_LENGTH } from '../../../shared/csv/headerLimits';
import { guessPracticeMapping, mappingProblems } from '../../../shared/csv/practiceColumns';
import { practiceImportWorkspace } from '../../../shared/csv/practiceImportNodes';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import { parseCsvText } from '../../../renderer/src/files/parseCsvText';
import {
  MEGABYTE_STRING,
  FUZZ_TIMEOUT_MS,
  MIN_FILES_PER_RUN,
  expectReadableMessages,
  fuzzOptions,
  timed,
} from './fuzzInputs';

// Property-based fuzzing of the practice-list CSV importer (issue 7): generated and damaged files
// go through the whole pipeline the import dialog runs — parse, guess the columns, build CCGs and
// localities, lay them out as a workspace. Each file is refused with a message, or every row is
// either used or listed as bad with its line, and what is built is a valid workspace.

const HEADERS = [
  ['Practice', 'List size', 'Locality', 'CCG'],
  ['GP practice name', 'Registered patients', 'LCG', 'CCG name'],
  ['practice code', 'weighted list size', 'ccg code'],
  ['Surgery', 'Population', 'Clinical commissioning group', 'Notes'],
  ['a', 'b', 'c'],
];

const cell: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '12345',
    '12,345',
    ' 8 100 ',
    '(200)',
    '-5',
    '−5',
    '0',
    '1e999',
    'NaN',
    'Infinity',
    '12.5',
    '99999999999999999999',
    String(MAX_LIST_SIZE),
    String(MAX_LIST_SIZE + 1),
    'Ashvale CCG',
    'ashvale  ccg',
    'Wexmoor "North"',
    '"unclosed',
    'a,b',
    'line\nbreak',
    '\u0000',
    '\ufeff',
    '£',
    MEGABYTE_STRING.slice(0, 501),
    MEGABYTE_STRING.slice(0, 20_000),
  ),
  fc.integer({ min: 0, max: 20_000 }).map(String),
  fc.string({ maxLength: 12 }),
);

/** One field as a spreadsheet would write it: quoted when it holds a separator, quote or line break. */
function quote(value: string, sep: string): string {
  return /[",\n;\t]/.test(value) || value.includes(sep)
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

const practiceList: fc.Arbitrary<string> = fc
  .record({
    header: fc.constantFrom(...HEADERS),
    rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 6 }), { maxLength: 40 }),
    sep: fc.constantFrom(',', ';', '\t'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    raw: fc.boolean(), // unquoted: separators and quotes inside cells break the rows
  })
  .map(({ header, rows, sep, eol, raw }) =>
    [header, ...rows].map((r) => r.map((c) => (raw ? c : quote(c, sep))).join(sep)).join(eol),
  );

/**
 * A header of too many columns (201 to 20,000, any separator, some quoted) or with one heading
 * over 200 characters, above ordinary rows: refused before the rows are parsed.
 */
const columnBomb: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      columns: fc.integer({ min: MAX_CSV_COLUMNS + 1, max: 20_000 }),
      sep: fc.constantFrom(',', ';', '\t'),
      quoted: fc.boolean(),
    })
    .map(
      ({ columns, sep, quoted }) =>
        `${Array.from({ length: columns }, (_, i) => (quoted ? `"h ${i}"` : `h${i}`)).join(sep)}\nA,1\n`,
    ),
  fc
    .record({
      length: fc.integer({ min: MAX_HEADING_LENGTH + 1, max: 200_000 }),
      before: fc.constantFrom('', 'CCG,', '\n\nCCG;'),
    })
    .map(({ length, before }) => `${before}${'x'.repeat(length)},List size\nA,1\n`),
);

const damagedCsv: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: practiceList },
  // Cut off part-way.
  {
    weight: 1,
    arbitrary: fc
      .tuple(practiceList, fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([t, f]) => t.slice(0, Math.floor(t.length * f))),
  },
  // Saved as UTF-16 (Excel's "Unicode text") and read as UTF-8.
  {
    weight: 1,
    arbitrary: practiceList.map((t) =>
      new TextDecoder('utf-8').decode(Buffer.from(`\ufeff${t}`, 'utf16le')),
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: columnBomb },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '\ufeff',
      '\n\n\n',
      ',,,',
      '"',
      `CCG,List size\n${'Big CCG,9000000\n'.repeat(5000)}`,
      `CCG,List size\nA,${MEGABYTE_STRING}`,
    ),
  },
);

let files = 0;

describe('CSV practice-list importer under fuzzing', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('every file is refused with a message, or its rows are all used or listed by line, building a valid workspace', () => {
    fc.assert(
      fc.property(damagedCsv, (text) => {
        files += 1;
        timed('CSV import', () => {
          const parsed = parseCsvText(text);
          if (!parsed.ok) {
            expectReadableMessages([parsed.error]);
            return;
          }
          const { table } = parsed;
          const lines = text.replace(/\r\n?/g, '\n').split('\n').length;
          for (const row of table.rows) expect(row.line).toBeGreaterThanOrEqual(1);
          const mapping = guessPracticeMapping(table.header);
          const problems = mappingProblems(mapping, table.header);
          if (problems.length > 0) {
            expectReadableMessages(problems);
            return;
          }
          const imported = buildPracticeImport(table, mapping);
          // Every row is either summed into a CCG or listed as bad, with a line in the file.
          expect(imported.usedRows + new Set(imported.badRows.map((b) => b.line)).size).toBe(
            table.rows.length,
          );
          for (const bad of imported.badRows) {
            expect(bad.line).toBeGreaterThanOrEqual(1);
            expect(bad.line).toBeLessThanOrEqual(lines);
            expectReadableMessages([bad.reason]);
          }
          for (const ccg of imported.ccgs) {
            expect(Number.isFinite(ccg.population) && ccg.population > 0).toBe(true);
          }
          if (imported.ccgs.length === 0) return;
          const workspace = practiceImportWorkspace(imported, {
            id: 'ws-import',
            name: 'Imported',
            now: new Date('2026-03-05T14:00:00Z'),
          });
          const checked = validateWorkspace(workspace);
          expect(checked.ok ? [] : checked.errors).toEqual([]);
        });
      }),
      fuzzOptions(1000),
    );
  });

  it('every column bomb is refused, in words, before its rows are parsed', () => {
    fc.assert(
      fc.property(columnBomb, (text) => {
        timed('CSV column bomb', () => {
          const parsed = parseCsvText(text);
          expect(parsed.ok).toBe(false);
          if (parsed.ok) return;
          expect(parsed.error).toMatch(
            /^(This file has [\d,]+ columns; a practice list has at most 200|A heading in the first line is [\d,]+ characters long; a practice list’s headings are at most 200)\. Check it is the right file\.$/,
          );
        });
      }),
      fuzzOptions(200),
    );
  });

  it.each([
    ['5,000,000 empty columns', () => `${','.repeat(4_999_999)}\nA,1`],
    ['a 10 MB heading', () => `${'y'.repeat(10 * 1024 * 1024)}\nA,1`],
    ['a 10 MB quoted heading full of separators', () => `"${',;'.repeat(5 * 1024 * 1024)}"\nA,1`],
  ])('%s is refused within the time allowed per input', (_name, make) => {
    const text = make();
    timed('CSV column bomb', () => expect(parseCsvText(text).ok).toBe(false));
  });

  afterAll(() => {
    expect(files).toBeGreaterThanOrEqual(MIN_FILES_PER_RUN);
  });
});

describe('CSV importer regressions found by fuzzing', () => {
  it('a bad row quotes a huge cell cut short, not whole', () => {
    const parsed = parseCsvText(`CCG,List size\nAshvale CCG,${'9'.repeat(500)}x`);
    if (!parsed.ok) throw new Error(parsed.error);
    const imported = buildPracticeImport(parsed.table, guessPracticeMapping(parsed.table.header));
    expect(imported.badRows).toHaveLength(1);
    expect(imported.badRows[0]?.reason).toMatch(/^list size "9{59}…" is not a number$/);
  });
});

describe('CSV importer regressions found by fuzzing (names)', () => {
  it('a row whose locality name is longer than a workspace allows is listed as bad, so the import stays valid', () => {
    const parsed = parseCsvText(
      `Practice,List size,Locality,CCG\nA,100,${'x'.repeat(501)},Ashvale CCG\nB,200,North,Ashvale CCG`,
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const imported = buildPracticeImport(parsed.table, guessPracticeMapping(parsed.table.header));
    expect(imported.badRows).toEqual([
      { line: 2, reason: 'locality name is longer than 500 characters' },
    ]);
    expect(imported.ccgs).toEqual([
      {
        name: 'Ashvale CCG',
        population: 200,
        practices: 1,
        localities: [{ name: 'North', population: 200, practices: 1 }],
      },
    ]);
  });
});
