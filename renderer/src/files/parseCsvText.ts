import Papa from 'papaparse';
import { csvTableFromRows, type CsvRow, type CsvTable } from '../../../shared/csv/csvTable';
import { headerLineProblem } from '../../../shared/csv/headerLimits';

/** Most rows read from one CSV: England has about 8,100 practices, so this is ample. */
export const MAX_CSV_ROWS = 100_000;

export type ParsedCsv =
  { readonly ok: true; readonly table: CsvTable } | { readonly ok: false; readonly error: string };

/**
 * Parses CSV text (comma, semicolon or tab separated, as Excel writes it in different locales)
 * into rows that know the line they start on, so bad rows can be named by line number. The
 * parsing is papaparse's; the rows go to the pure builders in shared/csv.
 */
export function parseCsvText(text: string): ParsedCsv {
  // Before anything else: a file of millions of columns or a megabyte heading is refused at once.
  const headerProblem = headerLineProblem(text);
  if (headerProblem !== null) return { ok: false, error: headerProblem };
  // One kind of line break, so a row's line is simply one more than the \n before it.
  const clean = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (clean.trim() === '') return { ok: false, error: 'The file is empty.' };

  const rows: CsvRow[] = [];
  let offset = 0; // where the previous row ended
  let line = 1; // the line `offset` is on
  let failure: string | undefined;
  Papa.parse<string[]>(clean, {
    skipEmptyLines: false,
    step: (step, parser) => {
      let start = offset;
      // Skip the line break that ended the previous row.
      if (start > 0 && clean.charCodeAt(start) === 10) {
        start += 1;
        line += 1;
      }
      const missingQuote = step.errors.find((e) => e.code === 'MissingQuotes');
      if (missingQuote) {
        failure = `A quoted field that starts on line ${line} is never closed (a " is missing).`;
        parser.abort();
        return;
      }
      rows.push({ line, cells: step.data });
      const end = step.meta.cursor;
      for (let i = start; i < end; i++) if (clean.charCodeAt(i) === 10) line += 1;
      offset = end;
      if (rows.length > MAX_CSV_ROWS) {
        failure = `The file has more than ${MAX_CSV_ROWS.toLocaleString('en-GB')} rows; a practice list is far shorter.`;
        parser.abort();
      }
    },
  });
  if (failure !== undefined) return { ok: false, error: failure };
  const table = csvTableFromRows(rows);
  if (table.header.length === 0) return { ok: false, error: 'The file has no header row.' };
  return { ok: true, table };
}
