/**
 * The cells of an exported table, independent of any file format: a value and how a spreadsheet
 * should show it. Numbers stay numbers (unrounded, as the engine computed them); the format only
 * says how they are displayed, so a finance lead can sum and check them in Excel.
 */
import { xmlSafe } from '../text/xmlSafe';

/** How a number is displayed: £1,234 for pounds, £23.41 for per head, 4% for fractions. */
export type CellFormat = 'text' | 'integer' | 'pounds' | 'perHead' | 'percent' | 'decimal';

export type CellValue = string | number | boolean | null;

export interface Cell {
  /** For a formula: the engine's figure, which the spreadsheet shows until it recalculates. */
  readonly value: CellValue;
  /** Omitted for text. */
  readonly format?: CellFormat;
  /**
   * A spreadsheet formula without its "=" ("C5*D5"), made only from cell addresses this model
   * lays out, never from text in the document.
   */
  readonly formula?: string;
}

/** What a row is, for styling: a sheet title, a note under it, a section heading, a table's column headings, a body line or a totals line. */
export type RowStyle = 'title' | 'note' | 'section' | 'header' | 'body' | 'total';

export interface SheetRow {
  readonly style: RowStyle;
  readonly cells: readonly Cell[];
}

export interface SheetModel {
  /** A valid, unique worksheet name (see sheetName). */
  readonly name: string;
  /** Column widths in characters. */
  readonly columnWidths: readonly number[];
  readonly rows: readonly SheetRow[];
}

export interface WorkbookModel {
  readonly title: string;
  readonly sheets: readonly SheetModel[];
}

/** Spreadsheet number formats for each CellFormat (Excel/LibreOffice syntax). */
export const NUMBER_FORMATS: Readonly<Record<CellFormat, string>> = {
  text: '@',
  integer: '#,##0',
  pounds: '"£"#,##0;-"£"#,##0',
  perHead: '"£"#,##0.00;-"£"#,##0.00',
  percent: '0.0%',
  decimal: '0.00',
};

export function text(value: string): Cell {
  return { value };
}

export function num(value: number, format: CellFormat): Cell {
  return { value, format };
}

/** A number the spreadsheet works out from other cells; `value` is the engine's figure for it. */
export function formula(expression: string, value: number, format: CellFormat): Cell {
  return { value, format, formula: expression };
}

/** The column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const EMPTY: Cell = { value: null };
export function blank(): Cell {
  return EMPTY;
}

/**
 * A worksheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], nothing XML
 * cannot hold (xmlSafe: such a name would stop the workbook opening at all), not starting or
 * ending with an apostrophe, and different (ignoring case) from every name in `taken`, which the
 * new name is added to.
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    xmlSafe(wanted)
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = `${withoutSplitPair(base.slice(0, 31 - suffix.length)).trimEnd()}${suffix}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** `text` without a last high surrogate whose pair a cut left behind (it would be a lone surrogate). */
function withoutSplitPair(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}
