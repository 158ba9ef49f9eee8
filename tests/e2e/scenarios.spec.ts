import { expect, test, type Page } from '@playwright/test';
import { failOnConsoleErrors } from './support/failOnConsoleErrors';
import { menuCommand } from './support/menus';

// Scenarios in real Chromium: branch the shown scenario, rename the copy, switch its cap to £35
// and watch a card's status change, undo that; delete a scenario and undo from the notice.
//
// The sample's "All in-house" scenario (figures from the costing engine, DESIGN.md §4): Dunmere
// CCG £27.70 a head, over the £25 cap; at £35 the amber line is 35 × 0.96 = £33.60, so it is
// within. Brackenford CCG £33.63: over £25, and tight against £35 (above £33.60, not above £35).

failOnConsoleErrors();

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

async function cardLabel(page: Page, ccgName: string): Promise<string> {
  return (
    (await page
      .getByRole('button', { name: new RegExp(`^${ccgName}, £`) })
      .getAttribute('aria-label')) ?? ''
  );
}

async function scenarioNames(page: Page): Promise<string[]> {
  return page.locator('#scenario-select option').allTextContents();
}

test('branch, rename, cap to £35 and back with undo; the source scenario keeps its cap', async ({
  page,
}) => {
  const picker = page.getByLabel('Scenario', { exact: true });
  await expect(picker).toHaveValue('all-in-house');
  expect(await cardLabel(page, 'Dunmere CCG')).toContain('£27.70 per head, over the £25 cap');

  await menuCommand(page, 'Scenario', 'Branch (copy this scenario)');
  await expect(picker.locator('option:checked')).toHaveText('All in-house (copy)');
  expect((await scenarioNames(page)).slice(0, 2)).toEqual(['All in-house', 'All in-house (copy)']);
  // A full copy: the same CCGs with the same figures.
  expect(await cardLabel(page, 'Dunmere CCG')).toContain('£27.70 per head, over the £25 cap');

  await menuCommand(page, 'Scenario', 'Rename');
  const name = page.getByLabel('Scenario name');
  await expect(name).toBeFocused();
  await name.fill('   ');
  await name.press('Enter');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('A scenario needs a name')).toBeVisible();
  await name.fill('In-house at £35');
  await name.press('Enter');
  await expect(picker.locator('option:checked')).toHaveText('In-house at £35');

  await page.getByRole('button', { name: '£35' }).click();
  await expect.poll(() => cardLabel(page, 'Dunmere CCG')).toContain('within the £35 cap');
  expect(await cardLabel(page, 'Brackenford CCG')).toContain('tight against the £35 cap');
  await expect(page.getByLabel('Scenario totals')).toContainText('£35 cap');

  await page.keyboard.press(`${mod}+z`);
  await expect.poll(() => cardLabel(page, 'Dunmere CCG')).toContain('over the £25 cap');
  await page.keyboard.press(`${mod}+Shift+z`);
  await expect.poll(() => cardLabel(page, 'Dunmere CCG')).toContain('within the £35 cap');

  // The branch diverged: the scenario it came from still has the £25 cap.
  await picker.selectOption({ label: 'All in-house' });
  await expect.poll(() => cardLabel(page, 'Dunmere CCG')).toContain('over the £25 cap');
});

test("a scenario moves with Alt+Shift+arrows, is deleted, and comes back with the notice's Undo", async ({
  page,
}) => {
  const picker = page.getByLabel('Scenario', { exact: true });
  await picker.selectOption({ label: 'Shared service' });
  await picker.focus();
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  expect((await scenarioNames(page)).slice(0, 2)).toEqual(['Shared service', 'All in-house']);
  await page.getByRole('button', { name: 'Scenario', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Move scenario earlier' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await page.keyboard.press('Escape');

  const before = await scenarioNames(page);
  await menuCommand(page, 'Scenario', 'Delete scenario');
  await expect(page.getByText('Deleted scenario “Shared service”.')).toBeVisible();
  expect(await scenarioNames(page)).toEqual(before.filter((n) => n !== 'Shared service'));
  // The next scenario is shown instead.
  await expect(picker.locator('option:checked')).toHaveText('All in-house');

  await page.getByRole('button', { name: 'Undo deleting “Shared service”' }).click();
  expect(await scenarioNames(page)).toEqual(before);
  await expect(picker.locator('option:checked')).toHaveText('Shared service');
  await expect(page.getByText('Deleted scenario “Shared service”.')).toHaveCount(0);
});
