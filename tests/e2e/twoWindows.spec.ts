import { expect, test, type Page } from '@playwright/test';
import { menuCommand } from './support/menus';

// Two windows (tabs of one browser profile) on the same workspace: when B saves, A is told with
// a banner and A's autosave never writes over B's edit; A can load B's version or keep its own
// as a copy, and both versions are then in the library.

/** Renames the first CCG card through the inspector (one committed edit). */
async function renameFirstCcg(page: Page, name: string): Promise<void> {
  await page
    .getByRole('button', { name: /^Ashvale CCG, |^Renamed in [AB], / })
    .first()
    .click();
  const field = page.getByRole('complementary').getByLabel('Name', { exact: true });
  await field.fill(name);
  await field.press('Enter');
  await expect(page.getByRole('button', { name: new RegExp(`^${name}, `) })).toBeVisible();
}

/** Console errors and uncaught exceptions of every page: none is expected. */
const problems: string[] = [];
test.beforeEach(() => {
  problems.length = 0;
});
test.afterEach(() => {
  expect(problems, 'console errors during the test').toEqual([]);
});

async function open(page: Page): Promise<void> {
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await page.goto('/');
  await expect(page.getByRole('button', { name: /^Ashvale CCG, / })).toBeVisible();
}

test("B saves the workspace A has open: A is told and keeps its edit as a copy, B's version stays", async ({
  context,
}) => {
  const a = await context.newPage();
  await open(a);
  await expect(a.getByTestId('save-indicator')).toHaveText(/Saved/);
  const b = await context.newPage();
  await open(b);

  await renameFirstCcg(b, 'Renamed in B');
  await expect(b.getByTestId('save-indicator')).toHaveText(/Saved/);

  const banner = a
    .getByRole('alert')
    .filter({ hasText: 'This workspace was changed in another window' });
  await expect(banner).toBeVisible();
  await renameFirstCcg(a, 'Renamed in A');
  await expect(a.getByTestId('save-indicator')).toHaveText(/changed in another window/);

  // B reloads: its own edit is what is saved, not A's.
  await b.reload();
  await expect(b.getByRole('button', { name: /^Renamed in B, / })).toBeVisible();

  await banner.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(banner).toHaveCount(0);
  await expect(a.getByRole('heading', { level: 1 })).toHaveText(/\(my copy\)$/);
  await expect(a.getByTestId('save-indicator')).toHaveText(/Saved/);
  await menuCommand(a, 'File', 'Library');
  await expect(a.getByRole('button', { name: /^Open .*\(my copy\)$/ })).toBeVisible();
  await expect(a.getByRole('button', { name: /^Open / })).toHaveCount(2);
});

test('"Load their version" shows what the other window saved', async ({ context }) => {
  const a = await context.newPage();
  await open(a);
  const b = await context.newPage();
  await open(b);
  await renameFirstCcg(b, 'Renamed in B');
  await expect(b.getByTestId('save-indicator')).toHaveText(/Saved/);
  const banner = a
    .getByRole('alert')
    .filter({ hasText: 'This workspace was changed in another window' });
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Load their version' }).click();
  await expect(banner).toHaveCount(0);
  await expect(a.getByRole('button', { name: /^Renamed in B, / })).toBeVisible();
});
