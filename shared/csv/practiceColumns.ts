/**
 * Which column of a practice list holds what: practice, list size, locality and CCG. Headings
 * are matched flexibly ("Practice name", "registered patients", "LCG", "CCG name"…); the user
 * confirms or changes the guess in the import's mapping step.
 */
import { clipCell } from './csvTable';

export const PRACTICE_FIELDS = ['practice', 'listSize', 'locality', 'ccg'] as const;
export type PracticeField = (typeof PRACTICE_FIELDS)[number];

/** The column index of each field, or null when no column holds it. */
export type PracticeMapping = { readonly [F in PracticeField]: number | null };

/** Field labels as the mapping step shows them. */
export const PRACTICE_FIELD_LABELS: Readonly<Record<PracticeField, string>> = {
  practice: 'Practice',
  listSize: 'List size',
  locality: 'Locality',
  ccg: 'CCG',
};

/** List size and CCG are needed to build anything; practice and locality are optional. */
export const REQUIRED_PRACTICE_FIELDS: readonly PracticeField[] = ['listSize', 'ccg'];

/**
 * Headings each field answers to, normalised (lower case, words separated by single spaces).
 * An exact match beats a heading that merely contains one of these words.
 */
const SYNONYMS: Readonly<Record<PracticeField, readonly string[]>> = {
  practice: [
    'practice name',
    'practice',
    'gp practice',
    'gp practice name',
    'surgery',
    'surgery name',
    'practice code',
    'gp',
  ],
  listSize: [
    'list size',
    'registered patients',
    'list',
    'patients',
    'population',
    'registered population',
    'registered list',
    'registered list size',
    'number of patients',
    'no of patients',
    'total patients',
    'patient count',
    'list size total',
    'weighted list size',
  ],
  locality: [
    'locality',
    'locality name',
    'lcg',
    'lcg name',
    'local commissioning group',
    'locality group',
    'locality commissioning group',
    'neighbourhood',
  ],
  ccg: ['ccg', 'ccg name', 'clinical commissioning group', 'commissioning group', 'ccg code'],
};

/** A heading in a comparable form: "CCG_Name " → "ccg name", "No. of patients" → "no of patients". */
export function normaliseHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * How well a heading fits a field: about 3 for an exact synonym, about 2 for a heading that
 * contains one as whole words, 0 not at all. Earlier synonyms are the likelier meaning, so a
 * small bonus keeps "Practice name" ahead of "Practice code" when a file has both.
 */
function score(heading: string, field: PracticeField): number {
  const h = normaliseHeading(heading);
  if (h === '') return 0;
  const synonyms = SYNONYMS[field];
  const exact = synonyms.indexOf(h);
  if (exact >= 0) return 3 + (synonyms.length - exact) / (10 * synonyms.length);
  const words = ` ${h} `;
  let best = 0;
  synonyms.forEach((s, i) => {
    if (words.includes(` ${s} `))
      best = Math.max(best, 2 + (synonyms.length - i) / (10 * synonyms.length));
  });
  return best;
}

/**
 * The best guess of which column holds each field. Each column is given to at most one field,
 * best fits first (so "Local commissioning group" goes to locality, not CCG); a tie goes to the
 * leftmost column.
 */
export function guessPracticeMapping(header: readonly string[]): PracticeMapping {
  const candidates: { field: PracticeField; column: number; score: number }[] = [];
  header.forEach((heading, column) => {
    for (const field of PRACTICE_FIELDS) {
      const s = score(heading, field);
      if (s > 0) candidates.push({ field, column, score: s });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: Record<PracticeField, number | null> = {
    practice: null,
    listSize: null,
    locality: null,
    ccg: null,
  };
  const usedColumns = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== null || usedColumns.has(c.column)) continue;
    mapping[c.field] = c.column;
    usedColumns.add(c.column);
  }
  return mapping;
}

/**
 * What is wrong with a mapping, in words: a required field with no column, a column given to
 * two fields, or a column beyond the header. Empty when the mapping can be used.
 */
export function mappingProblems(mapping: PracticeMapping, header: readonly string[]): string[] {
  const problems: string[] = [];
  for (const field of REQUIRED_PRACTICE_FIELDS) {
    if (mapping[field] === null)
      problems.push(
        `Choose the column that holds the ${PRACTICE_FIELD_LABELS[field].toLowerCase()}.`,
      );
  }
  const byColumn = new Map<number, PracticeField[]>();
  for (const field of PRACTICE_FIELDS) {
    const column = mapping[field];
    if (column === null) continue;
    if (!Number.isInteger(column) || column < 0 || column >= header.length) {
      problems.push(
        `The ${PRACTICE_FIELD_LABELS[field].toLowerCase()} column does not exist in the file.`,
      );
      continue;
    }
    byColumn.set(column, [...(byColumn.get(column) ?? []), field]);
  }
  for (const [column, fields] of byColumn) {
    if (fields.length > 1) {
      const names = fields.map((f) => PRACTICE_FIELD_LABELS[f].toLowerCase()).join(' and ');
      problems.push(
        `Column “${clipCell(header[column] ?? String(column + 1))}” is chosen for both ${names}: choose one column per field.`,
      );
    }
  }
  return problems;
}
