/**
 * The one CSV writer behind every CSV the app and the CLI produce (results, comparison, `cost
 * --csv`): RFC 4180 quoting by papaparse, and text that a spreadsheet would run as a formula
 * written inert.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Text starting with one of these is taken as a formula by Excel, LibreOffice or Google Sheets
 * (OWASP's list). papaparse's own `escapeFormulae: true` uses /^[=+\-@\t\r].*$/, whose `.` stops
 * at a line break, so a multi-line name such as "=HYPERLINK(…)\nx" would escape unprefixed;
 * testing only the first character closes that gap.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether a text cell would start a formula in a spreadsheet (so needs the leading '). */
export function startsFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * Rows as CSV text, each line ending with \n. Numbers are written as numbers (a negative number
 * stays -12.5, never '-12.5); text starting with = + - @ tab or CR gets a leading ' so a
 * spreadsheet shows it as text; fields are quoted only when they need it.
 */
export function writeCsv(rows: readonly (readonly CsvCell[])[]): string {
  if (rows.length === 0) return '';
  const data = rows.map((r) => r.map((cell) => (cell === undefined ? null : cell)));
  return `${Papa.unparse(data, { newline: '\n', escapeFormulae: FORMULA_START, header: false })}\n`;
}
