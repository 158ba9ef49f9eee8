import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { comparisonCsv } from '../../../shared/compare/comparisonCsv';
import { exportFileName, scenarioNamesForFileName } from '../../../shared/export/exportFileName';
import { toPenny } from '../../../shared/format/penny';
import { assumptionsWith, buildWorkspace, ccg, fn } from '../helpers/buildWorkspace';

// One function at £2.00 a head, e = 0: running = 600,000 + 8·P + 2·P = 600,000 + 10·P.
// Ashby in "Now", P = 123,457: 1,834,570 → £14.859991… a head → £14.86;
//   2013/14 headroom 25 × 123,457 − 1,834,570 = 1,251,855.
//   2015/16 (index 1.02, £22.07): running 1,871,261.40, allowance 2,724,695.99, headroom 853,434.59.
// Ashby in "Bigger", P = 150,001: 2,100,010 → £14.0000399… → £14.00; change 14.00 − 14.86 = −0.86.
//   headroom 3,750,025 − 2,100,010 = 1,650,015; change 1,650,015 − 1,251,855 = 398,160.
const workspace = buildWorkspace(
  [
    { id: 'now', name: 'Now', nodes: [ccg('ccg-a', 'Ashby CCG', { population: 123_457 })] },
    { id: 'big', name: 'Bigger', nodes: [ccg('ccg-a', 'Ashby CCG', { population: 150_001 })] },
  ],
  assumptionsWith([fn('bi', 2, 0)]),
);

const parse = (text: string): string[][] =>
  Papa.parse<string[]>(text.trimEnd(), { skipEmptyLines: false }).data;

describe('comparison CSV for a committee', () => {
  const rows = parse(comparisonCsv(workspace, ['now', 'big']));

  it('rounds every sum of money to the penny, and a change is the difference of the figures shown', () => {
    const ashby = rows.find((r) => r[0] === 'ccg-a');
    expect(ashby).toEqual([
      'ccg-a',
      'Ashby CCG',
      '14.86',
      '1251855',
      'Within',
      '14',
      '1650015',
      'Within',
      '-0.86',
      '398160',
    ]);
    const late = rows.find((r) => r[0] === '2015/16' && r[1] === 'Now' && r[2] === 'ccg-a');
    expect(late?.slice(4, 7)).toEqual(['1871261.4', '2724695.99', '853434.59']);
    // No number anywhere has more than two decimals.
    const long = rows.flat().filter((cell) => /^-?\d+\.\d{3,}$/.test(cell));
    expect(long).toEqual([]);
  });

  it('says the unit in every heading of money, people or CCGs', () => {
    const header = rows.find((r) => r[0] === 'CCG id') ?? [];
    expect(header.slice(2)).toEqual([
      'Now: running cost per head (£)',
      'Now: headroom (£ a year)',
      'Now: status',
      'Bigger: running cost per head (£)',
      'Bigger: headroom (£ a year)',
      'Bigger: status',
      'Bigger: change in per head from Now (£)',
      'Bigger: change in headroom from Now (£ a year)',
    ]);
    expect(rows.find((r) => r[0] === 'Scenario')).toEqual([
      'Scenario',
      'Population (people)',
      'Total cost (£ a year)',
      'Running cost (£ a year)',
      'Weighted running cost per head (£)',
      'Within (CCGs)',
      'Tight (CCGs)',
      'Over (CCGs)',
    ]);
    expect(rows.find((r) => r[0] === 'Every year')?.slice(4, 7)).toEqual([
      'Running cost (£ a year)',
      'Allowance (£ a year)',
      'Headroom (£ a year)',
    ]);
  });

  it('rounds half a penny away from zero and never writes minus zero', () => {
    expect([
      toPenny(1.005),
      toPenny(-1.005),
      toPenny(-0.004),
      toPenny(2.675),
      toPenny(1_345_200_000.125),
    ]).toEqual([1.01, -1.01, 0, 2.68, 1_345_200_000.13]);
    expect(Object.is(toPenny(-0.004), 0)).toBe(true);
  });

  it('names the file with every scenario, none cut mid-word, however long the names', () => {
    const names = [
      'Federated with in-house support',
      'Transactional support bought from the CSU',
      'Shared service across the cluster',
      'External provider',
    ];
    const list = scenarioNamesForFileName(names);
    expect([...list].length).toBeLessThanOrEqual(60);
    const parts = list.split(' vs ');
    expect(parts).toHaveLength(4);
    // Each part is its scenario's name, or whole words from its start marked with "…".
    parts.forEach((part, i) => {
      const name = names[i] ?? '';
      if (part.endsWith('…')) expect(`${name} `.startsWith(`${part.slice(0, -1)} `)).toBe(true);
      else expect(part).toBe(name);
    });
    expect(list).toBe('Federated with… vs Transactional… vs Shared… vs External…');
    const file = exportFileName({
      workspace: 'Cambridgeshire & Peterborough (illustrative)',
      scenario: list,
      what: 'comparison',
      extension: 'csv',
    });
    expect(file).toBe(
      'Cambridgeshire & Peterborough (illustrative) – Federated with… vs Transactional… vs Shared… vs External… comparison.csv',
    );
    // Names that fit are kept whole.
    expect(scenarioNamesForFileName(['All in-house', 'Shared service'])).toBe(
      'All in-house vs Shared service',
    );
  });
});
