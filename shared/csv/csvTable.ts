/**
 * A CSV file as rows of text cells, each with the line of the file it starts on. The renderer
 * parses the text (papaparse) and hands this to the pure builders here, so shared/ stays free of
 * the parser's Node typings and the builders can be tested on plain arrays.
 */

export interface CsvRow {
  /** 1-based line of the file the row starts on (a quoted field may span lines). */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  /** The first non-blank row: the column headings. */
  readonly header: readonly string[];
  /** Every row after the header, blank rows left out. */
  readonly rows: readonly CsvRow[];
}

/** A cell of a row, '' when the row is shorter than the header or the column is not mapped. */
export function cellAt(row: CsvRow, column: number | null): string {
  return column === null ? '' : (row.cells[column] ?? '').trim();
}

/** A cell as quoted in a message: a stray megabyte in one cell must not flood the message. */
export function clipCell(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Whether every cell of a row is blank (Excel leaves such rows under a table). */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/**
 * Builds a CsvTable from parsed rows (each with its line): the first non-blank row is the
 * header; blank rows are dropped. A byte-order mark left on the first heading is removed.
 */
export function csvTableFromRows(rows: readonly CsvRow[]): CsvTable {
  const kept = rows.filter((r) => !isBlankRow(r.cells));
  const [first, ...rest] = kept;
  if (!first) return { header: [], rows: [] };
  const header = first.cells.map((c, i) => (i === 0 ? c.replace(/^\ufeff/, '') : c).trim());
  return { header, rows: rest };
}
