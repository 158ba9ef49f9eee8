import ExcelJS from 'exceljs';
import { NUMBER_FORMATS, type RowStyle, type WorkbookModel } from '../../../shared/export/cells';
import { xmlSafe } from '../../../shared/text/xmlSafe';

/** Row styles: the sheet title large, section headings in NHS blue, column headings on a pale band. */
const FONTS: Readonly<Partial<Record<RowStyle, Partial<ExcelJS.Font>>>> = {
  title: { bold: true, size: 14 },
  note: { italic: true, color: { argb: 'FF4C6272' } },
  section: { bold: true, size: 12, color: { argb: 'FF005EB8' } },
  header: { bold: true },
  total: { bold: true },
};

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8F1FA' },
};

/**
 * Writes a workbook model (shared/export) as XLSX bytes with exceljs. Numbers stay numbers with
 * their £/% formats; only text, styles and widths are added here. Text is always a string cell,
 * never a formula (so "=HYPERLINK(…)" as a name is shown, not run), and passes through xmlSafe:
 * one character XML cannot hold in any part of the file and the workbook does not open at all.
 */
export async function writeWorkbook(model: WorkbookModel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CCG Modeller';
  workbook.title = xmlSafe(model.title);
  // Fixed dates would make the bytes reproducible, but the file should say when it was made.
  workbook.created = new Date();
  workbook.modified = workbook.created;

  for (const sheet of model.sheets) {
    const ws = workbook.addWorksheet(xmlSafe(sheet.name));
    ws.columns = sheet.columnWidths.map((width) => ({ width }));
    sheet.rows.forEach((r, i) => {
      const excelRow = ws.getRow(i + 1);
      r.cells.forEach((cell, j) => {
        const target = excelRow.getCell(j + 1);
        if (cell.value === null) return;
        // A plain string (never { formula }) is written as a shared string: text, whatever it starts with.
        // Formulas come only from the model's own cell addresses, with the engine's figure as the result.
        if (cell.formula !== undefined && typeof cell.value === 'number')
          target.value = { formula: cell.formula, result: cell.value };
        else target.value = typeof cell.value === 'string' ? xmlSafe(cell.value) : cell.value;
        if (typeof cell.value === 'number' && cell.format && cell.format !== 'text')
          target.numFmt = NUMBER_FORMATS[cell.format];
        if (r.style === 'header') {
          target.fill = HEADER_FILL;
          target.border = { bottom: { style: 'thin', color: { argb: 'FF768692' } } };
          target.alignment = { wrapText: true, vertical: 'bottom' };
        }
        if (r.style === 'total')
          target.border = { top: { style: 'thin', color: { argb: 'FF212B32' } } };
      });
      const font = FONTS[r.style];
      if (font) excelRow.font = font;
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
