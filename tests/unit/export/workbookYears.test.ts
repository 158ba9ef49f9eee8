import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { costScenario } from '../../../shared/costing/costScenario';
import { columnLetter } from '../../../shared/export/cells';
import { YEARS_COLUMNS, workbookModel } from '../../../shared/export/workbookModel';
import { writeWorkbook } from '../../../renderer/src/export/writeWorkbook';
import { yearsWorkspace } from '../helpers/yearsWorkspace';

// The workspace and its hand-worked figures: tests/unit/helpers/yearsWorkspace.ts.
const col = (name: (typeof YEARS_COLUMNS)[number]): number => YEARS_COLUMNS.indexOf(name) + 1;

describe('the Years sheet', () => {
  const ws = yearsWorkspace();
  const model = workbookModel(ws);
  const sheet = model.sheets.at(-1)!;
  const rowOf = (ccgName: string, year: string) =>
    sheet.rows.findIndex((r) => r.cells[1]?.value === ccgName && r.cells[2]?.value === year);

  it('has a row per CCG per year, allowance and headroom as formulas of their row, valued as the engine', () => {
    expect(sheet.name).toBe('Years');
    expect(sheet.rows.filter((r) => r.style === 'body' && r.cells.length > 0)).toHaveLength(9);
    const a = rowOf('Ashby CCG', '2015/16');
    const r = a + 1;
    const cells = sheet.rows[a]!.cells;
    expect(cells[col('Allowance') - 1]).toEqual({
      value: 2_207_000,
      format: 'pounds',
      formula: `D${r}*E${r}`,
    });
    expect(cells[col('Headroom') - 1]?.formula).toBe(`G${r}-I${r}`);
    expect(cells[col('Headroom') - 1]?.value).toBeCloseTo(2_207_000 - 1_632_000, 6);
    expect(sheet.rows[rowOf('Barford CCG', '2013/14')]!.cells[col('Allowance') - 1]?.value).toBe(
      5_250_000,
    );
    expect(
      sheet.rows[rowOf('Barford CCG', '2013/14')]!.cells[col('Allowance population') - 1]?.value,
    ).toBe(210_000);
    // Carden's published 2014/15 figure is a value; the other years scale it by the £ per head.
    const published = rowOf('Carden CCG', '2014/15') + 1;
    expect(sheet.rows[published - 1]!.cells[col('Allowance') - 1]).toEqual({
      value: 3_800_000,
      format: 'pounds',
    });
    const early = rowOf('Carden CCG', '2013/14');
    expect(sheet.rows[early]!.cells[col('Allowance') - 1]?.formula).toBe(
      `F${published}*D${early + 1}/D${published}`,
    );
    expect(sheet.rows[early]!.cells[col('Allowance') - 1]?.value).toBeCloseTo(3_841_488.07, 2);
    expect(sheet.rows[early]!.cells[col('Headroom') - 1]?.value).toBeCloseTo(1_741_488.07, 2);
    expect(
      sheet.rows[rowOf('Carden CCG', '2015/16')]!.cells[col('Headroom') - 1]?.value,
    ).toBeCloseTo(1_249_265.67, 2);
    expect(sheet.rows[rowOf('Carden CCG', '2015/16')]!.cells[col('Status') - 1]?.value).toBe(
      'Within',
    );
  });

  it('writes real formulas with the engine’s results, read back with exceljs', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeWorkbook(model)).buffer as ArrayBuffer);
    const years = book.getWorksheet('Years')!;
    const engine = costScenario(ws, 'now');
    for (const [yi, y] of engine.years.entries()) {
      for (const c of y.ccgs) {
        const n = rowOf(c.name, y.label) + 1;
        const allowance = years.getCell(`${columnLetter(col('Allowance'))}${n}`).value;
        const headroom = years.getCell(`${columnLetter(col('Headroom'))}${n}`)
          .value as ExcelJS.CellFormulaValue;
        expect(headroom.formula).toBe(`G${n}-I${n}`);
        expect(headroom.result).toBe(c.headroom);
        const allowanceFigure =
          typeof allowance === 'number'
            ? allowance
            : (allowance as ExcelJS.CellFormulaValue).result;
        expect(allowanceFigure).toBe(c.allowance);
        expect(years.getCell(`I${n}`).value).toBe(c.running);
        expect(years.getCell(`C${n}`).value).toBe(engine.years[yi]?.label);
      }
    }
  });
});
