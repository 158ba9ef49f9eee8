import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../shared/csv/writeCsv';
import { formatReportCsv, costReport } from '../../../shared/report/costReport';
import { comparisonCsv } from '../../../shared/compare/comparisonCsv';
import { handWorkedWorkspace } from '../report/reportFixtures';

describe('writeCsv', () => {
  it('quotes only what needs quoting (RFC 4180) and ends every line with \\n', () => {
    expect(
      writeCsv([['plain', 24.4, -12.5], ['a,b', 'say "hi"', 'two\nlines'], ['cr\rhere']]),
    ).toBe('plain,24.4,-12.5\n"a,b","say ""hi""","two\nlines"\n"cr\rhere"\n');
  });

  it('writes empty rows as blank lines and missing values as empty fields', () => {
    expect(writeCsv([['a', null, undefined, 'b'], [], ['c']])).toBe('a,,,b\n\nc\n');
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["+cmd|' /C calc'!A0", `"'+cmd|' /C calc'!A0"`],
    ['@SUM(1)', `"'@SUM(1)"`],
    ['-2+3', `"'-2+3"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
  ])('writes the text %j with a leading apostrophe so no spreadsheet runs it', (value, written) => {
    expect(writeCsv([[value]])).toBe(`${written}\n`);
  });

  it('prefixes a formula that runs over several lines (papaparse’s own escapeFormulae misses it)', () => {
    expect(writeCsv([['=1+2\nx']])).toBe(`"'=1+2\nx"\n`);
    expect(Papa.unparse([['=1+2\nx']], { escapeFormulae: true })).toBe('"=1+2\nx"');
  });

  it('leaves numbers as numbers, negative ones too, and text that only contains a formula character', () => {
    expect(writeCsv([[-150000, -0.5, 0, 'a=b', 'x-y', ' =1', 'Total']])).toBe(
      '-150000,-0.5,0,a=b,x-y," =1",Total\n',
    );
  });

  it('reads back (papaparse) as the text that was written, with only the apostrophe added', () => {
    const names = ['=HYPERLINK("http://x","y")', 'Ashby, "North" CCG', '@SUM(1)', 'Bourne'];
    const back = Papa.parse<string[]>(writeCsv([names]).trimEnd()).data[0];
    expect(back).toEqual([
      '\'=HYPERLINK("http://x","y")',
      'Ashby, "North" CCG',
      "'@SUM(1)",
      'Bourne',
    ]);
  });
});

describe('the exports written by writeCsv', () => {
  function hostile() {
    const ws = handWorkedWorkspace();
    const first = ws.scenarios[0];
    const ccg = first?.nodes.find((n) => n.kind === 'ccg');
    if (!first || !ccg) throw new Error('fixture changed');
    return {
      ...ws,
      scenarios: ws.scenarios.map((s, i) => ({
        ...s,
        name: i === 0 ? '@SUM(1)' : s.name,
        nodes: s.nodes.map((n) =>
          n.id === ccg.id ? { ...n, name: '=HYPERLINK("http://x","y")' } : n,
        ),
      })),
    };
  }

  it('the results CSV prefixes a hostile CCG and scenario name and keeps negative headroom a number', () => {
    const ws = hostile();
    const rows = Papa.parse<string[]>(formatReportCsv(costReport(ws)).trimEnd()).data;
    const col = (name: string): number => rows[0]?.indexOf(name) ?? -1;
    expect(rows.some((r) => r[col('ccg')] === '\'=HYPERLINK("http://x","y")')).toBe(true);
    expect(rows.some((r) => r[col('scenario')] === "'@SUM(1)")).toBe(true);
    expect(col('headroom')).toBeGreaterThan(0);
    for (const r of rows.slice(1)) expect(Number.isFinite(Number(r[col('headroom')]))).toBe(true);
  });

  it('the comparison CSV prefixes them too, in headings, rows and totals', () => {
    const ws = hostile();
    const csv = comparisonCsv(
      ws,
      ws.scenarios.map((s) => s.id),
    );
    const cells = Papa.parse<string[]>(csv).data.flat();
    expect(cells).toContain("'@SUM(1): running cost per head (£)");
    expect(cells).toContain('\'=HYPERLINK("http://x","y")');
    expect(cells).toContain("'@SUM(1)");
    expect(cells.filter((c) => /^[=+@\t\r]/.test(c))).toEqual([]);
  });
});
