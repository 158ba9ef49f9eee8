import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DEFAULT_SAMPLE_ID, findSample } from '../../shared/samples/index';
import config from '../../playwright.config';
import { failOnConsoleErrors } from './support/failOnConsoleErrors';
import { menuCommand } from './support/menus';

// Nothing is lost: the library lives in IndexedDB in the browser profile, so these tests run
// Chromium on a persistent profile (a folder), close or kill it, and launch it again on the same
// folder. The default page (failOnConsoleErrors) is not used for the edits.
failOnConsoleErrors();

const sample = findSample(DEFAULT_SAMPLE_ID);
if (!sample) throw new Error('default sample missing');
const first = sample.create();
const [firstCcg, secondCcg] = first.scenarios[0]?.nodes.filter((n) => n.kind === 'ccg') ?? [];
if (!firstCcg || !secondCcg) throw new Error('the default sample needs two CCGs');

let profile = '';
let problems: string[] = [];
test.beforeEach(async () => {
  profile = await mkdtemp(join(tmpdir(), 'ccgm-profile-'));
  problems = [];
});
test.afterEach(async () => {
  await rm(profile, { recursive: true, force: true });
  expect(problems, 'console errors in the persistent browser').toEqual([]);
});

/** Chromium on the test profile, against the suite's web server, as the suite launches it. */
async function launch(baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const launchOptions = config.use?.launchOptions ?? {};
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: launchOptions.executablePath ?? '/usr/bin/chromium',
    args: launchOptions.args ?? [],
    baseURL,
    viewport: config.use?.viewport ?? { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await page.goto('/');
  await expect(page.locator('h1')).not.toBeEmpty();
  return { context, page };
}

/**
 * SIGKILLs the browser on this profile, as a crash or a power-cut-free hard kill would: no
 * unload, no flush. Playwright gives no process for a persistent context, so the processes are
 * found by the profile folder on their command line (unique to this test) and killed by id.
 */
async function killBrowser(): Promise<void> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(`--user-data-dir=${profile}`)) pids.push(Number(entry));
  }
  expect(pids.length).toBeGreaterThan(0);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone with its parent.
    }
  }
}

const card = (page: Page, name: string) =>
  page.getByRole('button', { name: new RegExp(`^${name}, £`) });

/** Renames a CCG in the inspector (one edit: Enter commits it). */
async function renameCcg(page: Page, from: string, to: string): Promise<void> {
  await card(page, from).click();
  const name = page.getByRole('complementary').getByLabel('Name', { exact: true });
  await name.fill(to);
  await name.press('Enter');
  await expect(card(page, to)).toBeVisible();
}

const saved = (page: Page) =>
  expect(page.getByTestId('save-indicator')).toHaveText(/^✓?\s*Saved$/, { timeout: 5000 });

test('an edit is still there after closing the browser and starting it again', async ({
  baseURL,
}) => {
  const one = await launch(baseURL ?? '');
  await expect(one.page.locator('h1')).toHaveText(first.name);
  await renameCcg(one.page, firstCcg.name, 'Renamed before closing CCG');
  await saved(one.page);
  await one.context.close();

  const two = await launch(baseURL ?? '');
  await expect(card(two.page, 'Renamed before closing CCG')).toBeVisible();
  await expect(two.page.locator('h1')).toHaveText(first.name);
  await two.context.close();
});

test('every edit shown as saved survives the browser being killed at once', async ({ baseURL }) => {
  const one = await launch(baseURL ?? '');
  await expect(one.page.locator('h1')).toHaveText(first.name);
  await renameCcg(one.page, firstCcg.name, 'First kill-test CCG');
  await saved(one.page);
  // A second edit, killed the moment it is acknowledged: well inside the 300 ms autosave throttle
  // of the first, so only a write that really committed can have made "Saved" appear.
  await renameCcg(one.page, secondCcg.name, 'Second kill-test CCG');
  await saved(one.page);
  await killBrowser();
  await one.context.close().catch(() => undefined);

  const two = await launch(baseURL ?? '');
  await expect(card(two.page, 'First kill-test CCG')).toBeVisible();
  await expect(card(two.page, 'Second kill-test CCG')).toBeVisible();
  await two.context.close();
});

test('importing a broken file lists its located errors and leaves the library as it was', async ({
  baseURL,
}) => {
  const { context, page } = await launch(baseURL ?? '');
  await expect(page.locator('h1')).toHaveText(first.name);
  const listing = async (): Promise<string[]> => {
    await menuCommand(page, 'File', 'Library');
    await expect(page.locator('.library-table')).toBeVisible();
    const rows = await page
      .locator('.library-table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => tr.querySelector('.library-open')?.getAttribute('aria-label') ?? ''),
      );
    await menuCommand(page, 'File', 'Library');
    return rows;
  };
  const before = await listing();
  expect(before).toEqual([`Open ${first.name}`]);

  // Two CCGs with a negative population: two errors, each naming its scenario and CCG.
  const broken = structuredClone(first) as unknown as {
    scenarios: { name: string; nodes: { kind: string; name: string; population?: number }[] }[];
  };
  const scenario = broken.scenarios[0];
  const ccgs =
    scenario?.nodes.filter((n) => n.kind === 'ccg' && n.population !== undefined).slice(0, 2) ?? [];
  if (!scenario || ccgs.length < 2)
    throw new Error('sample lacks two CCGs with their own population');
  for (const c of ccgs) c.population = -5;

  // Browser mode: Open… is the browser's file chooser.
  const chooser = page.waitForEvent('filechooser');
  await menuCommand(page, 'File', 'Open…');
  await (
    await chooser
  ).setFiles({
    name: 'broken.ccgm',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });

  const dialog = page.getByRole('alertdialog', { name: 'Could not open “broken.ccgm”' });
  await expect(dialog).toContainText('Nothing was changed. There are 2 problems:');
  await expect(dialog.getByRole('listitem')).toHaveText(
    ccgs.map(
      (c) =>
        `scenario "${scenario.name}" › CCG "${c.name}": population: must be a positive number of people`,
    ),
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  expect(await listing()).toEqual(before);
  await context.close();
});
