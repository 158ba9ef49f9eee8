import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { findSample } from '../../shared/samples';
import { parseWorkspaceText } from '../../shared/schema/parseWorkspaceText';
import { failOnConsoleErrors } from './support/failOnConsoleErrors';
import { menuCommand } from './support/menus';

// The app shell in real Chromium against the web build: it opens on the sample, draws the shown
// scenario's figures, switches scenario, shows a breakdown, zooms, and logs no errors (a CSP
// violation is logged as a console error, so it fails the test too).

const CARD_NAME = /^(.+ CCG), £\d+\.\d\d per head, (within|tight against|over) the £25 cap/;

failOnConsoleErrors();

async function cardLabel(page: Page, ccgName: string): Promise<string> {
  return (
    (await page
      .getByRole('button', { name: new RegExp(`^${ccgName}, `) })
      .getAttribute('aria-label')) ?? ''
  );
}

test('opens on the sample with CCG cards named by figure and status', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Four small CCGs — do, share or buy?',
  );
  const cards = page.getByRole('button', { name: CARD_NAME });
  await expect(cards).toHaveCount(4);
  await expect(cards.first()).toBeVisible();
  const label = (await cards.first().getAttribute('aria-label')) ?? '';
  expect(label).toMatch(/^Ashvale CCG, £\d{2}\.\d\d per head, over the £25 cap/);
  // The totals are always in view, in British formats, with status counts in words.
  const totals = page.getByLabel('Scenario totals');
  await expect(totals).toContainText('414,000');
  await expect(totals).toContainText(/£\d+\.\d\d/);
  await expect(totals).toContainText(/\d within/);
});

test('switching scenario redraws the cards with that scenario’s figures', async ({ page }) => {
  const before = await cardLabel(page, 'Ashvale CCG');
  await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Shared service' });
  await expect.poll(() => cardLabel(page, 'Ashvale CCG')).not.toBe(before);
  expect(await cardLabel(page, 'Ashvale CCG')).toMatch(CARD_NAME);
  // The arrangement appears as a hub with an accessible name.
  await expect(
    page.getByRole('button', { name: /^Wexmoor shared support service, shared service/ }),
  ).toBeVisible();
});

test('selecting a card shows its breakdown in the side panel', async ({ page }) => {
  await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'CSU' });
  const card = page.getByRole('button', { name: /^Brackenford CCG, / });
  await card.click();
  await expect(card).toHaveAttribute('aria-pressed', 'true');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Brackenford CCG');
  await expect(panel).toContainText('80,000');
  const bi = panel
    .getByRole('row')
    .filter({ hasText: 'Business intelligence & population data' })
    .first();
  await expect(bi).toContainText('CSU');
  await expect(bi).toContainText('Wexmoor and Fens CSU contract');
  const comms = panel.getByRole('row').filter({ hasText: 'Communications & engagement' }).first();
  await expect(comms).toContainText('In-house');
  // Every figure can be traced: expanding a line shows its formula.
  await panel.getByRole('button', { name: 'Business intelligence & population data' }).click();
  await expect(
    panel.getByText(
      /^u = £2\.20 × \([\d,]+ \/ 250,000\)\^−0\.30 = £\d\.\d\d a head at [\d,]+ \(Wexmoor and Fens CSU's scale\)/,
    ),
  ).toBeVisible();
  // Keyboard: Tab to the next card and select it with Enter.
  await card.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Cressingham CCG');
  // Back to the summary, where choosing a flag selects its subject.
  await panel.getByRole('button', { name: /Scenario summary/ }).click();
  await panel.getByRole('button', { name: /Ashvale CCG serves 62,000 people/ }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Ashvale CCG');
});

test('zoom buttons and keys change the canvas transform; zoom to fit restores it', async ({
  page,
}) => {
  const camera = page.getByTestId('camera');
  // The app opens at a readable zoom, which need not be the fitted view: start from the fitted one.
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  let last = '';
  await expect
    .poll(
      async () => {
        const now = (await camera.getAttribute('transform')) ?? '';
        const settled = now === last;
        last = now;
        return settled;
      },
      { intervals: [300] },
    )
    .toBe(true);
  const initial = await camera.getAttribute('transform');
  expect(initial).toMatch(/^translate\(.+\) scale\(.+\)$/);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => camera.getAttribute('transform')).not.toBe(initial);
  const scaleOf = async (): Promise<number> =>
    Number(/scale\(([\d.]+)\)/.exec((await camera.getAttribute('transform')) ?? '')?.[1]);
  await expect.poll(scaleOf).toBeGreaterThan(Number(/scale\(([\d.]+)\)/.exec(initial ?? '')?.[1]));
  const zoomedIn = await scaleOf();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(scaleOf).toBeLessThan(zoomedIn);
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await expect.poll(() => camera.getAttribute('transform')).toBe(initial);
  // Keyboard, with the canvas focused.
  await page.getByRole('group', { name: /Tab moves between organisations/ }).focus();
  await page.keyboard.press('+');
  await expect.poll(scaleOf).toBeGreaterThan(Number(/scale\(([\d.]+)\)/.exec(initial ?? '')?.[1]));
  await page.keyboard.press('0');
  await expect.poll(() => camera.getAttribute('transform')).toBe(initial);
});

test('the wheel zooms and a background drag pans', async ({ page }) => {
  const camera = page.getByTestId('camera');
  const svg = page.locator('svg.canvas-svg');
  const box = await svg.boundingBox();
  if (!box) throw new Error('canvas not laid out');
  const initial = await camera.getAttribute('transform');
  // An empty spot near the top-left of the canvas (the drawing is centred below it).
  await page.mouse.move(box.x + 30, box.y + 30);
  await page.mouse.wheel(0, -300);
  await expect.poll(() => camera.getAttribute('transform')).not.toBe(initial);
  const zoomed = await camera.getAttribute('transform');
  await page.mouse.move(box.x + 30, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + 130, box.y + 90, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => camera.getAttribute('transform')).not.toBe(zoomed);
});

test('in the browser, Save as… downloads the workspace as a .ccgm file', async ({ page }) => {
  const downloaded = page.waitForEvent('download');
  await menuCommand(page, 'File', 'Save as…');
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('Four small CCGs — do, share or buy.ccgm');
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  const parsed = parseWorkspaceText(text);
  expect(parsed.ok).toBe(true);
  if (parsed.ok) expect(parsed.workspace.scenarios).toHaveLength(7);
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText(
    'Saved as “Four small CCGs — do, share or buy.ccgm”',
  );
});

test('in the browser, Open… reads a chosen file; a broken one lists every located error and changes nothing', async ({
  page,
}) => {
  const sample = findSample('cambs-pboro');
  if (!sample) throw new Error('sample missing');
  const good = JSON.stringify({ ...sample.create(), name: 'Fenland review' }, null, 2);

  const chooser1 = page.waitForEvent('filechooser');
  await menuCommand(page, 'File', 'Open…');
  await (
    await chooser1
  ).setFiles({ name: 'fenland.ccgm', mimeType: 'application/json', buffer: Buffer.from(good) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fenland review');
  await expect(
    page.getByRole('button', {
      name: /^Cambridgeshire and Peterborough CCG, £\d+\.\d\d per head, within its 2013\/14 allowance of £20,800,000, /,
    }),
  ).toBeVisible();

  const broken = JSON.parse(good) as {
    scenarios: { name: string; arrangements: { members: string[]; name: string }[] }[];
  };
  const scenario = broken.scenarios[1];
  const arrangement = scenario?.arrangements[0];
  if (!scenario || !arrangement) throw new Error('sample has no arrangement');
  arrangement.members.push('ccg-9');
  const firstYear = (
    broken as unknown as { assumptions: { years: { allowancePerHead: number }[] } }
  ).assumptions.years[0];
  if (!firstYear) throw new Error('sample has no planning year');
  firstYear.allowancePerHead = -1;
  const chooser2 = page.waitForEvent('filechooser');
  await menuCommand(page, 'File', 'Open…');
  await (
    await chooser2
  ).setFiles({
    name: 'broken.ccgm',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });

  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText('Could not open “broken.ccgm”');
  await expect(dialog).toContainText('Nothing was changed.');
  await expect(dialog).toContainText(`member "ccg-9" does not exist`);
  await expect(dialog).toContainText('years.2013-14.allowancePerHead');
  expect(await dialog.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fenland review');
});

test('the Samples menu loads the other sample', async ({ page }) => {
  await menuCommand(page, 'File', 'Cambridgeshire & Peterborough (illustrative)');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Cambridgeshire & Peterborough (illustrative)',
  );
  const card = page.getByRole('button', {
    name: /^Cambridgeshire and Peterborough CCG, £\d+\.\d\d per head, within its 2013\/14 allowance of £20,800,000, /,
  });
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('aria-label', /856,000/);
  await expect(page.getByLabel('Scenario', { exact: true })).toHaveValue('federated-in-house');
});
