import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { costScenario } from '../../shared/costing/costScenario';
import { statusLabel } from '../../shared/format/format';
import { DEFAULT_SAMPLE_ID, findSample } from '../../shared/samples/index';
import { statusBadgeText } from '../../renderer/src/common/statusDisplay';
import { installDesktopBridge, type DesktopBridgeHarness } from './support/desktopBridge';
import { failOnConsoleErrors } from './support/failOnConsoleErrors';

// The planning years in Compare and in the XLSX, in real Chromium on the default sample: pick
// 2015/16 and a CCG's status changes as the allowance falls; the workbook has a row per CCG per
// year whose allowance and headroom are formulas. Expected figures come from the engine.

let harness: DesktopBridgeHarness;
test.beforeEach(async ({ context, baseURL }) => {
  harness = await installDesktopBridge(context, baseURL ?? '');
});
failOnConsoleErrors();
test.afterEach(async () => {
  await harness.dispose();
});

const sample = findSample(DEFAULT_SAMPLE_ID);
if (!sample) throw new Error('default sample missing');
const workspace = sample.create();
const first = workspace.scenarios[0];
// CSU is compared with the first: its smaller CCGs are within the £25 allowance but not £22.07.
const second = workspace.scenarios.find((s) => s.id === 'csu');
if (!first || !second) throw new Error('sample changed: it needs a first scenario and "csu"');

async function openCompare(page: Page): Promise<void> {
  await expect(page.locator('h1')).toHaveText(workspace.name);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
}

test('picking 2015/16 in Compare changes a CCG’s status in the side-by-side table and the year-by-year table', async ({
  page,
}) => {
  // A CCG of either compared scenario whose status differs between the first year and 2015/16.
  const found = [first, second].flatMap((sc, k) => {
    const early = costScenario(workspace, sc.id);
    const late = costScenario(workspace, sc.id, { yearId: '2015-16' });
    return early.ccgs.flatMap((c) => {
      const l = late.ccgs.find((x) => x.id === c.id);
      return l && l.status !== c.status ? [{ k, ccg: c, lateStatus: l.status }] : [];
    });
  })[0];
  if (!found) throw new Error('sample changed: no CCG changes status by 2015/16');
  // Two accessibility scans of the whole Compare view on a shared machine take a while.
  test.setTimeout(120_000);
  const { k, ccg: changed, lateStatus } = found;
  // Status is the third cell of the baseline's figures, the third of the second scenario's after them.
  const statusCell = k === 0 ? 2 : 5;

  await openCompare(page);
  const picker = page.getByRole('group', { name: /Scenarios to compare/ });
  await picker
    .getByRole('checkbox', { name: workspace.scenarios[1]?.name ?? '', exact: true })
    .uncheck();
  await picker.getByRole('checkbox', { name: second.name, exact: true }).check();
  await expect(picker).toContainText('2 scenarios picked.');
  const year = page.getByLabel('Year to compare');
  await expect(year).toHaveValue('2013-14');
  const table = page.getByRole('table', { name: /^Running cost per head by CCG/ });
  const row = table.getByRole('row', { name: new RegExp(`^${changed.name}`) });
  await expect(row.getByRole('cell').nth(statusCell)).toHaveText(statusBadgeText(changed.status));

  await year.selectOption({ label: '2015/16' });
  await expect(table).toContainText('2015/16');
  await expect(row.getByRole('cell').nth(statusCell)).toHaveText(statusBadgeText(lateStatus));

  const years = page.getByRole('table', { name: /^Each CCG year by year/ });
  await expect(
    years
      .locator(`tr[data-ccg="${changed.id}"][data-year="2015-16"]`)
      .getByRole('cell')
      .nth(4 * k + 3),
  ).toHaveText(statusBadgeText(lateStatus));
  await expect(
    page.getByRole('figure', { name: 'Running cost against the allowance, year by year' }),
  ).toBeVisible();

  // The year view passes the accessibility scan, chart and its table alike.
  let scan = await new AxeBuilder({ page }).include('.compare-view').analyze();
  expect(
    scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  await page
    .getByRole('figure', { name: 'Running cost against the allowance, year by year' })
    .getByRole('button', { name: 'Show as table' })
    .click();
  scan = await new AxeBuilder({ page }).include('.compare-view').analyze();
  expect(
    scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

test('the exported XLSX has a Years sheet: a row per CCG per year, allowance and headroom as formulas', async ({
  page,
}) => {
  await expect(page.locator('h1')).toHaveText(workspace.name);
  await expect(page.locator('.ccg-card').first()).toBeVisible();
  const path = join(harness.dir, 'workbook.xlsx');
  harness.pickForSave(path);
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Workbook (XLSX)' }).click();
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
  const bytes = await readFile(path);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const sheet = book.getWorksheet('Years');
  if (!sheet) throw new Error('no Years sheet');
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => {
    rows[n] = (row.values as unknown[]).slice(1);
  });
  const header = rows.find((r) => r?.[0] === 'Scenario') ?? [];
  const at = (name: string): number => header.indexOf(name);
  const result = costScenario(workspace, first.id);
  for (const y of result.years) {
    for (const c of y.ccgs) {
      const n = rows.findIndex((r) => r?.[0] === first.name && r[1] === c.name && r[2] === y.label);
      expect(n, `${c.name} ${y.label}`).toBeGreaterThan(0);
      const r = rows[n] ?? [];
      const allowance = r[at('Allowance')] as ExcelJS.CellFormulaValue;
      const headroom = r[at('Headroom')] as ExcelJS.CellFormulaValue;
      expect(allowance.formula).toBe(`D${n}*E${n}`);
      expect(allowance.result).toBeCloseTo(c.allowance, 6);
      expect(headroom.formula).toBe(`G${n}-I${n}`);
      expect(headroom.result).toBeCloseTo(c.headroom, 6);
      expect(r[at('Status')]).toBe(statusLabel(c.status));
    }
  }
});
