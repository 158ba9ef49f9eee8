import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { costReport, formatReportCsv } from '../../../shared/report/costReport';
import { yearsWorkspace } from '../helpers/yearsWorkspace';

// Figures hand-worked in tests/unit/helpers/yearsWorkspace.ts.
describe('results CSV: every planning year', () => {
  it('has a row per CCG per year with that year’s running cost, allowance and headroom', () => {
    const rows = Papa.parse<Record<string, string>>(formatReportCsv(costReport(yearsWorkspace())), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(9);
    expect(rows.filter((r) => r.ccg_id === 'ccg-c').map((r) => r.year)).toEqual([
      '2013/14',
      '2014/15',
      '2015/16',
    ]);
    const carden2013 = rows.find((r) => r.ccg_id === 'ccg-c' && r.year_id === '2013-14');
    expect(Number(carden2013?.running)).toBe(2_100_000);
    expect(Number(carden2013?.allowance)).toBeCloseTo(3_841_488.07, 2);
    expect(Number(carden2013?.headroom)).toBeCloseTo(1_741_488.07, 2);
    const carden2015 = rows.find((r) => r.ccg_id === 'ccg-c' && r.year_id === '2015-16');
    expect(Number(carden2015?.running)).toBeCloseTo(2_142_000, 6);
    expect(Number(carden2015?.allowance)).toBeCloseTo(3_391_265.67, 2);
    expect(carden2015?.status).toBe('within');
    expect(
      Number(rows.find((r) => r.ccg_id === 'ccg-b' && r.year_id === '2013-14')?.allowance),
    ).toBe(5_250_000);
  });
});
