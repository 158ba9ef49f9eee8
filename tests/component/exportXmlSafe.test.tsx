// @vitest-environment jsdom
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Arrangement, Node, Workspace } from '../../shared/model/workspace';
import { costScenario } from '../../shared/costing/costScenario';
import { workbookModel } from '../../shared/export/workbookModel';
import { hasXmlInvalid } from '../../shared/text/xmlSafe';
import { renderCanvasSvg } from '../../renderer/src/export/renderCanvasSvg';
import { writeWorkbook } from '../../renderer/src/export/writeWorkbook';
import { workspaceOf } from './fixtures';

// Names and notes can hold characters XML cannot (a control character pasted from another
// program, a lone surrogate from a broken file). Every export written as XML must still be
// well-formed: the SVG (and so the PNG and the PDF's picture drawn from it) and the XLSX.

const BAD = 'Ashby\u0001 CCG \uFFFE\uD800 \u000B\u001F';
const nodes: Node[] = [
  { kind: 'ccg', id: 'ccg-a', name: BAD, population: 120_000, federated: false, x: 0, y: 0 },
  {
    kind: 'ccg',
    id: 'ccg-b',
    name: 'Barford\u0008 CCG',
    population: 150_000,
    federated: false,
    x: 300,
    y: 0,
  },
  {
    kind: 'ccg',
    id: 'ccg-c',
    name: '=HYPERLINK("http://x","y")',
    population: 90_000,
    federated: false,
    x: 600,
    y: 0,
  },
];
const arrangements: Arrangement[] = [
  {
    id: 'arr-1',
    name: 'Shared\u0002 back office',
    model: 'shared-service',
    members: ['ccg-a', 'ccg-b'],
    functions: ['hr'],
  },
];

function hostile(): Workspace {
  const ws = workspaceOf(nodes, arrangements);
  const [s] = ws.scenarios;
  if (!s) throw new Error('fixture changed');
  return {
    ...ws,
    name: 'Work\u0007space',
    description: 'Notes \u0000 here',
    scenarios: [
      {
        ...s,
        name: 'Option\u0001 [B]: a/b\\c*d?e — a long name that runs well past 31',
        notes: 'note\u001b',
      },
      {
        ...s,
        id: 's2',
        name: 'Option\u0002 [B]: a/b\\c*d?e — a long name that runs well past 31 too',
      },
      { ...s, id: 's3', name: '\uDC00' },
    ],
  };
}

/** Parses text as XML the way a strict reader does, returning the parser's complaint or null. */
function xmlError(text: string): string | null {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  return error ? (error.textContent ?? 'parsererror') : null;
}

describe('exports of names XML cannot hold', () => {
  it('the canvas SVG is well-formed, with the bad characters shown as U+FFFD', () => {
    const ws = hostile();
    const scenario = ws.scenarios[0];
    if (!scenario) throw new Error('fixture changed');
    const picture = renderCanvasSvg(
      scenario,
      costScenario(ws, scenario.id),
      `${ws.name} – ${scenario.name}`,
    );
    expect(xmlError(picture.svg)).toBeNull();
    const doc = new DOMParser().parseFromString(picture.svg, 'image/svg+xml');
    expect(doc.querySelector('title')?.textContent).toBe(
      'Work\uFFFDspace – Option\uFFFD [B]: a/b\\c*d?e — a long name that runs well past 31',
    );
    expect(doc.documentElement.textContent).toContain('Ashby\uFFFD CCG \uFFFD\uFFFD \uFFFD\uFFFD');
  });

  it('the XLSX loads back in exceljs with valid, unique sheet names and the text cells as text', async () => {
    const bytes = await writeWorkbook(workbookModel(hostile()));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const names = book.worksheets.map((w) => w.name);
    // Inputs, one results sheet per scenario, Comparison and Years.
    expect(names).toHaveLength(6);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(6);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
      expect(hasXmlInvalid(name)).toBe(false);
    }
    const inputs = book.getWorksheet('Inputs');
    expect(inputs?.getCell('A1').value).toBe('Work\uFFFDspace');
    const texts: string[] = [];
    inputs?.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    );
    expect(texts).toContain('Ashby\uFFFD CCG \uFFFD\uFFFD \uFFFD\uFFFD');
    expect(texts).toContain('Notes \uFFFD here');
    // A name that looks like a formula is a text cell holding exactly the name, on every sheet.
    // The only formulas are the Years and Comparison sheets' own arithmetic on cell references.
    expect(texts).toContain('=HYPERLINK("http://x","y")');
    const comparisonTexts: string[] = [];
    for (const sheet of book.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (sheet.name === 'Comparison' && typeof cell.value === 'string')
            comparisonTexts.push(cell.value);
          if (cell.type !== ExcelJS.ValueType.Formula) return;
          expect(['Years', 'Comparison'], `${sheet.name}!${cell.address}`).toContain(sheet.name);
          expect(cell.formula, `${sheet.name}!${cell.address}`).toMatch(
            /^([A-Z]+\d+[-*+/][A-Z]+\d+|SUM\([A-Z]+\d+:[A-Z]+\d+\)|-?SUMIF\([A-Z]+\d+:[A-Z]+\d+,"[<>]0"\))$/,
          );
        }),
      );
    }
    expect(comparisonTexts).toContain('=HYPERLINK("http://x","y")');
  });
});
