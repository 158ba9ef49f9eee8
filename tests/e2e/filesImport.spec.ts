import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { MENU_COMMANDS } from '../../shared/ipc/menuCommands';
import { DEFAULT_SAMPLE_ID, findSample } from '../../shared/samples/index';
import { installDesktopBridge, type DesktopBridgeHarness } from './support/desktopBridge';
import { failOnConsoleErrors } from './support/failOnConsoleErrors';
import { menuCommand } from './support/menus';

// Files coming in: dropped on the window, opened by the OS, picked with Open… or Import practice
// list (CSV)…, through the real main-process handlers (support/desktopBridge.ts). A fresh
// profile opens on the default sample, saved in the library.

let harness: DesktopBridgeHarness;
test.beforeEach(async ({ context, baseURL }) => {
  harness = await installDesktopBridge(context, baseURL ?? '');
});
failOnConsoleErrors();
test.afterEach(async () => {
  await harness.dispose();
});

const sample = findSample(DEFAULT_SAMPLE_ID);
if (!sample) throw new Error('default sample missing');
const opened = sample.create();

const PRACTICES = [
  'Practice name,List size,Locality,CCG',
  'Abbey Surgery,"12,000",Bourne North,Bourne CCG',
  'Bridge Street,8000,Bourne North,Bourne CCG',
  'Castle Practice,9500,Bourne South,Bourne CCG',
  'Dale Medical,15000,Ashby Town,Ashby CCG',
  'Elm Tree,n/a,Ashby Town,Ashby CCG',
].join('\n');

interface DroppedFile {
  readonly name: string;
  readonly text: string;
  readonly type?: string;
}

/** Drags files over the window (checking the overlay says what will happen) and drops them. */
async function dropFiles(
  page: Page,
  files: readonly DroppedFile[],
  overlay?: RegExp,
): Promise<void> {
  const data = await page.evaluateHandle((fs) => {
    const dt = new DataTransfer();
    for (const f of fs) dt.items.add(new File([f.text], f.name, { type: f.type ?? '' }));
    return dt;
  }, files);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: data });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: data });
  if (overlay) await expect(page.locator('.file-drop-overlay')).toHaveText(overlay);
  await page.dispatchEvent('main', 'drop', { dataTransfer: data });
  await expect(page.locator('.file-drop-overlay')).toHaveCount(0);
}

async function ready(page: Page): Promise<void> {
  await expect(page.locator('h1')).toHaveText(opened.name);
  await expect(page.getByTestId('save-indicator')).toHaveText(/Saved/);
}

/** The names in the library listing, as the Library screen shows them (then back to the editor). */
async function libraryNames(page: Page): Promise<string[]> {
  await menuCommand(page, 'File', 'Library');
  const buttons = page.locator('.library-table .library-open');
  await expect(buttons.first()).toBeVisible();
  const labels = await buttons.evaluateAll((els) =>
    els.map((e) => (e.getAttribute('aria-label') ?? '').replace(/^Open /, '')),
  );
  await menuCommand(page, 'File', 'Library');
  return labels.sort();
}

function workspaceFile(overrides: Record<string, unknown>): string {
  return JSON.stringify({ ...sample?.create(), ...overrides }, null, 2);
}

test('dropping a .ccgm adds it to the library as a new workspace and opens it', async ({
  page,
}) => {
  await ready(page);
  await dropFiles(
    page,
    [{ name: 'fenland.ccgm', text: workspaceFile({ id: 'ws-fenland', name: 'Fenland review' }) }],
    /a \.ccgm workspace is added to your library and opened/,
  );
  await expect(page.locator('h1')).toHaveText('Fenland review');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Imported “fenland.ccgm” into your library as “Fenland review”.' }),
  ).toBeVisible();
  expect(await libraryNames(page)).toEqual([opened.name, 'Fenland review'].sort());
});

test('a dropped .ccgm with a key given twice opens, and the status line says which line', async ({
  page,
}) => {
  await ready(page);
  const text = workspaceFile({ id: 'ws-twice', name: 'Twice named' }).replace(
    '"name": "Twice named",',
    '"name": "First try",\n  "name": "Twice named",',
  );
  await dropFiles(page, [{ name: 'twice.ccgm', text }]);
  await expect(page.locator('h1')).toHaveText('Twice named');
  await expect(
    page.getByRole('status').filter({
      hasText:
        'Imported “twice.ccgm” into your library as “Twice named”. 1 warning: line 6: key "name" appears twice; the last value was used.',
    }),
  ).toBeVisible();
});

test('a workspace already in the library: Keep both imports a copy under a new id', async ({
  page,
}) => {
  await ready(page);
  await dropFiles(page, [
    { name: 'same.ccgm', text: workspaceFile({ name: 'Same workspace, other copy' }) },
  ]);
  const dialog = page.getByRole('dialog', { name: `“${opened.name}” is already in your library` });
  await expect(dialog).toBeVisible();
  // Keep both loses nothing, so it has the focus.
  await expect(dialog.getByRole('button', { name: 'Keep both' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Same workspace, other copy (imported)');
  expect(await libraryNames(page)).toEqual(
    [opened.name, 'Same workspace, other copy (imported)'].sort(),
  );
});

test('a workspace already in the library: Replace overwrites it and keeps the old version in History', async ({
  page,
}) => {
  await ready(page);
  await dropFiles(page, [{ name: 'newer.ccgm', text: workspaceFile({ name: 'Wexmoor (newer)' }) }]);
  await page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
  await expect(page.locator('h1')).toHaveText('Wexmoor (newer)');
  expect(await libraryNames(page)).toEqual(['Wexmoor (newer)']);

  await menuCommand(page, 'File', 'History…');
  const history = page.getByRole('dialog', { name: /Version history/ });
  await expect(
    history.getByRole('cell', { name: 'Before replacing with “newer.ccgm”', exact: true }),
  ).toBeVisible();
  // The replaced version can be had back.
  await history.getByRole('button', { name: /^Restore Before replacing/ }).click();
  await expect(page.locator('h1')).toHaveText(opened.name);
});

test('a workspace already in the library: Esc cancels and nothing changes', async ({ page }) => {
  await ready(page);
  await dropFiles(page, [
    { name: 'same.ccgm', text: workspaceFile({ name: 'Should not appear' }) },
  ]);
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.locator('h1')).toHaveText(opened.name);
  expect(await libraryNames(page)).toEqual([opened.name]);
});

test('dropping a .csv practice list adds its CCGs to the scenario as one undoable step', async ({
  page,
}) => {
  await ready(page);
  const cardsBefore = await page.locator('.ccg-card').count();
  await dropFiles(
    page,
    [{ name: 'practices.csv', text: PRACTICES, type: 'text/csv' }],
    /Drop to import the practice list/,
  );

  const dialog = page.getByRole('dialog', { name: 'Import practices from “practices.csv”' });
  await expect(dialog).toContainText('Line 6: list size "n/a" is not a number');
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /Skip this row/ }).check();
  await dialog.getByRole('button', { name: 'Import' }).click();

  // Bourne: 12,000 + 8,000 + 9,500 = 29,500 in two localities; Ashby: 15,000 (Elm Tree skipped).
  await expect(page.locator('.ccg-card')).toHaveCount(cardsBefore + 2);
  const bourne = page.getByRole('button', { name: /^Bourne CCG, £/ });
  const ashby = page.getByRole('button', { name: /^Ashby CCG, £/ });
  await expect(bourne).toHaveAttribute('aria-pressed', 'true');
  await expect(ashby).toHaveAttribute('aria-pressed', 'true');
  // Read from the card's accessible name: fitted to the wider canvas, cards may be drawn as outlines.
  await expect(bourne).toHaveAccessibleName(/population 29,500, 2 localities$/);
  await expect(ashby).toHaveAccessibleName(/population 15,000, 1 locality$/);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Added 2 CCGs and 3 localities from “practices.csv”' }),
  ).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(page.locator('.ccg-card')).toHaveCount(cardsBefore);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.ccg-card')).toHaveCount(cardsBefore + 2);
});

test('a file of another kind, or several files, is refused with a message and changes nothing', async ({
  page,
}) => {
  await ready(page);
  await dropFiles(page, [{ name: 'notes.txt', text: 'hello' }]);
  const alert = page.getByRole('alertdialog');
  await expect(alert).toContainText(
    '“notes.txt” cannot be imported: only CCG Modeller workspaces (.ccgm) and practice lists (.csv) can.',
  );
  await alert.getByRole('button', { name: 'Close' }).click();

  await dropFiles(
    page,
    [
      { name: 'a.csv', text: PRACTICES },
      { name: 'b.csv', text: PRACTICES },
    ],
    /2 files: drop one file at a time/,
  );
  await expect(alert).toContainText('2 files were dropped: drop one file at a time.');
  await alert.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('h1')).toHaveText(opened.name);
  expect(await libraryNames(page)).toEqual([opened.name]);
});

test('a file the operating system opens with the app is imported like a dropped one', async ({
  page,
}) => {
  await ready(page);
  // Through main's real opener: it reads the path and sends the text, as on a double-click.
  const path = join(harness.dir, 'from-finder.ccgm');
  await writeFile(path, workspaceFile({ id: 'ws-finder', name: 'Opened by the OS' }));
  await harness.openFromOs(page, path);
  expect(harness.osErrors).toEqual([]);
  await expect(page.locator('h1')).toHaveText('Opened by the OS');
  expect(await libraryNames(page)).toEqual([opened.name, 'Opened by the OS'].sort());
});

test('Import practice list (CSV)… reads the picked file through the bridge into the preview', async ({
  page,
}) => {
  await ready(page);
  const path = join(harness.dir, 'list.csv');
  await writeFile(path, PRACTICES);
  harness.pickForOpen(path);
  await menuCommand(page, 'File', 'Import CSV…');
  const dialog = page.getByRole('dialog', { name: 'Import practices from “list.csv”' });
  await expect(dialog).toContainText('Builds 2 CCGs and 3 localities');
  expect(harness.dialogs).toEqual([{ kind: 'open', title: 'Import CSV file' }]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the native menu’s file commands reach the page: import CSV, exports, new workspace, library', async ({
  page,
}) => {
  await ready(page);
  const csv = join(harness.dir, 'menu.csv');
  await writeFile(csv, PRACTICES);
  harness.pickForOpen(csv);
  await harness.menuCommand(page, MENU_COMMANDS.importCsv);
  await expect(
    page.getByRole('dialog', { name: 'Import practices from “menu.csv”' }),
  ).toBeVisible();
  await page.keyboard.press('Escape');

  await harness.menuCommand(page, MENU_COMMANDS.exportCanvasPng);
  const scale = page.getByRole('dialog', { name: 'Export the canvas as PNG' });
  await expect(scale.getByRole('radio', { name: /^2×/ })).toBeChecked();
  await page.keyboard.press('Escape');

  const svg = join(harness.dir, 'menu.svg');
  harness.pickForSave(svg);
  await harness.menuCommand(page, MENU_COMMANDS.exportCanvasSvg);
  await expect
    .poll(() =>
      readFile(svg, 'utf8').then(
        (t) => t.startsWith('<?xml'),
        () => false,
      ),
    )
    .toBe(true);

  await harness.menuCommand(page, MENU_COMMANDS.newWorkspace);
  await expect(page.locator('h1')).toHaveText('New workspace');
  await harness.menuCommand(page, MENU_COMMANDS.showLibrary);
  await expect(page.locator('.library-table .library-open')).toHaveCount(2);
  await harness.menuCommand(page, 'some-future-command');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});

test('a practice list naming a CCG already in the sample adds to it: one card, one Compare row, its population kept', async ({
  page,
}) => {
  await ready(page);
  const cardsBefore = await page.locator('.ccg-card').count();
  const csv = [
    'Practice,List size,Locality,CCG',
    'Mill Surgery,"12,000",Ashvale North,NHS Ashvale',
  ].join('\n');
  await dropFiles(
    page,
    [{ name: 'ashvale.csv', text: csv, type: 'text/csv' }],
    /Drop to import the practice list/,
  );

  const dialog = page.getByRole('dialog', { name: 'Import practices from “ashvale.csv”' });
  await expect(
    dialog.getByRole('list', { name: 'What the import does in All in-house' }),
  ).toHaveText(
    'adds 1 locality to Ashvale CCG (existing); its own 62,000 is kept: 50,000 stay in “Ashvale CCG — not yet in a locality”',
  );
  await dialog.getByRole('button', { name: 'Import' }).click();

  // No second Ashvale card: the 12,000 are a locality of the existing one, which keeps its 62,000.
  await expect(page.locator('.ccg-card')).toHaveCount(cardsBefore);
  const card = page.getByRole('button', { name: /^Ashvale CCG, £/ });
  await expect(card).toHaveAccessibleName(/population 62,000, 1 locality$/); // the named one; the remainder is not counted as a locality
  await expect(page.getByRole('button', { name: /^NHS Ashvale, £/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const table = page.getByRole('table', { name: /Running cost per head by CCG/ });
  await expect(table.getByRole('row', { name: /Ashvale/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'Canvas', exact: true }).click();

  // One undo step takes the import out.
  await page.keyboard.press('Control+z');
  await expect(card).toHaveAccessibleName(/population 62,000$/);
});
