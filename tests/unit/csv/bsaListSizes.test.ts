import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  BSA_AGE_SEX_COLUMNS,
  isBsaListSizeTable,
  readBsaListSizes,
} from '../../../shared/csv/bsaListSizes';
import { csvTableFromRows, type CsvTable } from '../../../shared/csv/csvTable';
import { parseCsvText } from '../../../renderer/src/files/parseCsvText';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'england-2013');
const merged = Papa.parse<Record<string, string>>(
  readFileSync(join(FIXTURES, 'ccg_2013_merged.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;
const parsed = parseCsvText(
  readFileSync(join(FIXTURES, 'Patient_List_Size_2013_04-06.csv'), 'utf8'),
);
if (!parsed.ok) throw new Error(parsed.error);
const real = readBsaListSizes(parsed.table);
if (!real) throw new Error('the real file was not recognised');

const HEADER = [
  'Regional Office Name',
  'Regional Office Code',
  'Area Team Name',
  'Area Team Code',
  'PCO Name',
  'PCO Code',
  'Practice Name',
  'Practice Code',
  ...BSA_AGE_SEX_COLUMNS,
];

function table(...rows: string[][]): CsvTable {
  return csvTableFromRows([HEADER, ...rows].map((cells, i) => ({ line: i + 1, cells })));
}

function practice(pco: string, name: string, counts: readonly string[]): string[] {
  return ['R', 'Y1', 'AT', 'Q1', `${pco} NAME`, pco, name, `${name}-code`, ...counts];
}

describe('NHS BSA Patient List Size file', () => {
  it('reads the real April–June 2013 file: NHS Corby (03V) has 7 practice rows and 70,729 patients', () => {
    const corby = real.groups.find((g) => g.code === '03V');
    expect(corby?.pcoName).toBe('CORBY CCG');
    expect(corby?.practices).toHaveLength(7);
    expect(corby?.listSize).toBe(70_729);
    expect(corby?.practices.reduce((s, p) => s + p.listSize, 0)).toBe(70_729);
    // Dr Khalid & Partners, K83059: 339+336+603+601+629+634+658+677+631+609+688+647+436+427+328+392+184+270.
    expect(corby?.practices.find((p) => p.code === 'K83059')?.listSize).toBe(9_089);
    expect(real.badRows).toEqual([]);
  });

  it('gives every one of the 211 CCGs the published sum and practice count, and England 56,002,534', () => {
    expect(merged).toHaveLength(211);
    const byCode = new Map(real.groups.map((g) => [g.code, g]));
    let england = 0;
    for (const row of merged) {
      const g = byCode.get(row.ccg13cdh_ods ?? '');
      expect(g?.listSize, row.ccg13cdh_ods).toBe(Number(row.derived_list_size_nhsbsa_2013_04_06));
      expect(g?.practices.length, row.ccg13cdh_ods).toBe(
        Number(row.derived_n_practice_rows_2013_04_06),
      );
      england += g?.listSize ?? 0;
    }
    expect(england).toBe(56_002_534);
    // 117 more codes are other organisations of 2013 (old PCT and trust codes), mostly empty.
    expect(real.groups).toHaveLength(328);
    expect(real.groups.reduce((s, g) => s + g.practices.length, 0)).toBe(9_754);
  });

  it('is recognised by its headings, in any order and case, and nothing else is', () => {
    expect(isBsaListSizeTable(parsed.table)).toBe(true);
    expect(isBsaListSizeTable({ header: [...HEADER].reverse().map((h) => h.toUpperCase()) })).toBe(
      true,
    );
    expect(isBsaListSizeTable({ header: ['Practice name', 'List size', 'Locality', 'CCG'] })).toBe(
      false,
    );
    expect(isBsaListSizeTable({ header: HEADER.filter((h) => h !== 'Female 75+') })).toBe(false);
    expect(
      readBsaListSizes(csvTableFromRows([{ line: 1, cells: ['Practice', 'List size', 'CCG'] }])),
    ).toBeNull();
  });

  it('sums the 18 columns, groups by code without its 00, and lists bad rows by line, leaving them out', () => {
    const ones = BSA_AGE_SEX_COLUMNS.map(() => '1');
    const result = readBsaListSizes(
      table(
        practice('03V00', 'A', ones),
        practice(
          '02N00',
          'B',
          BSA_AGE_SEX_COLUMNS.map((_, i) => String(i)),
        ),
        practice('03v00', 'C', ['1,000', ...ones.slice(1)]),
        practice('', 'D', ones),
        practice('03V', 'E', ones),
        practice('03V00', 'F', ['n/a', ...ones.slice(3), '', '-3']),
      ),
    );
    expect(result?.groups.map((g) => [g.code, g.practices.map((p) => p.name), g.listSize])).toEqual(
      [
        ['03V', ['A', 'C'], 18 + 1_017],
        ['02N', ['B'], 153],
      ],
    );
    expect(result?.badRows).toEqual([
      { line: 5, reason: 'no PCO code' },
      { line: 6, reason: 'PCO code "03V" is not a CCG code followed by 00' },
      {
        line: 7,
        reason:
          'Male 0-4 "n/a" is not a whole number of patients; Male 75+ is empty; Female 75+ "-3" is not a whole number of patients',
      },
    ]);
    expect(result?.total).toBe(18 + 1_017 + 153);
  });
});
