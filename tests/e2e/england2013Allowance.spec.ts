import { expect, test } from '@playwright/test';
import { failOnConsoleErrors } from './support/failOnConsoleErrors';
import { fitView, menuCommand } from './support/menus';

// NHS Corby CCG (03V) on the England 2013 sample, tested against its own allowance.
// Published 2013/14 (NHS Commissioning Board, 9 November 2012): £1.66m, worked on its ONS-adjusted
// population of 66,552 (its 2012 registered list is 69,801). No 2014/15 figure was published for
// a CCG, so 2014/15 is the first published figure scaled by the national rates:
//   1,660,000 × 24.73 ÷ 25 = 41,051,800 ÷ 25 = £1,642,072.

failOnConsoleErrors();
// 211 CCG cards on a shared two-core machine: opening the sample and switching years are slow.
test.describe.configure({ timeout: 90_000 });

test('NHS Corby CCG is tested against its own 2013/14 allowance, then its scaled 2014/15 one', async ({
  page,
}) => {
  await menuCommand(page, 'File', 'England 2013 — every CCG’s published allowance');
  await expect(page.locator('h1')).toHaveText('England 2013 — every CCG’s published allowance');
  // The app opens at a readable zoom on part of the drawing; Corby is found from the fitted view.
  await fitView(page);

  const corby = page.getByRole('button', { name: /^NHS Corby CCG, £/ });
  await expect(corby).toHaveAccessibleName(
    /^NHS Corby CCG, £\d+\.\d\d per head, over its 2013\/14 allowance of £1,660,000, headroom .*population 69,801$/,
  );
  await expect(corby).not.toHaveAccessibleName(/£25 cap/);

  await corby.click();
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { name: 'NHS Corby CCG', level: 2 })).toBeVisible();
  await expect(panel.locator('.headline-phrase')).toHaveText(
    /^(within|tight against|over) its 2013\/14 allowance of £1,660,000$/,
  );
  await expect(panel.getByLabel('Allowance population')).toHaveValue('66,552');
  await expect(panel.getByLabel('Published allowance 2013/14, £')).toHaveValue('£1,660,000');

  // Alt+Y: the next planning year.
  const year = page.getByLabel('Year', { exact: true });
  await year.focus();
  await page.keyboard.press('Alt+Y');
  await expect(year).toHaveValue('2014-15');
  await expect(corby).toHaveAccessibleName(
    /^NHS Corby CCG, £\d+\.\d\d per head, over its 2014\/15 allowance of £1,642,072, headroom −/,
  );
  await expect(panel.locator('.headline-phrase')).toHaveText(
    /^(within|tight against|over) its 2014\/15 allowance of £1,642,072$/,
  );
  // No published 2014/15 figure: the field is empty and says how the figure is worked out.
  const field2014 = panel.getByLabel('Published allowance 2014/15, £');
  await expect(field2014).toHaveValue('');
  await expect(field2014).toHaveAccessibleDescription(
    /£1,642,072 \(scaled from 2013\/14’s published figure: £1,660,000 × £24\.73 ÷ £25\.00\)/,
  );
});
