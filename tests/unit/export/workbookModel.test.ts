import { describe, expect, it } from 'vitest';
import { costScenario } from '../../../shared/costing/costScenario';
import { NUMBER_FORMATS, sheetName, type SheetModel } from '../../../shared/export/cells';
import { exportFileName } from '../../../shared/export/exportFileName';
import { resultsTable } from '../../../shared/export/resultsTable';
import { assumptionValue } from '../../../shared/assumptions/assumptionPaths';
import { workbookModel } from '../../../shared/export/workbookModel';
import { formatReportCsv, costReport } from '../../../shared/report/costReport';
import { SAMPLES, findSample } from '../../../shared/samples/index';

function sample(id: string) {
  const s = findSample(id);
  if (!s) throw new Error(`no sample ${id}`);
  return s.create();
}

/** The rows of a sheet as plain values, for looking things up by their first cell. */
function values(sheet: SheetModel): (string | number | boolean | null)[][] {
  return sheet.rows.map((r) => r.cells.map((c) => c.value));
}

describe('resultsTable', () => {
  it.each(SAMPLES.flatMap((s) => s.create().scenarios.map((sc) => [s.id, sc.id] as const)))(
    '%s › %s carries the engine’s numbers',
    (sampleId, scenarioId) => {
      const ws = sample(sampleId);
      const table = resultsTable(ws, scenarioId);
      const engine = costScenario(ws, scenarioId);
      expect(table.columns.map((c) => c.key)).toEqual([
        'ccg',
        'population',
        'core',
        ...ws.assumptions.functions.map((f) => `fn:${f.id}`),
        'total',
        'running',
        'allowance',
        'perHead',
        'headroom',
        'status',
      ]);
      expect(table.rows).toHaveLength(engine.ccgs.length);
      const col = (key: string): number => table.columns.findIndex((c) => c.key === key);
      engine.ccgs.forEach((c, i) => {
        const v = table.rows[i]?.values ?? [];
        expect(v[col('ccg')]).toBe(c.name);
        expect(v[col('population')]).toBe(c.population);
        expect(v[col('core')]).toBe(c.core);
        expect(v[col('total')]).toBe(c.total);
        expect(v[col('running')]).toBe(c.running);
        expect(v[col('allowance')]).toBe(c.allowance);
        expect(v[col('perHead')]).toBe(c.perHead);
        expect(v[col('headroom')]).toBe(c.headroom);
        for (const f of ws.assumptions.functions)
          expect(v[col(`fn:${f.id}`)]).toBe(c.functions[f.id]?.cost);
        // The function costs and the core add up to the total, so the sheet can be checked by hand.
        const parts = (v.slice(col('core'), col('total')) as number[]).reduce((s, x) => s + x, 0);
        expect(parts).toBeCloseTo(c.total, 4);
      });
      expect(table.totals[col('total')]).toBe(engine.totals.total);
      expect(table.totals[col('perHead')]).toBe(engine.totals.perHead);
      expect(table.totals[col('running')]).toBe(engine.totals.running);
      expect(table.totals[col('allowance')]).toBe(engine.totals.allowance);
      expect(table.totals[col('headroom')]).toBe(engine.totals.headroom);
      expect(table.flags).toEqual(engine.flags);
      expect(table.year.allowancePerHead).toBe(engine.year.allowancePerHead);
    },
  );

  it('names who delivers each function', () => {
    const ws = sample('four-small-ccgs');
    const scenario = ws.scenarios.find((s) => s.name === 'CSU');
    if (!scenario) throw new Error('no CSU scenario');
    const table = resultsTable(ws, scenario.id);
    expect(table.rows.flatMap((r) => r.delivery)).toContain('CSU: Wexmoor and Fens CSU contract');
    expect(table.rows.flatMap((r) => r.delivery)).toContain('In-house');
  });

  it('refuses an unknown scenario', () => {
    expect(() => resultsTable(sample('four-small-ccgs'), 'nope')).toThrow(
      /Scenario "nope" does not exist/,
    );
  });
});

describe('workbookModel', () => {
  const ws = sample('four-small-ccgs');
  const model = workbookModel(ws, { exportedAt: new Date('2012-03-01T10:00:00Z') });

  it('has a sheet of inputs, then a sheet of results per scenario, the comparison, then the years', () => {
    expect(model.title).toBe(ws.name);
    expect(model.sheets.map((s) => s.name)).toEqual([
      'Inputs',
      ...ws.scenarios.map((s) => `Results – ${s.name}`.slice(0, 31).trimEnd()),
      'Comparison',
      'Years',
    ]);
    for (const sheet of model.sheets) {
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      expect(sheet.name).not.toMatch(/[:\\/?*[\]]/);
    }
  });

  it('lists assumptions in force per scenario, and every CCG, locality and arrangement', () => {
    const inputs = model.sheets[0];
    if (!inputs) throw new Error('no inputs');
    const rows = values(inputs);
    const sections = inputs.rows.filter((r) => r.style === 'section').map((r) => r.cells[0]?.value);
    expect(sections).toEqual([
      'Assumptions',
      'CCGs',
      'Localities',
      'Local authorities',
      'CCG populations living in local authorities',
      'Support providers',
      'Arrangements',
    ]);
    const label = '2014/15: running cost allowance per head';
    const cap = rows.find((r) => r[0] === label);
    expect(cap).toEqual([label, '£ per head', 24.73, ...ws.scenarios.map(() => 24.73)]);
    const capRow = inputs.rows.find((r) => r.cells[0]?.value === label);
    expect(capRow?.cells[2]?.format).toBe('perHead');
    expect(rows.find((r) => r[0] === '2015/16: cost index')).toEqual([
      '2015/16: cost index',
      'cost index',
      1.02,
      ...ws.scenarios.map(() => 1.02),
    ]);
    const ccgRows = rows.filter(
      (r) =>
        typeof r[1] === 'string' &&
        ws.scenarios.some((s) => s.nodes.some((n) => n.kind === 'ccg' && n.id === r[1])) &&
        r[0] !== 'Scenario',
    );
    const ccgCount = ws.scenarios.reduce(
      (n, s) => n + s.nodes.filter((x) => x.kind === 'ccg').length,
      0,
    );
    expect(ccgRows.length).toBeGreaterThanOrEqual(ccgCount);
    const arrangementNames = ws.scenarios.flatMap((s) => s.arrangements.map((a) => a.name));
    for (const name of arrangementNames) expect(rows.some((r) => r[2] === name)).toBe(true);
  });

  it('reads assumption values by path', () => {
    expect(assumptionValue(ws.assumptions, 'core.perHead')).toBe(8);
    expect(assumptionValue(ws.assumptions, 'models.csu.margin')).toBe(0.05);
    expect(assumptionValue(ws.assumptions, 'functions.bi.costPerHead')).toBe(2.2);
    expect(assumptionValue(ws.assumptions, 'functions.nope.costPerHead')).toBeUndefined();
  });

  it('keeps results as numbers with £ formats', () => {
    const sheet = model.sheets[1];
    if (!sheet) throw new Error('no results sheet');
    const header = sheet.rows.find((r) => r.style === 'header');
    const body = sheet.rows[sheet.rows.indexOf(header!) + 1];
    const formats = body?.cells.map((c) => (typeof c.value === 'number' ? c.format : 'text'));
    expect(formats?.[1]).toBe('integer');
    expect(formats?.[2]).toBe('pounds');
    expect(formats?.at(-3)).toBe('perHead');
    expect(NUMBER_FORMATS.perHead).toContain('£');
  });

  it('can be limited to some scenarios', () => {
    const first = ws.scenarios[0];
    if (!first) throw new Error('no scenario');
    const limited = workbookModel(ws, { scenarioIds: [first.id] });
    expect(limited.sheets.map((s) => s.name)).toEqual([
      'Inputs',
      `Results – ${first.name}`.slice(0, 31).trimEnd(),
      'Years',
    ]);
    // The Years sheet has that scenario's rows only.
    expect(
      new Set(
        limited.sheets[2]?.rows
          .filter((r) => r.style === 'body' && r.cells.length > 0)
          .map((r) => r.cells[0]?.value),
      ),
    ).toEqual(new Set([first.name]));
  });
});

describe('names', () => {
  it('makes valid, unique worksheet names', () => {
    const taken = new Set<string>();
    expect(sheetName('Results – A/B: [draft]?', taken)).toBe('Results – A B draft');
    expect(sheetName('results – a b draft', taken)).toBe('results – a b draft (2)');
    expect(sheetName('x'.repeat(40), taken)).toHaveLength(31);
    expect(sheetName("''", taken)).toBe('Sheet');
  });

  it('makes sheet names XML can hold and never leaves half an emoji at the cut', () => {
    const taken = new Set<string>();
    expect(sheetName('Results – A\u0001B\uFFFF', taken)).toBe('Results – A\uFFFDB\uFFFD');
    // 30 characters then an emoji: the 31-character cut would keep only its first half.
    const name = sheetName(`${'x'.repeat(30)}😀`, taken);
    expect(name).toBe('x'.repeat(30));
    expect(sheetName(`${'x'.repeat(30)}😀`, taken)).toBe(`${'x'.repeat(27)} (2)`);
  });

  it('makes export file names without forbidden characters', () => {
    expect(
      exportFileName({
        workspace: 'Northshire: 2012/13',
        scenario: 'Option "B"',
        what: 'results',
        extension: 'csv',
      }),
    ).toBe('Northshire 201213 – Option B results.csv');
    expect(exportFileName({ workspace: '???', what: '', extension: 'svg' })).toBe('export.svg');
  });
});

describe('results CSV', () => {
  it('is the report CSV of one scenario', () => {
    const ws = sample('four-small-ccgs');
    const id = ws.scenarios[1]?.id ?? '';
    const csv = formatReportCsv(costReport(ws, id));
    // One row per CCG per planning year.
    expect(csv.split('\n').filter(Boolean)).toHaveLength(
      1 + costScenario(ws, id).ccgs.length * ws.assumptions.years.length,
    );
  });
});
