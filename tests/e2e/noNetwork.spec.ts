import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { findSample } from '../../shared/samples';
import { installDesktopBridge, type DesktopBridgeHarness } from './support/desktopBridge';
import { failOnConsoleErrors } from './support/failOnConsoleErrors';
import { menuCommand } from './support/menus';

// "No network, ever" (DESIGN.md §2): every request the browser makes during a session that opens
// a file, edits, uses the library and history and saves a file is recorded, at the context level
// (pages, workers, prefetches) — and every one goes to the app's own origin, or is data:/blob:.

let harness: DesktopBridgeHarness;
const requests: string[] = [];
const pageErrors: string[] = [];

test.beforeEach(async ({ context, baseURL }) => {
  requests.length = 0;
  pageErrors.length = 0;
  context.on('request', (r) => void requests.push(r.url()));
  context.on('weberror', (e) => void pageErrors.push(e.error().message));
  harness = await installDesktopBridge(context, baseURL ?? '');
});
test.afterEach(async () => {
  await harness.dispose();
});
failOnConsoleErrors();

test('a whole session requests nothing but the app itself', async ({ page, baseURL }) => {
  const panel = page.getByRole('complementary');
  await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();

  // Open a workspace file.
  const sample = findSample('cambs-pboro');
  if (!sample) throw new Error('sample missing');
  const path = join(harness.dir, 'fenland.ccgm');
  await writeFile(path, JSON.stringify({ ...sample.create(), name: 'Fenland (no network)' }));
  harness.pickForOpen(path);
  await menuCommand(page, 'File', 'Open…');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fenland (no network)');

  // Edit: a CCG from the palette with a population.
  await page.getByRole('button', { name: /^Add a CCG/ }).click();
  const population = panel.getByLabel('Population', { exact: true });
  await population.fill('150,000');
  await population.press('Enter');
  await expect(page.getByTestId('save-indicator')).toHaveText(/Saved/);

  // The library, and back; the history dialog.
  await menuCommand(page, 'File', 'Library');
  await expect(page.getByRole('heading', { name: 'Your workspaces' })).toBeVisible();
  await page.getByRole('button', { name: 'Open Fenland (no network)' }).click();
  await menuCommand(page, 'File', 'History…');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');

  // Export the workspace to a file.
  const saved = join(harness.dir, 'out.ccgm');
  harness.pickForSave(saved);
  await menuCommand(page, 'File', 'Save as…');
  await expect
    .poll(() =>
      readFile(saved, 'utf8').then(
        () => true,
        () => false,
      ),
    )
    .toBe(true);

  const origin = new URL(baseURL ?? '').origin;
  const foreign = requests.filter(
    (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
  );
  expect(requests.length).toBeGreaterThan(0);
  expect(foreign).toEqual([]);
  expect(pageErrors).toEqual([]);
});
