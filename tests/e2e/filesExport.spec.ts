import { execFileSync } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { compareScenarios } from '../../shared/compare/compareScenarios';
import { diffScenarios } from '../../shared/compare/diffScenarios';
import { formatSignedPerHead } from '../../shared/compare/formatDifference';
import { costScenario } from '../../shared/costing/costScenario';
import { formatPerHead, statusLabel } from '../../shared/format/format';
import { DEFAULT_SAMPLE_ID, findSample } from '../../shared/samples/index';
import { installDesktopBridge, type DesktopBridgeHarness } from './support/desktopBridge';
import { failOnConsoleErrors } from './support/failOnConsoleErrors';
import { menuCommand } from './support/menus';

// Every export from the header's Export menu, end to end: the page's bridge calls the REAL
// main-process handlers (support/desktopBridge.ts), which write real files in a temp folder;
// the files are then read back here and checked against the costing engine.

let harness: DesktopBridgeHarness;
test.beforeEach(async ({ context, baseURL }) => {
  harness = await installDesktopBridge(context, baseURL ?? '');
});
failOnConsoleErrors();
test.afterEach(async () => {
  await harness.dispose();
});

// A fresh profile opens on the default sample (DESIGN.md §6), saved in the library.
const sample = findSample(DEFAULT_SAMPLE_ID);
if (!sample) throw new Error('default sample missing');
const workspace = sample.create();
const scenario = workspace.scenarios[0];
if (!scenario) throw new Error('sample has no scenario');
const engine = costScenario(workspace, scenario.id);

async function ready(page: Page): Promise<void> {
  await expect(page.locator('h1')).toHaveText(workspace.name);
  await expect(page.locator('.ccg-card').first()).toBeVisible();
}

async function exportVia(page: Page, item: string, fileName: string): Promise<string> {
  const path = join(harness.dir, fileName);
  harness.pickForSave(path);
  await page.getByRole('button', { name: 'File', exact: true }).click();
  // Anchored: "Report (PDF)…" is also the end of "Comparison report (PDF)…".
  await page
    .getByRole('menuitem', { name: new RegExp(`^${item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .click();
  return path;
}

async function written(path: string): Promise<Buffer> {
  await expect
    .poll(
      () =>
        stat(path).then(
          (s) => s.size > 0,
          () => false,
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
  return readFile(path);
}

test('Results (CSV) writes one row per CCG per planning year with the engine’s figures', async ({
  page,
}) => {
  await ready(page);
  const path = await exportVia(page, 'Results (CSV)', 'results.csv');
  const all = Papa.parse<Record<string, string>>((await written(path)).toString('utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(all).toHaveLength(engine.ccgs.length * engine.years.length);
  for (const year of engine.years) {
    const rows = all.filter((r) => r.year_id === year.id);
    expect(rows.map((r) => r.ccg)).toEqual(year.ccgs.map((c) => c.name));
    year.ccgs.forEach((c, i) => {
      expect(Number(rows[i]?.population)).toBe(c.population);
      expect(Number(rows[i]?.running)).toBeCloseTo(c.running, 6);
      expect(Number(rows[i]?.total)).toBeCloseTo(c.total, 6);
      expect(Number(rows[i]?.allowance)).toBeCloseTo(c.allowance, 6);
      expect(Number(rows[i]?.per_head)).toBeCloseTo(c.perHead, 9);
      expect(rows[i]?.status).toBe(c.status);
    });
  }
  // The status line says what was saved.
  await expect(page.getByText('Exported the results (CSV) as “results.csv”.')).toBeVisible();
});

test('Workbook (XLSX) has an inputs sheet and a results sheet per scenario whose figures equal costScenario’s', async ({
  page,
}) => {
  await ready(page);
  const path = await exportVia(page, 'Workbook (XLSX)', 'workbook.xlsx');
  const book = new ExcelJS.Workbook();
  const bytes = await written(path);
  // exceljs is typed for an ArrayBuffer: hand it exactly the file's bytes.
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const names = book.worksheets.map((w) => w.name);
  expect(names[0]).toBe('Inputs');
  expect(names.filter((n) => n.startsWith('Results'))).toHaveLength(workspace.scenarios.length);

  const sheet = book.worksheets[1];
  if (!sheet) throw new Error('no results sheet');
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  const headerAt = rows.findIndex((r) => r?.[0] === 'CCG' && r[1] === 'Population');
  const header = rows[headerAt] ?? [];
  const col = (name: string): number => header.indexOf(name);
  engine.ccgs.forEach((c, i) => {
    const r = rows[headerAt + 1 + i] ?? [];
    expect(r[0]).toBe(c.name);
    expect(r[col('Population')]).toBe(c.population);
    expect(Number(r[col('Total cost')])).toBeCloseTo(c.total, 6);
    expect(Number(r[col('Running cost')])).toBeCloseTo(c.running, 6);
    expect(Number(r[col('Allowance')])).toBeCloseTo(c.allowance, 6);
    expect(Number(r[col('Running £ per head')])).toBeCloseTo(c.perHead, 9);
    expect(r[col('Status')]).toBe(statusLabel(c.status));
  });
});

test('Canvas picture (SVG) is a standalone SVG naming every CCG', async ({ page }) => {
  await ready(page);
  const path = await exportVia(page, 'Canvas picture (SVG)', 'canvas.svg');
  const svg = (await written(path)).toString('utf8');
  // Parsed by the browser's XML parser: a parse error shows as a <parsererror> element.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      root: doc.documentElement.localName,
      error: doc.getElementsByTagName('parsererror').length,
      text: doc.documentElement.textContent ?? '',
    };
  }, svg);
  expect(parsed).toMatchObject({ root: 'svg', error: 0 });
  for (const c of engine.ccgs) expect(parsed.text).toContain(c.name);
  expect(svg).not.toMatch(/<script|href="http/);
});

function pngSize(bytes: Buffer): { width: number; height: number } {
  // The signature, then the IHDR chunk: width and height are big-endian at bytes 16 and 20.
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('Canvas picture (PNG) asks the scale (2× by default) and a 2× picture is twice as wide as 1×', async ({
  page,
}) => {
  await ready(page);
  const path2 = await exportVia(page, 'Canvas picture (PNG)…', 'canvas-2x.png');
  const dialog = page.getByRole('dialog', { name: 'Export the canvas as PNG' });
  await expect(dialog.getByRole('radio', { name: /^2×/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /^2×/ })).toBeFocused();
  await dialog.getByRole('button', { name: 'Export PNG' }).click();
  const two = pngSize(await written(path2));

  const path1 = await exportVia(page, 'Canvas picture (PNG)…', 'canvas-1x.png');
  await dialog.getByRole('radio', { name: /^1×/ }).check();
  await dialog.getByRole('button', { name: 'Export PNG' }).click();
  const one = pngSize(await written(path1));

  expect(two.width).toBe(2 * one.width);
  expect(two.height).toBe(2 * one.height);
  expect(one.width).toBeGreaterThan(300);
});

test('PNG scale dialog: Esc cancels and nothing is saved', async ({ page }) => {
  await ready(page);
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Canvas picture (PNG)…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(harness.dialogs).toEqual([]);
});

test('Report (PDF) prints the scenario’s report to a PDF file', async ({ page }) => {
  await ready(page);
  const path = await exportVia(page, 'Report (PDF)…', 'report.pdf');
  const pdf = await written(path);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The report is laid out only while printing: the app is back afterwards.
  await expect(page.locator('.print-root')).toHaveCount(0);
  await expect(page.getByText('Exported the report (PDF) as “report.pdf”.')).toBeVisible();
  expect(harness.dialogs.at(-1)).toEqual({ kind: 'save', title: 'Save report as PDF' });
});

test('Comparison report (PDF) puts the scenarios side by side with the chart, the changes in words and the assumptions that differ', async ({
  page,
}) => {
  await ready(page);
  const path = await exportVia(page, 'Comparison report (PDF)…', 'comparison.pdf');
  const pdf = await written(path);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(
    page.getByText('Exported the comparison report (PDF) as “comparison.pdf”.'),
  ).toBeVisible();
  await expect(page.locator('.print-root')).toHaveCount(0);
  // The PDF's own text, as a reader (or a screen reader) gets it.
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  const [base, other] = workspace.scenarios;
  if (!base || !other) throw new Error('the default sample needs two scenarios');
  expect(text).toContain('Comparison of scenarios');
  expect(text).toContain(`baseline ${base.name}`);
  // Every CCG's £ per head in each scenario, and the change, as the engine works them out.
  const c = compareScenarios(workspace, [base.id, other.id]);
  for (const row of c.rows) {
    for (const r of row.results) if (r) expect(text).toContain(formatPerHead(r.perHead));
    const d = row.differences[1];
    if (d) expect(text).toContain(formatSignedPerHead(d.perHead));
  }
  expect(text).toContain('Running cost per head by CCG');
  expect(text).toContain(`From ${base.name} to ${other.name}`);
  for (const sentence of diffScenarios(workspace, base.id, other.id))
    expect(text).toContain(sentence.text.replace(/\s+/g, ' ').slice(0, 60));
  expect(text).toContain('Assumptions that differ');
  expect(harness.dialogs.at(-1)).toEqual({ kind: 'save', title: 'Save report as PDF' });
});

test('the Export commands (in the File menu) work from the keyboard: arrows move, Esc closes and returns focus', async ({
  page,
}) => {
  await ready(page);
  const button = page.getByRole('button', { name: 'File', exact: true });
  await button.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Open…' })).toBeFocused();
  // Past Save as… and Import CSV… to the first export.
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Results (CSV)' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Workbook (XLSX)' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitem', { name: 'Save as…' })).toBeFocused();
  // Up from the first command wraps to the last.
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitem', { name: 'Open…' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitem').last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(button).toBeFocused();
});

test('a workspace whose names hold characters XML cannot (a pasted control character) still exports a well-formed SVG and a PNG', async ({
  page,
}) => {
  // A damaged or hand-edited file: the export must not depend on names having been cleaned on the way in.
  const first = workspace.scenarios[0];
  const ccgId = first?.nodes.find((n) => n.kind === 'ccg')?.id;
  if (!first || !ccgId) throw new Error('sample changed');
  const hostile = {
    ...workspace,
    id: 'ws-control-characters',
    name: 'Control\u0007 characters',
    scenarios: [
      {
        ...first,
        name: `${first.name}\u0002`,
        nodes: first.nodes.map((n) =>
          n.id === ccgId ? { ...n, name: `${n.name}\u0001\u000B` } : n,
        ),
      },
      ...workspace.scenarios.slice(1),
    ],
  };
  const file = join(harness.dir, 'control.ccgm');
  await writeFile(file, JSON.stringify(hostile));
  harness.pickForOpen(file);
  await ready(page);
  await menuCommand(page, 'File', 'Open…');
  await expect(page.locator('h1')).toContainText('characters');
  await expect(page.locator('.ccg-card').first()).toBeVisible();

  const svgPath = await exportVia(page, 'Canvas picture (SVG)', 'control.svg');
  const svg = (await written(svgPath)).toString('utf8');
  const errors = await page.evaluate(
    (text) =>
      new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('parsererror')
        .length,
    svg,
  );
  expect(errors).toBe(0);

  const pngPath = await exportVia(page, 'Canvas picture (PNG)…', 'control.png');
  const dialog = page.getByRole('dialog', { name: 'Export the canvas as PNG' });
  await dialog.getByRole('radio', { name: /^1×/ }).check();
  await dialog.getByRole('button', { name: 'Export PNG' }).click();
  expect(pngSize(await written(pngPath)).width).toBeGreaterThan(300);
});
