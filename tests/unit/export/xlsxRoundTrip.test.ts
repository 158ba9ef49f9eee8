import { execFile, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { costScenario } from '../../../shared/costing/costScenario';
import { statusLabel } from '../../../shared/format/format';
import type { WorkbookModel } from '../../../shared/export/cells';
import { workbookModel } from '../../../shared/export/workbookModel';
import type { Workspace } from '../../../shared/model/workspace';
import { SAMPLES } from '../../../shared/samples/index';
import { writeWorkbook } from '../../../renderer/src/export/writeWorkbook';
import { yearsWorkspace } from '../helpers/yearsWorkspace';

// The XLSX a finance lead exports must open in a real spreadsheet and show the engine's numbers.
// LibreOffice (Debian: libreoffice-calc-nogui) converts every sheet to CSV; where it is not
// installed (a developer's machine) the same check runs on the workbook read back with exceljs;
// in CI, which installs it, a missing LibreOffice fails instead of skipping.

const run = promisify(execFile);
const libreOffice = spawnSync('sh', ['-c', 'command -v libreoffice || command -v soffice'], {
  encoding: 'utf8',
}).stdout.trim();

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccgm-xlsx-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Checks a results sheet's rows (as values read back) against the engine for one scenario. */
function expectResultsMatch(
  rows: readonly (readonly unknown[])[],
  ws: Workspace,
  scenarioId: string,
): void {
  const engine = costScenario(ws, scenarioId);
  const headerAt = rows.findIndex((r) => r[0] === 'CCG' && r[1] === 'Population');
  expect(headerAt).toBeGreaterThan(0);
  const header = rows[headerAt] ?? [];
  const col = (name: string): number => header.indexOf(name);
  const functions = ws.assumptions.functions;
  engine.ccgs.forEach((c, i) => {
    const r = rows[headerAt + 1 + i] ?? [];
    expect(r[0]).toBe(c.name);
    expect(Number(r[col('Population')])).toBe(c.population);
    expect(Number(r[col('Core cost')])).toBeCloseTo(c.core, 6);
    for (const f of functions)
      expect(Number(r[col(f.name)])).toBeCloseTo(c.functions[f.id]?.cost ?? NaN, 6);
    expect(Number(r[col('Total cost')])).toBeCloseTo(c.total, 6);
    expect(Number(r[col('Running cost')])).toBeCloseTo(c.running, 6);
    expect(Number(r[col('Allowance')])).toBeCloseTo(c.allowance, 6);
    expect(Number(r[col('Running £ per head')])).toBeCloseTo(c.perHead, 9);
    expect(Number(r[col('Headroom')])).toBeCloseTo(c.headroom, 6);
    expect(r[col('Status')]).toBe(statusLabel(c.status));
  });
  const totals = rows[headerAt + 1 + engine.ccgs.length] ?? [];
  expect(totals[0]).toBe('Total');
  // The spreadsheet sums in its own order: at England's £1bn a double holds about 1e-6, so to the penny.
  expect(Number(totals[col('Total cost')])).toBeCloseTo(engine.totals.total, 2);
  expect(Number(totals[col('Running cost')])).toBeCloseTo(engine.totals.running, 2);
  for (const flag of engine.flags) expect(rows.some((r) => r.includes(flag.message))).toBe(true);
}

describe.each(SAMPLES.map((s) => [s.id, s] as const))('XLSX of the sample %s', (_id, sample) => {
  const ws = sample.create();

  it.skipIf(!libreOffice && !process.env.CI)(
    'opens in LibreOffice with the engine’s results on every results sheet',
    async () => {
      const model = workbookModel(ws);
      const file = join(dir, `${sample.id}.xlsx`);
      await writeFile(file, await writeWorkbook(model));
      const out = join(dir, `${sample.id}-csv`);
      // Filter options: comma, double quote, UTF-8, from row 1, …, raw values (not as shown), every sheet (-1).
      await run(
        libreOffice,
        [
          `-env:UserInstallation=${pathToFileURL(join(dir, 'lo-profile')).href}`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
          '--outdir',
          out,
          file,
        ],
        { timeout: 120_000 },
      );
      const files = await readdir(out);
      expect(files).toHaveLength(model.sheets.length);
      for (const [i, scenario] of ws.scenarios.entries()) {
        const sheet = model.sheets[i + 1];
        if (!sheet) throw new Error('missing sheet');
        const csv = await readFile(join(out, `${sample.id}-${sheet.name}.csv`), 'utf8');
        const rows = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), {
          skipEmptyLines: false,
        }).data;
        expect(rows[0]?.[0]).toBe(`Results – ${scenario.name}`);
        expectResultsMatch(rows, ws, scenario.id);
      }
      const inputs = await readFile(join(out, `${sample.id}-Inputs.csv`), 'utf8');
      expect(inputs).toContain('2013/14: running cost allowance per head');
    },
    180_000,
  );

  it('reads back with exceljs: numbers as numbers with £ formats', async () => {
    const model = workbookModel(ws);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeWorkbook(model)).buffer as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(model.sheets.map((s) => s.name));
    for (const [i, scenario] of ws.scenarios.entries()) {
      const sheet = book.worksheets[i + 1];
      if (!sheet) throw new Error('missing sheet');
      const rows: unknown[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row, n) => {
        rows[n - 1] = Array.from({ length: sheet.columnCount }, (_, j) => row.getCell(j + 1).value);
      });
      for (let r = 0; r < rows.length; r++) rows[r] ??= [];
      expectResultsMatch(rows, ws, scenario.id);
      const perHeadCell = sheet
        .getRow(rows.findIndex((r) => r[0] === 'CCG') + 2)
        .getCell(rows.find((r) => r[0] === 'CCG')!.indexOf('Running £ per head') + 1);
      expect(typeof perHeadCell.value).toBe('number');
      expect(perHeadCell.numFmt).toContain('£');
    }
  });
});

/**
 * The Years sheet's allowance and headroom are formulas. Cached results are zeroed and
 * LibreOffice is told to recalculate on load, so the figures read back are LibreOffice's own
 * working of the formulas: they must equal the engine's to the penny.
 */
describe('XLSX Years sheet recalculated by LibreOffice', () => {
  it.skipIf(!libreOffice && !process.env.CI)(
    'recomputes every allowance and headroom to the engine’s figure',
    async () => {
      const ws = yearsWorkspace();
      const model = workbookModel(ws);
      const zeroed: WorkbookModel = {
        ...model,
        sheets: model.sheets.map((s) => ({
          ...s,
          rows: s.rows.map((r) => ({
            ...r,
            cells: r.cells.map((c) => (c.formula ? { ...c, value: 0 } : c)),
          })),
        })),
      };
      const file = join(dir, 'years.xlsx');
      await writeFile(file, await writeWorkbook(zeroed));
      const profile = join(dir, 'lo-years-profile');
      await mkdir(join(profile, 'user'), { recursive: true });
      // OOXMLRecalcMode 0: always recalculate an Excel 2007+ file on load (the default trusts cached results).
      await writeFile(
        join(profile, 'user', 'registrymodifications.xcu'),
        `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
      );
      const out = join(dir, 'years-csv');
      await run(
        libreOffice,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
          '--outdir',
          out,
          file,
        ],
        { timeout: 120_000 },
      );
      const csv = await readFile(join(out, 'years-Years.csv'), 'utf8');
      const rows = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
      const header = rows.find((r) => r[0] === 'Scenario') ?? [];
      const at = (name: string): number => header.indexOf(name);
      const engine = costScenario(ws, 'now');
      let checked = 0;
      for (const y of engine.years) {
        for (const c of y.ccgs) {
          const r = rows.find((row) => row[at('CCG')] === c.name && row[at('Year')] === y.label);
          expect(r, `${c.name} ${y.label}`).toBeDefined();
          expect(Math.round(Number(r?.[at('Allowance')]) * 100)).toBe(
            Math.round(c.allowance * 100),
          );
          expect(Math.round(Number(r?.[at('Headroom')]) * 100)).toBe(Math.round(c.headroom * 100));
          expect(r?.[at('Status')]).toBe(statusLabel(c.status));
          checked++;
        }
      }
      expect(checked).toBe(9);
    },
    180_000,
  );
});
