import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { comparisonCsv } from '../../../shared/compare/comparisonCsv';
import { yearsComparison } from '../../../shared/compare/yearsComparison';
import { costScenario } from '../../../shared/costing/costScenario';
import { assumptionsWith, buildWorkspace, ccg, fn } from '../helpers/buildWorkspace';

// One function at £2.00 a head with no scale effect; the default years: 2013/14 £25.00 (index 1),
// 2014/15 £24.73 (1.01), 2015/16 £22.07 (1.02), amber margin 4%.
// Smaller Ashby, 50,000 people: running 600,000 + 8·50,000 + 2·50,000 = 1,100,000 in 2013/14,
//   allowance 25·50,000 = 1,250,000, headroom 150,000: within (1,100,000 ≤ 0.96·1,250,000 = 1,200,000).
//   2015/16: running 1.02·1,100,000 = 1,122,000, allowance 22.07·50,000 = 1,103,500,
//   headroom −18,500: over.
// Now (Ashby 100,000 + Barford 200,000): 2015/16 running 1.02·(1,600,000 + 2,600,000) = 4,284,000,
//   allowance 22.07·300,000 = 6,621,000, headroom 2,337,000.
const workspace = buildWorkspace(
  [
    {
      id: 'now',
      name: 'Now',
      nodes: [
        ccg('ccg-a', 'Ashby CCG', { population: 100_000 }),
        ccg('ccg-b', 'Barford CCG', { population: 200_000 }),
      ],
    },
    {
      id: 'small',
      name: 'Smaller Ashby',
      nodes: [ccg('ccg-a', 'Ashby CCG', { population: 50_000 })],
    },
  ],
  assumptionsWith([fn('bi', 2, 0)]),
);

describe('yearsComparison', () => {
  const c = yearsComparison([costScenario(workspace, 'now'), costScenario(workspace, 'small')]);

  it('has every planning year as a column, and each scenario’s running cost against its allowance', () => {
    expect(c.years.map((y) => y.label)).toEqual(['2013/14', '2014/15', '2015/16']);
    const now = c.scenarios[0]?.totals[2];
    expect(now?.running).toBeCloseTo(4_284_000, 6);
    expect(now?.allowance).toBeCloseTo(6_621_000, 6);
    expect(now?.headroom).toBeCloseTo(2_337_000, 6);
  });

  it('has each CCG in each year and scenario, with its status changing as the allowance falls', () => {
    const ashby = c.ccgs.find((r) => r.ccgId === 'ccg-a');
    expect(ashby?.cells[0]?.[1]).toMatchObject({ status: 'within' });
    expect(ashby?.cells[0]?.[1]?.headroom).toBeCloseTo(150_000, 6);
    const late = ashby?.cells[2]?.[1];
    expect(late?.running).toBeCloseTo(1_122_000, 6);
    expect(late?.allowance).toBeCloseTo(1_103_500, 6);
    expect(late?.headroom).toBeCloseTo(-18_500, 6);
    expect(late?.status).toBe('over');
    // Barford is not in the smaller scenario.
    expect(c.ccgs.find((r) => r.ccgId === 'ccg-b')?.cells[2]?.[1]).toBeNull();
  });
});

describe('comparisonCsv with a year', () => {
  it('names the year compared and answers for it; every year follows at the end', () => {
    const rows = Papa.parse<string[]>(
      comparisonCsv(workspace, ['now', 'small'], '2015-16').trimEnd(),
    ).data;
    expect(rows[0]).toEqual(['Planning year', '2015/16']);
    // The side-by-side row is 2015/16's: Smaller Ashby 1,122,000 / 50,000 = £22.44 a head, over.
    const ashby = rows.find((r) => r[0] === 'ccg-a');
    expect(ashby?.[5]).toBe('22.44');
    expect(ashby?.[7]).toBe('Over');
    const every = rows.slice(rows.findIndex((r) => r[0] === 'Every year') + 1);
    expect(every.filter((r) => r[3] === 'Ashby CCG').map((r) => [r[0], r[1]])).toEqual([
      ['2013/14', 'Now'],
      ['2013/14', 'Smaller Ashby'],
      ['2014/15', 'Now'],
      ['2014/15', 'Smaller Ashby'],
      ['2015/16', 'Now'],
      ['2015/16', 'Smaller Ashby'],
    ]);
    const late = every.find(
      (r) => r[0] === '2015/16' && r[1] === 'Smaller Ashby' && r[2] === 'ccg-a',
    );
    expect(late?.slice(4, 7)).toEqual(['1122000', '1103500', '-18500']);
    expect(late?.[7]).toBe('Over');
  });
});
