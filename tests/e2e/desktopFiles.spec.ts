import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { findSample } from '../../shared/samples/index';
import { parseWorkspaceText } from '../../shared/schema/parseWorkspaceText';
import { installDesktopBridge, type DesktopBridgeHarness } from './support/desktopBridge';
import { menuCommand } from './support/menus';

// The desktop file commands end to end: the page's bridge calls the real main-process handlers,
// which show (scripted) dialogs and read and write real files.
let harness: DesktopBridgeHarness;

test.beforeEach(async ({ context, baseURL }) => {
  harness = await installDesktopBridge(context, baseURL ?? '');
});
test.afterEach(async () => {
  await harness.dispose();
});

test('Save as… writes a valid .ccgm file of the open workspace', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).not.toBeEmpty();
  const title = (await page.locator('h1').textContent()) ?? '';
  const target = join(harness.dir, 'saved.ccgm');
  harness.pickForSave(target);

  await menuCommand(page, 'File', 'Save as…');

  await expect
    .poll(() =>
      readFile(target, 'utf8').then(
        () => true,
        () => false,
      ),
    )
    .toBe(true);
  const parsed = parseWorkspaceText(await readFile(target, 'utf8'));
  expect(parsed.ok).toBe(true);
  if (parsed.ok) expect(parsed.workspace.name).toBe(title);
  expect(harness.dialogs.map((d) => d.kind)).toEqual(['save']);
});

test('Open… loads a valid file and shows its CCGs with their figures', async ({ page }) => {
  const sample = findSample('cambs-pboro');
  if (!sample) throw new Error('sample missing');
  const ws = { ...sample.create(), name: 'Fenland review (from file)' };
  const path = join(harness.dir, 'fenland.ccgm');
  await writeFile(path, JSON.stringify(ws, null, 2));
  harness.pickForOpen(path);

  await page.goto('/');
  await menuCommand(page, 'File', 'Open…');

  await expect(page.locator('h1')).toHaveText('Fenland review (from file)');
  await expect(
    page.getByRole('button', {
      name: /^Cambridgeshire and Peterborough CCG, £\d+\.\d\d per head, within its 2013\/14 allowance of £20,800,000, /,
    }),
  ).toBeVisible();
});

test('Open… of a broken file lists its located errors and changes nothing', async ({ page }) => {
  const sample = findSample('four-small-ccgs');
  if (!sample) throw new Error('sample missing');
  const ws = structuredClone(sample.create()) as unknown as {
    scenarios: { arrangements: { members: string[]; name: string }[] }[];
  };
  const arrangement = ws.scenarios.flatMap((s) => s.arrangements)[0];
  if (!arrangement) throw new Error('sample has no arrangement');
  arrangement.members.push('ccg-9');
  const path = join(harness.dir, 'broken.ccgm');
  await writeFile(path, JSON.stringify(ws));
  harness.pickForOpen(path);

  await page.goto('/');
  const titleBefore = await page.locator('h1').textContent();
  const cardsBefore = await page.locator('.ccg-card').count();
  await menuCommand(page, 'File', 'Open…');

  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    `arrangement "${arrangement.name}": member "ccg-9" does not exist`,
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('h1')).toHaveText(titleBefore ?? '');
  expect(await page.locator('.ccg-card').count()).toBe(cardsBefore);
});

test('closing the window waits for the edit to be saved, and asks when saving fails', async ({
  page,
}) => {
  const sample = findSample('four-small-ccgs');
  const ccg = sample?.create().scenarios[0]?.nodes.find((n) => n.kind === 'ccg');
  if (!ccg) throw new Error('sample has no CCG');
  await page.goto('/');
  await expect(page.getByTestId('save-indicator')).toHaveText(/Saved/);
  const card = (name: string) => page.getByRole('button', { name: new RegExp(`^${name}, £`) });
  const rename = async (from: string, to: string): Promise<void> => {
    await card(from).click();
    const field = page.getByRole('complementary').getByLabel('Name', { exact: true });
    await field.fill(to);
    await field.press('Enter');
  };

  // Closed at once after an edit: main waits for the page's save, then closes without asking.
  await rename(ccg.name, 'Renamed just before closing CCG');
  expect(await harness.closeWindow(page)).toBe('close');
  expect(harness.closeWarnings).toEqual([]);
  await expect(page.getByTestId('save-indicator')).toHaveText(/Saved/);
  await page.reload();
  await expect(card('Renamed just before closing CCG')).toBeVisible();

  // Every write fails from now on: closing asks, and Cancel keeps the window and the edit.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    };
  });
  await rename('Renamed just before closing CCG', 'Edited while the disk is full CCG');
  expect(await harness.closeWindow(page, 'Cancel')).toBe('stay');
  expect(harness.closeWarnings).toHaveLength(1);
  expect(harness.closeWarnings[0]).toMatch(
    /^Your latest changes may not be saved — Saving failed: .*disk is full/,
  );
  await expect(card('Edited while the disk is full CCG')).toBeVisible();
});
