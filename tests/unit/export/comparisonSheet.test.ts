import { execFile, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../../shared/export/cells';
import { workbookModel } from '../../../shared/export/workbookModel';
import { writeWorkbook } from '../../../renderer/src/export/writeWorkbook';
import { assumptionsWith, buildWorkspace, ccg, fn } from '../helpers/buildWorkspace';

// One function at £2.00 a head, e = 0: running = 600,000 + 10·P. Default years; 2015/16 is
// £22.07 a head at cost index 1.02.
// 2013/14 — Now: Ashby (100,000) 1,600,000 of 2,500,000 → headroom 900,000, £16.00 a head;
//   Barford (200,000) 2,600,000 of 5,000,000 → 2,400,000, £13.00. Smaller Ashby (50,000):
//   1,100,000 of 1,250,000 → 150,000, £22.00. Changes for Ashby: −500,000, +£6.00, −750,000.
// 2015/16 — Now: Ashby 1,632,000 of 2,207,000 → 575,000; Barford 2,652,000 of 4,414,000 →
//   1,762,000: released 2,337,000. Smaller Ashby 1,122,000 of 1,103,500 → 18,500 over.
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

const sheetOf = (model: WorkbookModel) => model.sheets.find((s) => s.name === 'Comparison')!;
const valuesOf = (row: { cells: readonly { value: unknown }[] } | undefined) =>
  row?.cells.map((c) => c.value);

describe('the workbook’s Comparison sheet', () => {
  it('sits between the results and the Years sheet, and only with two scenarios or more', () => {
    expect(workbookModel(workspace).sheets.map((s) => s.name)).toEqual([
      'Inputs',
      'Results – Now',
      'Results – Smaller Ashby',
      'Comparison',
      'Years',
    ]);
    expect(
      workbookModel(workspace, { scenarioIds: ['now'] }).sheets.map((s) => s.name),
    ).not.toContain('Comparison');
  });

  it('puts each CCG’s figures side by side, headroom, £ per head and changes as formulas', () => {
    const sheet = sheetOf(workbookModel(workspace));
    const header = valuesOf(sheet.rows[3]);
    expect(header).toEqual([
      'CCG',
      'Now: Population',
      'Now: Running cost (£ a year)',
      'Now: Allowance (£ a year)',
      'Now: Headroom (£ a year)',
      'Now: Running £ per head',
      'Now: Status',
      'Smaller Ashby: Population',
      'Smaller Ashby: Running cost (£ a year)',
      'Smaller Ashby: Allowance (£ a year)',
      'Smaller Ashby: Headroom (£ a year)',
      'Smaller Ashby: Running £ per head',
      'Smaller Ashby: Status',
      'Smaller Ashby: Change in running cost (£ a year) from Now',
      'Smaller Ashby: Change in £ per head from Now',
      'Smaller Ashby: Change in headroom (£ a year) from Now',
    ]);
    const ashby = sheet.rows[4]!.cells;
    expect(ashby.map((c) => c.formula ?? null)).toEqual([
      null,
      null,
      null,
      null,
      'D5-C5',
      'C5/B5',
      null,
      null,
      null,
      null,
      'J5-I5',
      'I5/H5',
      null,
      'I5-C5',
      'L5-F5',
      'K5-E5',
    ]);
    expect(ashby.map((c) => c.value)).toEqual([
      'Ashby CCG',
      100_000,
      1_600_000,
      2_500_000,
      900_000,
      16,
      'Within',
      50_000,
      1_100_000,
      1_250_000,
      150_000,
      22,
      'Within',
      -500_000,
      6,
      -750_000,
    ]);
    // Barford is not in Smaller Ashby: said in words, no figures and no change.
    expect(valuesOf(sheet.rows[5])?.slice(7)).toEqual([
      'not in this scenario',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    const total = sheet.rows[6]!.cells;
    expect(total.map((c) => c.formula ?? null).slice(0, 6)).toEqual([
      null,
      'SUM(B5:B6)',
      'SUM(C5:C6)',
      'SUM(D5:D6)',
      null,
      'C7/B7',
    ]);
    expect(total.map((c) => c.value).slice(0, 7)).toEqual([
      'Total',
      300_000,
      4_200_000,
      7_500_000,
      null,
      14,
      '2 within, 0 tight, 0 over',
    ]);
    expect(total[13]?.formula).toBe('I7-C7');
    expect(total[13]?.value).toBe(-3_100_000);
    expect(sheet.rows[7]!.cells[4]).toEqual({
      value: 3_300_000,
      format: 'pounds',
      formula: 'SUMIF(E5:E6,">0")',
    });
    expect(sheet.rows[8]!.cells[4]).toEqual({
      value: 0,
      format: 'pounds',
      formula: '-SUMIF(E5:E6,"<0")',
    });
  });

  it('writes real formulas with the engine’s figures as results, read back with exceljs', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeWorkbook(workbookModel(workspace))).buffer as ArrayBuffer);
    const sheet = book.getWorksheet('Comparison')!;
    expect(sheet.getCell('P5').value).toEqual({ formula: 'K5-E5', result: -750_000 });
    expect(sheet.getCell('O5').numFmt).toContain('£');
    expect(sheet.getCell('A5').value).toBe('Ashby CCG');
  });
});

// LibreOffice recalculates the formulas itself (cached results zeroed, recalculation forced on
// load): its figures must be the hand-worked ones to the penny.
const run = promisify(execFile);
const libreOffice = spawnSync('sh', ['-c', 'command -v libreoffice || command -v soffice'], {
  encoding: 'utf8',
}).stdout.trim();
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccgm-comparison-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the Comparison sheet recalculated by LibreOffice', () => {
  it.skipIf(!libreOffice && !process.env.CI)(
    'works out every formula to the hand-worked figure, in 2015/16 with a breach',
    async () => {
      const model = workbookModel(workspace, { comparison: { yearId: '2015-16' } });
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
      const file = join(dir, 'cmp.xlsx');
      await writeFile(file, await writeWorkbook(zeroed));
      const profile = join(dir, 'lo-profile');
      await mkdir(join(profile, 'user'), { recursive: true });
      await writeFile(
        join(profile, 'user', 'registrymodifications.xcu'),
        `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
      );
      const out = join(dir, 'csv');
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
      const rows = Papa.parse<string[]>(
        (await readFile(join(out, 'cmp-Comparison.csv'), 'utf8')).replace(/^\ufeff/, ''),
        { skipEmptyLines: false },
      ).data;
      const pence = (r: string[] | undefined, from: number, to: number) =>
        r?.slice(from, to).map((v) => (v === '' ? null : Math.round(Number(v) * 100)));
      const ashby = rows.find((r) => r[0] === 'Ashby CCG');
      // Now: 100,000, 1,632,000, 2,207,000, 575,000, £16.32; Smaller: 50,000, 1,122,000, 1,103,500, −18,500, £22.44;
      // changes −510,000, +£6.12, −593,500.
      expect(pence(ashby, 1, 6)).toEqual([10_000_000, 163_200_000, 220_700_000, 57_500_000, 1632]);
      expect(pence(ashby, 7, 12)).toEqual([5_000_000, 112_200_000, 110_350_000, -1_850_000, 2244]);
      expect(ashby?.[12]).toBe('Over');
      expect(pence(ashby, 13, 16)).toEqual([-51_000_000, 612, -59_350_000]);
      const total = rows.find((r) => r[0] === 'Total');
      // Now: 300,000 people, 4,284,000 running, 6,621,000 allowance, £14.28; Smaller: £22.44; change −3,162,000, +£8.16.
      expect(pence(total, 1, 6)).toEqual([30_000_000, 428_400_000, 662_100_000, null, 1428]);
      expect(pence(total, 13, 15)).toEqual([-316_200_000, 816]);
      const released = rows.find((r) => r[0]?.startsWith('Allowance released'));
      expect(pence(released, 4, 5)).toEqual([233_700_000]);
      expect(pence(released, 10, 11)).toEqual([0]);
      expect(pence(released, 15, 16)).toEqual([-233_700_000]);
      const over = rows.find((r) => r[0]?.startsWith('Over allowance'));
      expect(pence(over, 10, 11)).toEqual([1_850_000]);
      expect(pence(over, 15, 16)).toEqual([1_850_000]);
    },
    180_000,
  );
});
