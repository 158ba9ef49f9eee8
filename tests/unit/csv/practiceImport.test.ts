import { describe, expect, it } from 'vitest';
import { buildPracticeImport, parseListSize } from '../../../shared/csv/buildPracticeImport';
import {
  guessPracticeMapping,
  mappingProblems,
  normaliseHeading,
} from '../../../shared/csv/practiceColumns';
import {
  practiceImportClipboard,
  practiceImportWorkspace,
  slugId,
} from '../../../shared/csv/practiceImportNodes';
import { costScenario } from '../../../shared/costing/costScenario';
import { applyEdit } from '../../../shared/edits/applyEdit';
import { newIdsFor } from '../../../shared/edits/newId';
import { findSample } from '../../../shared/samples/index';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import { parseCsvText } from '../../../renderer/src/files/parseCsvText';

function tableOf(text: string) {
  const parsed = parseCsvText(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.table;
}

const PRACTICES = [
  'Practice name,List size,Locality,CCG',
  'Abbey Surgery,"12,000",Bourne North,Bourne CCG',
  'Bridge Street,8000,Bourne North,Bourne CCG',
  'Castle Practice,9500,Bourne South,Bourne CCG',
  'Dale Medical,15000,Ashby Town,Ashby CCG',
  'Elm Tree,7000,ashby town ,Ashby CCG',
].join('\n');

describe('guessPracticeMapping: flexible headings', () => {
  it.each([
    [
      ['Practice name', 'List size', 'Locality', 'CCG'],
      { practice: 0, listSize: 1, locality: 2, ccg: 3 },
    ],
    [
      ['practice', 'registered patients', 'LCG', 'CCG name'],
      { practice: 0, listSize: 1, locality: 2, ccg: 3 },
    ],
    [
      ['CCG_Name', 'Local commissioning group', 'GP Practice', 'No. of patients'],
      { practice: 2, listSize: 3, locality: 1, ccg: 0 },
    ],
    [
      ['Clinical Commissioning Group', 'Practice code', 'Practice name', 'Registered list size'],
      { practice: 2, listSize: 3, locality: null, ccg: 0 },
    ],
    [
      ['Surgery', 'Patients', 'Locality Name', 'CCG code'],
      { practice: 0, listSize: 1, locality: 2, ccg: 3 },
    ],
    [['Region', 'Value'], { practice: null, listSize: null, locality: null, ccg: null }],
  ])('%j', (header, expected) => {
    expect(guessPracticeMapping(header)).toEqual(expected);
  });

  it('normalises case, punctuation and spacing', () => {
    expect(normaliseHeading('  CCG_Name ')).toBe('ccg name');
    expect(normaliseHeading('No. of patients')).toBe('no of patients');
  });

  it('says what a mapping lacks, and refuses one column for two fields', () => {
    const header = ['Practice', 'Size', 'CCG'];
    expect(
      mappingProblems({ practice: 0, listSize: null, locality: null, ccg: 2 }, header),
    ).toEqual(['Choose the column that holds the list size.']);
    expect(mappingProblems({ practice: 0, listSize: 2, locality: null, ccg: 2 }, header)).toEqual([
      'Column “CCG” is chosen for both list size and ccg: choose one column per field.',
    ]);
    expect(mappingProblems({ practice: 0, listSize: 1, locality: null, ccg: 7 }, header)).toEqual([
      'The ccg column does not exist in the file.',
    ]);
    expect(mappingProblems({ practice: 0, listSize: 1, locality: null, ccg: 2 }, header)).toEqual(
      [],
    );
  });
});

describe('parseCsvText', () => {
  it('numbers rows by the line they start on, through quoted line breaks, blank lines and CRLF', () => {
    const table = tableOf(
      '\ufeffPractice,List size,CCG\r\n"The Old\nSurgery",100,X\r\n\r\nB,200,Y\nC,"3,000",Z\n',
    );
    expect(table.header).toEqual(['Practice', 'List size', 'CCG']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['The Old\nSurgery', '100', 'X'] },
      { line: 5, cells: ['B', '200', 'Y'] },
      { line: 6, cells: ['C', '3,000', 'Z'] },
    ]);
  });

  it('reads semicolon-separated files (Excel in many European locales)', () => {
    expect(tableOf('Practice;List size;CCG\nA;10;X\n').rows[0]?.cells).toEqual(['A', '10', 'X']);
  });

  it('refuses an empty file and an unclosed quote', () => {
    expect(parseCsvText(' \n')).toEqual({ ok: false, error: 'The file is empty.' });
    const unclosed = parseCsvText('a,b\n1,"2\n3,4\n');
    expect(unclosed.ok).toBe(false);
  });
});

describe('parseListSize', () => {
  it.each([
    ['12345', 12345],
    ['12,345', 12345],
    [' 12 345 ', 12345],
    ['0', 0],
    ['+40', 40],
    ['1200.0', 1200],
  ])('reads %j', (text, value) => {
    expect(parseListSize(text)).toEqual({ ok: true, value });
  });
  it.each([
    ['', 'no list size'],
    ['n/a', 'list size "n/a" is not a number'],
    ['-40', 'list size -40 is negative'],
    ['(40)', 'list size (40) is negative'],
    ['12.5', 'list size 12.5 is not a whole number of patients'],
    ['99999999', 'list size 99999999 is too large for a practice'],
  ])('refuses %j', (text, reason) => {
    expect(parseListSize(text)).toEqual({ ok: false, reason });
  });
});

describe('buildPracticeImport', () => {
  it('sums practices into localities and localities into CCGs, matching names loosely', () => {
    const table = tableOf(PRACTICES);
    const imported = buildPracticeImport(table, guessPracticeMapping(table.header));
    expect(imported.badRows).toEqual([]);
    expect(imported.usedRows).toBe(5);
    expect(imported.population).toBe(51_500);
    expect(imported.ccgs).toEqual([
      {
        name: 'Bourne CCG',
        population: 29_500,
        practices: 3,
        localities: [
          { name: 'Bourne North', population: 20_000, practices: 2 },
          { name: 'Bourne South', population: 9_500, practices: 1 },
        ],
      },
      {
        name: 'Ashby CCG',
        population: 22_000,
        practices: 2,
        localities: [{ name: 'Ashby Town', population: 22_000, practices: 2 }],
      },
    ]);
  });

  it('without a locality column gives each CCG its practices’ total as its own population', () => {
    const table = tableOf('Practice,Patients,CCG\nA,100,X\nB,250,X\nC,40,Y\n');
    const imported = buildPracticeImport(table, {
      ...guessPracticeMapping(table.header),
      locality: null,
    });
    expect(imported.ccgs).toEqual([
      { name: 'X', population: 350, practices: 2, localities: [] },
      { name: 'Y', population: 40, practices: 1, localities: [] },
    ]);
  });

  it('lists bad rows with their line numbers and leaves them out of the sums', () => {
    const text = [
      'Practice,List size,Locality,CCG', //  1
      'A,1000,North,X', //                   2
      'B,,North,X', //                       3 no list size
      'C,lots,North,X', //                   4 not a number
      '', //                                 5 blank: ignored
      'D,-20,North,X', //                    6 negative
      'E,500,North,', //                     7 no CCG
      'F,300,,X', //                         8 no locality
      'G,0,South,X', //                      9 South adds up to 0
      'H,700,North,X', //                   10
    ].join('\n');
    const table = tableOf(text);
    const imported = buildPracticeImport(table, guessPracticeMapping(table.header));
    expect(imported.badRows).toEqual([
      { line: 3, reason: 'no list size' },
      { line: 4, reason: 'list size "lots" is not a number' },
      { line: 6, reason: 'list size -20 is negative' },
      { line: 7, reason: 'no CCG' },
      { line: 8, reason: 'no locality' },
      {
        line: 9,
        reason: 'locality "South" of X would have no patients (its list sizes add up to 0)',
      },
    ]);
    expect(imported.ccgs).toEqual([
      {
        name: 'X',
        population: 1700,
        practices: 2,
        localities: [{ name: 'North', population: 1700, practices: 2 }],
      },
    ]);
    expect(imported.usedRows).toBe(2);
  });

  it('gives every reason a row has', () => {
    const table = tableOf('Practice,List size,CCG\nA,abc,\n');
    expect(buildPracticeImport(table, guessPracticeMapping(table.header)).badRows).toEqual([
      { line: 2, reason: 'no CCG; list size "abc" is not a number' },
    ]);
  });
});

describe('placing an import', () => {
  const table = tableOf(PRACTICES);
  const imported = buildPracticeImport(table, guessPracticeMapping(table.header));

  it('makes readable ids from names', () => {
    expect(slugId('Ashby CCG')).toBe('ashby-ccg');
    expect(slugId('St. Mary’s & Crewe')).toBe('st-mary-s-and-crewe');
    expect(slugId('——')).toBe('');
  });

  it('pastes into a scenario as one valid edit; the cards carry the summed populations', () => {
    const ws = findSample('four-small-ccgs')?.create();
    if (!ws) throw new Error('sample missing');
    const scenario = ws.scenarios[0];
    if (!scenario) throw new Error('no scenario');
    const clipboard = practiceImportClipboard(imported, { x: 0, y: 2000 });
    const outcome = applyEdit(ws, {
      type: 'paste',
      scenarioId: scenario.id,
      clipboard,
      dx: 0,
      dy: 0,
      newIds: newIdsFor(clipboard, scenario),
    });
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    const result = costScenario(outcome.workspace, scenario.id);
    const byName = new Map(result.ccgs.map((c) => [c.name, c]));
    expect(byName.get('Bourne CCG')?.population).toBe(29_500);
    expect(byName.get('Bourne CCG')?.localities).toBe(2);
    expect(byName.get('Ashby CCG')?.population).toBe(22_000);
    expect(result.ccgs).toHaveLength(scenario.nodes.filter((n) => n.kind === 'ccg').length + 2);
  });

  it('lays cards out in a grid below the origin without overlapping', () => {
    const many = {
      ...imported,
      ccgs: Array.from({ length: 7 }, (_, i) => ({ ...imported.ccgs[0]!, name: `CCG ${i}` })),
    };
    const cards = practiceImportClipboard(many, { x: 100, y: 50 }).nodes.filter(
      (n) => n.kind === 'ccg',
    );
    expect(new Set(cards.map((c) => `${c.x},${c.y}`)).size).toBe(7);
    expect(Math.min(...cards.map((c) => c.x))).toBe(100);
    expect(Math.min(...cards.map((c) => c.y))).toBe(50);
  });

  it('builds a new workspace that validates and costs', () => {
    const ws = practiceImportWorkspace(imported, {
      id: 'ws-import',
      name: 'Practices',
      now: new Date('2012-03-01T00:00:00Z'),
    });
    const valid = validateWorkspace(JSON.parse(JSON.stringify(ws)));
    expect(valid.ok).toBe(true);
    expect(costScenario(ws, 'scenario-1').totals.population).toBe(51_500);
  });
});
