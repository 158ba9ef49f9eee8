import { expect, test, type Page } from '@playwright/test';
import { failOnConsoleErrors } from './support/failOnConsoleErrors';
import { fitView } from './support/menus';

// Staffing structures in real Chromium, on the sample's "All in-house" scenario. Dunmere CCG has
// 150,000 people. Applying the ready reckoner template replaces its estimated core by posts; then
// the accountable officer goes from the VSM level (£130,000) to band 9's mid-point (£87,279):
// pay falls by 42,721 × 1.25 = £53,401.25 a year, so the post's cost goes from
// 130,000 × 1.25 + £5,000 non-pay = £167,500 to 87,279 × 1.25 + 5,000 = £114,098.75, and the
// card's running cost per head falls by 53,401.25 / 150,000 = £0.356.

failOnConsoleErrors();

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

async function cardPerHead(page: Page, ccgName: string): Promise<number> {
  const label =
    (await page
      .getByRole('button', { name: new RegExp(`^${ccgName}, £`) })
      .getAttribute('aria-label')) ?? '';
  const m = /£(\d+\.\d\d) per head/.exec(label);
  if (!m) throw new Error(`no per-head figure in "${label}"`);
  return Number(m[1]);
}

test('apply the ready reckoner to a CCG, change a band, see the worked change on the card, undo', async ({
  page,
}) => {
  await expect(page.getByLabel('Scenario', { exact: true })).toHaveValue('all-in-house');
  // Dunmere is at the right of the sample: from the fitted view (the app opens at a readable zoom).
  await fitView(page);
  const before = await cardPerHead(page, 'Dunmere CCG');
  await page.getByRole('button', { name: /^Dunmere CCG, £/ }).click();

  const panel = page.locator('#inspector');
  await panel
    .getByLabel('Template')
    .selectOption({ label: 'Ready reckoner — typical CCG of 175,000' });
  await panel.getByRole('button', { name: 'Apply template' }).click();
  const table = panel.getByRole('grid', { name: 'Posts of Dunmere CCG' });
  await expect(table.getByRole('row')).toHaveCount(25);
  const applied = await cardPerHead(page, 'Dunmere CCG');
  expect(applied).not.toBe(before);

  const ao = table.locator('tr[data-post-id="rr-1"]');
  await expect(ao.getByTestId('post-cost')).toHaveText('£167,500');
  // The band cell, edited from the keyboard as in the matrix: focus it, Enter, choose.
  await ao.getByRole('gridcell').nth(1).focus();
  await page.keyboard.press('Enter');
  await table.getByLabel('Band of Accountable officer').selectOption('9');
  await expect(ao.getByTestId('post-cost')).toHaveText('£114,099');
  await expect
    .poll(async () => Math.abs(applied - (await cardPerHead(page, 'Dunmere CCG')) - 0.356))
    .toBeLessThanOrEqual(0.01);

  await page.keyboard.press(`${mod}+z`);
  await expect(ao.getByTestId('post-cost')).toHaveText('£167,500');
  await expect.poll(() => cardPerHead(page, 'Dunmere CCG')).toBe(applied);
});

test('set a baseline and read the payback of moving from it', async ({ page }) => {
  const picker = page.getByLabel('Scenario', { exact: true });
  await picker.selectOption({ label: 'Shared service' });
  await page
    .locator('#inspector')
    .getByLabel('Baseline scenario')
    .selectOption({ label: 'All in-house' });
  const oneOffs = page.getByRole('table', { name: 'One-off costs by CCG' });
  await expect(oneOffs).toBeVisible();
  await expect(
    oneOffs.getByRole('row').filter({ hasText: 'Dunmere CCG' }).getByTestId('payback'),
  ).toHaveText(/^(\d+\.\d years?|Never)$/);
});
