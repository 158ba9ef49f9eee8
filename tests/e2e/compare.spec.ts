import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { compareScenarios } from '../../shared/compare/compareScenarios';
import { formatSignedPerHead } from '../../shared/compare/formatDifference';
import { formatPerHead } from '../../shared/format/format';
import { fourSmallCcgsSample } from '../../shared/samples/fourSmallCcgsSample';
import { failOnConsoleErrors } from './support/failOnConsoleErrors';

// The Compare tab in real Chromium on the four-small-CCGs sample: pick two scenarios, read a
// CCG's two figures and their difference, read what changes in words, see a CCG's tornado.

failOnConsoleErrors();

test('compares two sample scenarios: figures, difference, diff in words, charts and tornado', async ({
  page,
}) => {
  // The expected figures come from the engine on the same sample the app opens on.
  const sample = fourSmallCcgsSample();
  const expected = compareScenarios(sample, ['all-in-house', 'csu']).rows.find(
    (r) => r.ccgId === 'ccg-ashvale',
  );
  const [inHouse, csu] = expected?.results ?? [];
  const change = expected?.differences[1]?.perHead;
  if (!inHouse || !csu || change === undefined)
    throw new Error('sample changed: Ashvale CCG is not in both scenarios');

  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const picker = page.getByRole('group', { name: /Scenarios to compare/ });
  // It starts on the shown scenario (All in-house, the baseline) and the next; swap the second
  // for "CSU" by keyboard.
  await expect(picker.getByRole('checkbox', { name: /^All in-house/ })).toBeChecked();
  await picker.getByRole('checkbox', { name: 'Shared service' }).focus();
  await page.keyboard.press('Space');
  await expect(picker).toContainText('Pick at least two scenarios');
  await picker.getByRole('checkbox', { name: 'CSU', exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(picker).toContainText('2 scenarios picked.');

  const table = page.getByRole('table', { name: /Running cost per head by CCG/ });
  const ashvale = table.getByRole('row', { name: /^Ashvale CCG/ });
  const cells = ashvale.getByRole('cell');
  // £/head, headroom, status in All in-house; then the same for CSU and the two changes.
  await expect(cells.nth(0)).toHaveText(formatPerHead(inHouse.perHead));
  await expect(cells.nth(2)).toHaveText('✕ Over');
  await expect(cells.nth(3)).toHaveText(formatPerHead(csu.perHead));
  await expect(cells.nth(6)).toHaveText(formatSignedPerHead(change));
  expect(formatSignedPerHead(change)).toMatch(/^−£\d+\.\d\d$/);

  const diff = page.getByRole('region', { name: 'Changes from All in-house to CSU' });
  await expect(diff.getByRole('listitem').first()).toHaveText(
    /^Business intelligence, .* and continuing healthcare move from in-house delivery to a new CSU contract with Wexmoor and Fens CSU \(Wexmoor and Fens CSU contract\) for all four CCGs\.$/,
  );

  await expect(
    page.getByRole('img', {
      name: /^Running cost per head by CCG in All in-house, CSU, against the £25 cap$/,
    }),
  ).toBeVisible();
  // The chart has a table alternative.
  const perHeadFigure = page.getByRole('figure', { name: 'Running cost per head by CCG' });
  await perHeadFigure.getByRole('button', { name: 'Show as table' }).click();
  await expect(perHeadFigure.getByRole('row', { name: /^Ashvale CCG/ })).toContainText(
    formatPerHead(csu.perHead),
  );

  // Sensitivity for one CCG: the tornado appears, biggest swing first, with break-even sentences.
  await page.getByLabel('Scenario to test').selectOption({ label: 'CSU' });
  await page.getByLabel('Measure').selectOption({ label: 'Ashvale CCG' });
  await expect(
    page.getByRole('img', {
      name: /^Sensitivity of Ashvale CCG's £ per head to each assumption moved by 20%$/,
    }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sensitivity: Ashvale CCG' })).toBeVisible();
  const breakEven = page.getByRole('region', { name: 'Break-even for Ashvale CCG' });
  await expect(breakEven).toContainText(
    /Ashvale CCG reaches the £25 cap if the core fixed cost per CCG is at most £[\d,]+ \(now £600,000\)\./,
  );

  // The range can change; a bad range is refused with a message and changes nothing.
  const range = page.getByRole('textbox', { name: /Move each assumption by/ });
  await range.fill('abc');
  await expect(page.getByRole('alert')).toContainText('is not a number');
  await range.fill('10');
  await expect(page.getByRole('img', { name: /moved by 10%$/ })).toBeVisible();
});

test('exports the comparison as CSV and shows charts at projector size', async ({ page }) => {
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  // Default picks: the shown scenario (All in-house) and the next (Shared service).
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export comparison as CSV…' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe(
    'Four small CCGs — do, share or buy – All in-house vs Shared service comparison.csv',
  );
  const lines = (await readFile(await download.path(), 'utf8')).split('\n');
  // The year compared comes first, then the side-by-side table for it.
  expect(lines[0]).toBe('Planning year,2013/14');
  expect(lines[2]).toMatch(/^CCG id,CCG,All in-house: running cost per head \(£\),/);
  expect(lines.some((l) => l.startsWith('2015/16,Shared service,ccg-ashvale,Ashvale CCG,'))).toBe(
    true,
  );
  expect(lines.some((l) => l.startsWith('ccg-ashvale,Ashvale CCG,'))).toBe(true);
  expect(lines).toContain(
    'All in-house,Shared service,"Business intelligence, contracting, procurement, finance, HR and IT move from in-house delivery to a new shared service (Wexmoor shared support service) for all four CCGs."',
  );
  // Money to the penny, with its unit in the heading.
  expect(lines[2]).toContain('All in-house: running cost per head (£)');
  const ashvale = lines.find((l) => l.startsWith('ccg-ashvale,Ashvale CCG,'))?.split(',') ?? [];
  expect(ashvale[2]).toMatch(/^\d+(\.\d{1,2})?$/);
  await expect(page.getByRole('status').filter({ hasText: 'Comparison saved as' })).toBeVisible();

  await page.getByRole('checkbox', { name: 'Large type for projectors' }).check();
  const title = page.getByRole('heading', { name: 'Running cost per head by CCG' });
  const size = await title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(26);
});

test('the Compare tab passes an accessibility scan', async ({ page }) => {
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.getByLabel('Measure').selectOption({ label: 'Ashvale CCG' });
  await expect(page.getByRole('region', { name: 'Break-even for Ashvale CCG' })).toBeVisible();
  const scan = await new AxeBuilder({ page }).include('.compare-view').analyze();
  expect(
    scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});
