/**
 * Turns the rows of a practice list into CCGs and localities with summed populations (a CCG's
 * population is the sum of its localities', DESIGN.md §4 step 1, so each locality gets the sum of
 * its practices' list sizes). Rows that cannot be used are listed with their line numbers; the
 * caller decides whether to skip them or refuse the file.
 */
import { MAX_NAME_LENGTH } from '../schema/workspaceSchema';
import { ccgMatchKey } from './ccgMatchKey';
import { cellAt, clipCell, type CsvRow, type CsvTable } from './csvTable';
import type { PracticeMapping } from './practiceColumns';

export interface ImportedLocality {
  readonly name: string;
  readonly population: number;
  /** Practices (rows) summed into it. */
  readonly practices: number;
}

export interface ImportedCcg {
  readonly name: string;
  /** The sum of its localities' populations, or of its practices' when there are no localities. */
  readonly population: number;
  readonly practices: number;
  /** Empty when the file has no locality column: the CCG then carries the population itself. */
  readonly localities: readonly ImportedLocality[];
}

export interface BadRow {
  readonly line: number;
  /** Why the row cannot be used, in words: `no CCG`, `list size "n/a" is not a number`. */
  readonly reason: string;
}

export interface PracticeImport {
  /** In the order the file first names them. */
  readonly ccgs: readonly ImportedCcg[];
  /** Rows left out, in line order. Empty when every row was used. */
  readonly badRows: readonly BadRow[];
  /** Rows summed into the CCGs. */
  readonly usedRows: number;
  /** Sum of the CCGs' populations. */
  readonly population: number;
}

/** The largest list size taken as real; a bigger figure is a typo or a wrong column. */
export const MAX_LIST_SIZE = 10_000_000;

/**
 * Reads a list size the way a spreadsheet user writes it: "12345", "12,345", " 12 345 ".
 * Returns the number, or why it cannot be one.
 */
export function parseListSize(
  text: string,
): { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'no list size' };
  const raw = clipCell(trimmed);
  let s = trimmed.replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  if (/^[-−–]\s*\d/.test(s) || /^\(\d[\d,]*(\.\d+)?\)$/.test(s))
    return { ok: false, reason: `list size ${raw} is negative` };
  if (!/^\+?\d+(\.\d+)?$/.test(s))
    return { ok: false, reason: `list size "${raw}" is not a number` };
  const value = Number(s);
  if (!Number.isInteger(value))
    return { ok: false, reason: `list size ${raw} is not a whole number of patients` };
  if (value > MAX_LIST_SIZE)
    return { ok: false, reason: `list size ${raw} is too large for a practice` };
  return { ok: true, value };
}

/** A name as compared: case, spacing and a trailing/leading space ignored. */
function nameKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

function tidyName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

interface LocalityAcc {
  name: string;
  population: number;
  lines: number[];
}
interface CcgAcc {
  name: string;
  population: number;
  lines: number[];
  localities: Map<string, LocalityAcc>;
}

/**
 * Builds CCGs and localities from a practice list. `mapping` must have list size and CCG columns
 * (see mappingProblems). With a locality column, every row needs a locality; without one, each
 * CCG gets its practices' total as its own population. A locality or CCG whose practices add up
 * to no patients at all cannot be modelled, so its rows are listed as bad too.
 */
export function buildPracticeImport(table: CsvTable, mapping: PracticeMapping): PracticeImport {
  const bad: BadRow[] = [];
  const ccgs = new Map<string, CcgAcc>();
  const hasLocalities = mapping.locality !== null;

  for (const row of table.rows) {
    const problem = rowProblem(row, mapping, hasLocalities);
    if (typeof problem === 'string') {
      bad.push({ line: row.line, reason: problem });
      continue;
    }
    const ccgName = tidyName(cellAt(row, mapping.ccg));
    // "Northvale" and "NHS Northvale CCG" in one list are one CCG, as they match one in a scenario.
    let ccg = ccgs.get(ccgMatchKey(ccgName));
    if (!ccg)
      ccgs.set(
        ccgMatchKey(ccgName),
        (ccg = { name: ccgName, population: 0, lines: [], localities: new Map() }),
      );
    ccg.population += problem.listSize;
    ccg.lines.push(row.line);
    if (hasLocalities) {
      const localityName = tidyName(cellAt(row, mapping.locality));
      let locality = ccg.localities.get(nameKey(localityName));
      if (!locality)
        ccg.localities.set(
          nameKey(localityName),
          (locality = { name: localityName, population: 0, lines: [] }),
        );
      locality.population += problem.listSize;
      locality.lines.push(row.line);
    }
  }

  const result: ImportedCcg[] = [];
  let usedRows = 0;
  for (const ccg of ccgs.values()) {
    const localities: ImportedLocality[] = [];
    for (const loc of ccg.localities.values()) {
      if (loc.population > 0) {
        localities.push({
          name: loc.name,
          population: loc.population,
          practices: loc.lines.length,
        });
      } else {
        for (const line of loc.lines)
          bad.push({
            line,
            reason: `locality "${clipCell(loc.name)}" of ${clipCell(ccg.name)} would have no patients (its list sizes add up to 0)`,
          });
      }
    }
    const population = hasLocalities
      ? localities.reduce((s, l) => s + l.population, 0)
      : ccg.population;
    if (population <= 0) {
      if (!hasLocalities)
        for (const line of ccg.lines)
          bad.push({
            line,
            reason: `${clipCell(ccg.name)} would have no patients (its list sizes add up to 0)`,
          });
      continue;
    }
    const practices = hasLocalities
      ? localities.reduce((s, l) => s + l.practices, 0)
      : ccg.lines.length;
    usedRows += practices;
    result.push({ name: ccg.name, population, practices, localities });
  }

  bad.sort((a, b) => a.line - b.line);
  return {
    ccgs: result,
    badRows: bad,
    usedRows,
    population: result.reduce((s, c) => s + c.population, 0),
  };
}

/** Why a row cannot be used, or its list size. */
function rowProblem(
  row: CsvRow,
  mapping: PracticeMapping,
  hasLocalities: boolean,
): string | { readonly listSize: number } {
  const reasons: string[] = [];
  const ccg = tidyName(cellAt(row, mapping.ccg));
  if (ccg === '') reasons.push('no CCG');
  // A workspace refuses longer names, so such a row could never be added.
  if (ccg.length > MAX_NAME_LENGTH)
    reasons.push(`CCG name is longer than ${MAX_NAME_LENGTH} characters`);
  if (hasLocalities) {
    const locality = tidyName(cellAt(row, mapping.locality));
    if (locality === '') reasons.push('no locality');
    if (locality.length > MAX_NAME_LENGTH)
      reasons.push(`locality name is longer than ${MAX_NAME_LENGTH} characters`);
  }
  const size = parseListSize(cellAt(row, mapping.listSize));
  if (!size.ok) reasons.push(size.reason);
  if (reasons.length > 0 || !size.ok) return reasons.join('; ');
  return { listSize: size.value };
}
