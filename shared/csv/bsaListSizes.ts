/**
 * The NHS Business Services Authority's "Patient List Size" file: one row per GP practice with its
 * registered patients in 18 columns (male and female in nine age bands) and its primary care
 * organisation (`PCO Code`, for a CCG its ODS code followed by "00"). Recognised by its headings;
 * each practice's list size is the sum of the 18 columns, and practices are grouped by CCG code.
 * Pure: works on a CsvTable, so it is tested on plain arrays and the real file alike.
 */
import { clipCell, type CsvRow, type CsvTable } from './csvTable';

/** The age/sex columns, as the file heads them; a practice's list size is their sum. */
export const BSA_AGE_SEX_COLUMNS: readonly string[] = [
  '0-4',
  '5-14',
  '15-24',
  '25-34',
  '35-44',
  '45-54',
  '55-64',
  '65-74',
  '75+',
].flatMap((band) => [`Male ${band}`, `Female ${band}`]);

/** The other headings the importer reads. */
const ID_COLUMNS = ['PCO Code', 'PCO Name', 'Practice Name', 'Practice Code'] as const;

/** Most patients taken as real for one age/sex column of one practice: more is a wrong column. */
const MAX_CELL = 1_000_000;

export interface BsaPractice {
  readonly code: string;
  readonly name: string;
  /** The sum of its 18 age/sex columns. */
  readonly listSize: number;
  readonly line: number;
}

/** The practices of one PCO code. */
export interface BsaCcgGroup {
  /** The CCG's ODS code: the PCO code without its trailing "00" (e.g. "03V"). */
  readonly code: string;
  /** As the file names it (e.g. "CORBY CCG"). */
  readonly pcoName: string;
  /** In file order, every row of the code, including practices with no patients (walk-in centres and the like). */
  readonly practices: readonly BsaPractice[];
  /** Sum of the practices' list sizes. */
  readonly listSize: number;
}

export interface BsaBadRow {
  readonly line: number;
  readonly reason: string;
}

export interface BsaListSizes {
  /** One per code, in the order the file first names them. */
  readonly groups: readonly BsaCcgGroup[];
  /** Rows left out, in line order; empty when every row was used. */
  readonly badRows: readonly BsaBadRow[];
  /** Sum over every group. */
  readonly total: number;
}

function norm(heading: string): string {
  return heading.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Column index of each heading the importer needs, or null when one is missing. */
function columnsOf(header: readonly string[]): {
  readonly ids: Readonly<Record<(typeof ID_COLUMNS)[number], number>>;
  readonly ageSex: readonly number[];
} | null {
  const at = new Map<string, number>();
  header.forEach((h, i) => {
    if (!at.has(norm(h))) at.set(norm(h), i);
  });
  const find = (h: string): number | undefined => at.get(norm(h));
  const ageSex = BSA_AGE_SEX_COLUMNS.map(find);
  const ids = ID_COLUMNS.map(find);
  if (ageSex.some((i) => i === undefined) || ids.some((i) => i === undefined)) return null;
  const [pco, pcoName, name, code] = ids as number[];
  return {
    ids: {
      'PCO Code': pco as number,
      'PCO Name': pcoName as number,
      'Practice Name': name as number,
      'Practice Code': code as number,
    },
    ageSex: ageSex as number[],
  };
}

/** Whether a table is an NHS BSA Patient List Size file: it has every heading the importer reads. */
export function isBsaListSizeTable(table: Pick<CsvTable, 'header'>): boolean {
  return columnsOf(table.header) !== null;
}

/** A count of patients as the file writes it ("1234", "1,234"), or why it is not one. */
function count(text: string, column: string): number | string {
  const t = text.trim();
  if (t === '') return `${column} is empty`;
  const s = /^\d{1,3}(,\d{3})+$/.test(t) ? t.replace(/,/g, '') : t;
  if (!/^\d+$/.test(s)) return `${column} "${clipCell(t, 20)}" is not a whole number of patients`;
  const n = Number(s);
  return n > MAX_CELL ? `${column} ${clipCell(t, 20)} is too large` : n;
}

function cell(row: CsvRow, index: number): string {
  return (row.cells[index] ?? '').trim();
}

/**
 * Reads a Patient List Size table: each practice's list size, grouped by CCG code. A row with a
 * missing or malformed PCO code or a count that is not a whole number is listed by its line and
 * left out. Returns null when the table is not such a file (see isBsaListSizeTable).
 */
export function readBsaListSizes(table: CsvTable): BsaListSizes | null {
  const columns = columnsOf(table.header);
  if (!columns) return null;
  const badRows: BsaBadRow[] = [];
  const groups = new Map<
    string,
    { code: string; pcoName: string; practices: BsaPractice[]; listSize: number }
  >();
  for (const row of table.rows) {
    const reasons: string[] = [];
    const pco = cell(row, columns.ids['PCO Code']).toUpperCase();
    if (pco === '') reasons.push('no PCO code');
    else if (!/^[A-Z0-9]{3}00$/.test(pco))
      reasons.push(`PCO code "${clipCell(pco, 20)}" is not a CCG code followed by 00`);
    let listSize = 0;
    BSA_AGE_SEX_COLUMNS.forEach((heading, k) => {
      const n = count(cell(row, columns.ageSex[k] as number), heading);
      if (typeof n === 'string') reasons.push(n);
      else listSize += n;
    });
    if (reasons.length > 0) {
      badRows.push({ line: row.line, reason: reasons.join('; ') });
      continue;
    }
    const code = pco.slice(0, -2);
    let group = groups.get(code);
    if (!group)
      groups.set(
        code,
        (group = { code, pcoName: cell(row, columns.ids['PCO Name']), practices: [], listSize: 0 }),
      );
    group.practices.push({
      code: cell(row, columns.ids['Practice Code']),
      name: cell(row, columns.ids['Practice Name']),
      listSize,
      line: row.line,
    });
    group.listSize += listSize;
  }
  const list = [...groups.values()];
  return { groups: list, badRows, total: list.reduce((s, g) => s + g.listSize, 0) };
}
