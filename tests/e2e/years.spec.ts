import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { failOnConsoleErrors } from './support/failOnConsoleErrors';
import { fitView, menuCommand } from './support/menus';

// The planning years in real Chromium, on the Four small CCGs sample it opens on. Its "CSU"
// scenario (figures from the costing engine): Dunmere CCG £22.54 a head in 2013/14, within £25
// less 4% (£24.00); in 2015/16 its running cost × 1.02 is £22.99 a head against the £22.07
// allowance per head, so it is over.

failOnConsoleErrors();
// Each test ends in an axe scan of a large page, slow on a shared two-core machine.
test.describe.configure({ timeout: 90_000 });

async function cardLabel(page: Page, ccgName: string): Promise<string> {
  return (
    (await page
      .getByRole('button', { name: new RegExp(`^${ccgName}, £`) })
      .getAttribute('aria-label')) ?? ''
  );
}

async function blockingViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

test('switching to 2015/16 turns a CCG within its 2013/14 allowance over; the panel shows every year', async ({
  page,
}) => {
  // Dunmere is at the right of the sample: from the fitted view (the app opens at a readable zoom).
  await fitView(page);
  await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'CSU' });
  const year = page.getByLabel('Year', { exact: true });
  await expect(year).toHaveValue('2013-14');
  expect(await cardLabel(page, 'Dunmere CCG')).toContain('£22.54 per head, within the £25 cap');

  await year.selectOption({ label: '2015/16' });
  await expect
    .poll(() => cardLabel(page, 'Dunmere CCG'))
    .toContain('£22.99 per head, over the £22.07 cap');
  await expect(page.getByLabel('Scenario totals')).toContainText('over their allowances');
  await expect(page.getByText('2015/16 allowance per head')).toBeVisible();

  // Back with the keyboard: Alt+Shift+Y twice from the year picker.
  await year.focus();
  await page.keyboard.press('Alt+Shift+Y');
  await page.keyboard.press('Alt+Shift+Y');
  await expect(year).toHaveValue('2013-14');
  await expect.poll(() => cardLabel(page, 'Dunmere CCG')).toContain('within the £25 cap');
  await page.keyboard.press('Alt+Y');
  await page.keyboard.press('Alt+Y');
  await expect(year).toHaveValue('2015-16');

  await page.getByRole('button', { name: /^Dunmere CCG, £/ }).click();
  const panel = page.getByRole('complementary');
  const table = panel.getByRole('table', {
    name: 'Running cost against the allowance in each planning year',
  });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row', { name: /^2013\/14/ })).toContainText('✓ Within');
  await expect(table.getByRole('row', { name: /^2015\/16/ })).toContainText('✕ Over');
  await expect(panel.getByText(/over its allowance$/).first()).toBeVisible();

  expect(await blockingViolations(page)).toEqual([]);
});

test('the years editor adds a year and classes a function as programme spend; axe finds nothing serious', async ({
  page,
}) => {
  await menuCommand(page, 'Scenario', 'Assumptions…');
  const dialog = page.getByRole('dialog', { name: 'Assumptions' });
  await dialog.getByLabel(/Workspace \(base\)/).check();
  await dialog.getByRole('button', { name: 'Add year 2016/17' }).click();
  await expect(dialog.getByLabel('Label of year 2016/17')).toHaveValue('2016/17');
  await dialog
    .getByRole('checkbox', {
      name: 'Continuing healthcare & IFR: counts against the running cost allowance',
    })
    .uncheck();
  expect(await blockingViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByLabel('Year', { exact: true }).locator('option')).toHaveText([
    '2013/14',
    '2014/15',
    '2015/16',
    '2016/17',
  ]);
});
