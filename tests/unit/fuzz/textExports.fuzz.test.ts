import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv, type CsvCell } from '../../../shared/csv/writeCsv';
import {
  exportFileName,
  hasBidiControl,
  safeFileNamePart,
} from '../../../shared/export/exportFileName';
import { saveTextFileRequest } from '../../../shared/ipc/bridge';
import { formatReportTable, type CostReport } from '../../../shared/report/costReport';
import { hasXmlInvalid, xmlSafe } from '../../../shared/text/xmlSafe';
import { FUZZ_TIMEOUT_MS, fuzzOptions } from './fuzzInputs';

// Property-based checks of text on its way out of the app: names built from formula prefixes,
// control characters, bidi overrides and broken surrogates must come out of the CSV writer with
// no live formula, out of the file-name builder with nothing that disguises or forbids the name,
// out of the CLI table with no control character, and out of xmlSafe as text XML can hold.

const TRICKY = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '"',
  ',',
  "'",
  ' ',
  '.',
  'a',
  'B',
  '1',
  'é',
  '😀',
  '–',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u2028',
  '\u2029',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\uD800',
  '\uDC00',
  '\uFFFE',
  '\uFFFF',
  '/',
  '\\',
  ':',
  '*',
  '?',
  '<',
  '>',
  '|',
];

/** A name an attacker or a damaged file could hold: tricky characters, arbitrary Unicode, or a formula. */
const name: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    '@SUM(1)',
    '-2+3',
    '\t=1',
    '\r=1',
    '=1+2\nx',
    'Q3 budget \u202Egpj.csv',
  ),
  fc
    .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string({ maxLength: 20 }))
    .map(([p, s]) => p + s),
);

const cell: fc.Arbitrary<CsvCell> = fc.oneof(
  name,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e9, max: 1e9 }),
);

const FORMULA_START = /^[=+\-@\t\r]/;

describe('text leaving the app (fuzz)', () => {
  it(
    "writeCsv: every text cell reads back exactly, prefixed with ' when it would start a formula; numbers read back as themselves",
    () => {
      // Two cells a row at least: a row of one empty cell is a blank line, which CSV cannot tell from no row.
      fc.assert(
        fc.property(
          fc.array(fc.array(cell, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
          (rows) => {
            const parsed = Papa.parse<string[]>(writeCsv(rows).slice(0, -1), {
              newline: '\n',
              delimiter: ',',
            }).data;
            expect(parsed).toHaveLength(rows.length);
            rows.forEach((row, i) =>
              row.forEach((value, j) => {
                const out = parsed[i]?.[j];
                if (typeof value === 'number') {
                  expect(out).toBe(String(value));
                } else {
                  const text = String(value);
                  expect(out).toBe(FORMULA_START.test(text) ? `'${text}` : text);
                  expect(out).not.toMatch(FORMULA_START);
                }
              }),
            );
          },
        ),
        fuzzOptions(1000),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'exportFileName: no bidi or control character, accepted by the bridge, and never cut in a word',
    () => {
      fc.assert(
        fc.property(name, name, name, (workspace, scenario, what) => {
          const file = exportFileName({ workspace, scenario, what, extension: 'csv' });
          expect(hasBidiControl(file)).toBe(false);
          // eslint-disable-next-line no-control-regex -- control characters are what is looked for
          expect(file).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/);
          expect(file.endsWith('.csv')).toBe(true);
          expect(
            saveTextFileRequest.safeParse({ kind: 'csv', suggestedName: file, text: '' }).success,
          ).toBe(true);

          const whole = safeFileNamePart(workspace, 10_000);
          const short = safeFileNamePart(workspace, 12);
          expect(whole.startsWith(short)).toBe(true);
          const firstBreak = [...whole].slice(0, 13).join('').indexOf(' ');
          // Shortened where there was a word break to shorten at: the cut is at a word's end.
          if (short.length < whole.length && firstBreak > 0)
            expect(whole[short.length]).toMatch(/[ .]/);
        }),
        fuzzOptions(1000),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'the CLI table sends no control character to the terminal, whatever the names',
    () => {
      fc.assert(
        fc.property(
          fc.array(name, { minLength: 1, maxLength: 4 }),
          name,
          (ccgNames, scenarioName) => {
            const report: CostReport = {
              scenarios: [
                {
                  id: scenarioName,
                  name: scenarioName,
                  ccgs: ccgNames.map((n, i) => ({
                    id: `c${i}`,
                    name: n,
                    population: 100_000,
                    core: 1_400_000,
                    total: 2_000_000,
                    perHead: 20,
                    headroom: 500_000,
                    status: 'within',
                    functions: {},
                  })),
                  totals: {
                    population: 100_000 * ccgNames.length,
                    total: 2_000_000 * ccgNames.length,
                    perHead: 20,
                    within: ccgNames.length,
                    tight: 0,
                    over: 0,
                  },
                  flags: ccgNames.map((n, i) => ({
                    id: 'small-ccg',
                    severity: 'warning',
                    subject: `c${i}`,
                    message: `${n} is small`,
                  })),
                  // The table prints every planning year; its label is text from the file too.
                  years: [
                    {
                      id: scenarioName,
                      label: scenarioName,
                      ccgs: ccgNames.map((n, i) => ({
                        id: `c${i}`,
                        name: n,
                        population: 100_000,
                        running: 2_000_000,
                        programme: 0,
                        total: 2_000_000,
                        allowance: 2_500_000,
                        perHead: 20,
                        headroom: 500_000,
                        status: 'within',
                        wte: 0,
                        sources: { core: 'estimate', functions: {} },
                      })),
                      totals: {
                        population: 100_000 * ccgNames.length,
                        running: 2_000_000 * ccgNames.length,
                        allowance: 2_500_000 * ccgNames.length,
                        headroom: 500_000 * ccgNames.length,
                        within: ccgNames.length,
                        tight: 0,
                        over: 0,
                      },
                      flags: ccgNames.map((n, i) => ({
                        id: 'small-ccg',
                        severity: 'warning',
                        subject: `c${i}`,
                        message: `${n} is small`,
                      })),
                    },
                  ],
                },
              ],
            };
            expect(formatReportTable(report)).not.toMatch(
              // eslint-disable-next-line no-control-regex -- control characters are what is looked for
              /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]/,
            );
          },
        ),
        fuzzOptions(1000),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'xmlSafe: the result holds nothing XML cannot, is unchanged by a second pass, and keeps valid text as it was',
    () => {
      fc.assert(
        fc.property(fc.oneof(name, fc.string({ unit: 'grapheme', maxLength: 20 })), (text) => {
          const safe = xmlSafe(text);
          expect(hasXmlInvalid(safe)).toBe(false);
          expect(xmlSafe(safe)).toBe(safe);
          expect(safe.length).toBe(text.length);
          if (!hasXmlInvalid(text)) expect(safe).toBe(text);
        }),
        fuzzOptions(1000),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
