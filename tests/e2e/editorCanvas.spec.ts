import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Node, Scenario, Workspace } from '../../shared/model/workspace';
import { findSample } from '../../shared/samples';
import { failOnConsoleErrors } from './support/failOnConsoleErrors';
import { fitView, menuCommand } from './support/menus';

// The canvas editor in real Chromium with real mouse events: dragging a locality between CCGs
// changes both cards' figures, undo and redo restore them exactly, cards move (and leave their
// cluster) as one undo step, multi-select and delete, and a refused move changes nothing.

failOnConsoleErrors();
// These tests drag and click cards across the whole sample: from the fitted view.
test.beforeEach(async ({ page }) => {
  await fitView(page);
});

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

function card(page: Page, ccgName: string): Locator {
  return page.getByRole('button', { name: new RegExp(`^${ccgName}, £`) });
}

async function cardLabel(page: Page, ccgName: string): Promise<string> {
  return (await card(page, ccgName).getAttribute('aria-label')) ?? '';
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A real mouse drag: press, move in steps (so the drag engine sees it), release. */
async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) / 3, from.y + (to.y - from.y) / 3, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

async function zoom(page: Page): Promise<number> {
  const t = (await page.getByTestId('camera').getAttribute('transform')) ?? '';
  return Number(/scale\(([\d.]+)\)/.exec(t)?.[1] ?? 'NaN');
}

async function nodeTransform(page: Page, id: string): Promise<string | null> {
  return page.locator(`[data-node-id="${id}"]`).getAttribute('transform');
}

/** The four-CCG sample with a first scenario where Ashvale and Brackenford are split into localities. */
function workspaceWithLocalities(): Workspace {
  const sample = findSample('four-small-ccgs');
  if (!sample) throw new Error('sample missing');
  const ws = sample.create();
  const base = ws.scenarios.find((s) => s.id === 'all-in-house');
  if (!base) throw new Error('scenario missing');
  const split: Record<string, [string, number][]> = {
    'ccg-ashvale': [
      ['Ashvale North', 30_000],
      ['Ashvale South', 32_000],
    ],
    'ccg-brackenford': [
      ['Brackenford Town', 50_000],
      ['Brackenford Rural', 30_000],
    ],
  };
  const nodes: Node[] = [];
  for (const n of base.nodes) {
    if (n.kind === 'ccg' && split[n.id]) {
      const { population: _dropped, ...ccg } = n;
      nodes.push(ccg);
      for (const [name, population] of split[n.id] ?? []) {
        nodes.push({
          kind: 'locality',
          id: `loc-${name.toLowerCase().replace(/ /g, '-')}`,
          name,
          ccgId: n.id,
          population,
        });
      }
    } else nodes.push(n);
  }
  const scenario: Scenario = { ...base, id: 'localities', name: 'In-house with localities', nodes };
  // Its own id: a file with the id of a workspace already in the library asks "keep both or replace".
  return {
    ...ws,
    id: 'ws-localities-test',
    name: 'Localities test',
    scenarios: [scenario, ...ws.scenarios],
  };
}

async function openWorkspace(page: Page, workspace: Workspace): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await menuCommand(page, 'File', 'Open…');
  await (
    await chooser
  ).setFiles({
    name: 'test.ccgm',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(workspace)),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(workspace.name);
  await fitView(page);
}

test('dragging a locality to another CCG moves its population: both cards change, undo and redo restore them exactly', async ({
  page,
}) => {
  await openWorkspace(page, workspaceWithLocalities());
  const ashvaleBefore = await cardLabel(page, 'Ashvale CCG');
  const brackenfordBefore = await cardLabel(page, 'Brackenford CCG');
  expect(ashvaleBefore).toContain('population 62,000, 2 localities');
  expect(brackenfordBefore).toContain('population 80,000, 2 localities');
  const undoButton = page
    .getByRole('toolbar', { name: 'Edit' })
    .getByRole('button', { name: 'Undo' });
  await expect(undoButton).toBeDisabled();

  const chip = page.getByRole('button', {
    name: 'Ashvale South, locality of Ashvale CCG, population 32,000',
  });
  await drag(page, await centre(chip), await centre(card(page, 'Brackenford CCG')));

  await expect(
    page.getByRole('button', {
      name: 'Ashvale South, locality of Brackenford CCG, population 32,000',
    }),
  ).toBeVisible();
  const ashvaleAfter = await cardLabel(page, 'Ashvale CCG');
  const brackenfordAfter = await cardLabel(page, 'Brackenford CCG');
  expect(ashvaleAfter).toContain('population 30,000, 1 locality');
  expect(brackenfordAfter).toContain('population 112,000, 3 localities');
  // Both per-head figures moved: the smaller CCG costs more a head, the bigger one less.
  const perHead = (label: string): number => Number(/£(\d+\.\d\d) per head/.exec(label)?.[1]);
  expect(perHead(ashvaleAfter)).toBeGreaterThan(perHead(ashvaleBefore));
  expect(perHead(brackenfordAfter)).toBeLessThan(perHead(brackenfordBefore));
  await expect(page.getByTestId('edit-notice')).toContainText(
    'Moved Ashvale South to Brackenford CCG.',
  );
  await expect(undoButton).toBeEnabled();

  await page.keyboard.press(`${mod}+z`);
  await expect.poll(() => cardLabel(page, 'Ashvale CCG')).toBe(ashvaleBefore);
  expect(await cardLabel(page, 'Brackenford CCG')).toBe(brackenfordBefore);
  await expect(
    page.getByRole('button', { name: 'Ashvale South, locality of Ashvale CCG, population 32,000' }),
  ).toBeVisible();
  await expect(undoButton).toBeDisabled();

  await page.keyboard.press(`${mod}+Shift+z`);
  await expect.poll(() => cardLabel(page, 'Ashvale CCG')).toBe(ashvaleAfter);
  expect(await cardLabel(page, 'Brackenford CCG')).toBe(brackenfordAfter);
  // Ctrl+Y redoes too (after another undo).
  await page.keyboard.press(`${mod}+z`);
  await expect.poll(() => cardLabel(page, 'Ashvale CCG')).toBe(ashvaleBefore);
  await page.keyboard.press(`${mod}+y`);
  await expect.poll(() => cardLabel(page, 'Brackenford CCG')).toBe(brackenfordAfter);
});

test('a locality dropped on empty canvas goes back where it was', async ({ page }) => {
  await openWorkspace(page, workspaceWithLocalities());
  const before = await cardLabel(page, 'Ashvale CCG');
  const chip = page.getByRole('button', { name: /^Ashvale North, locality of Ashvale CCG/ });
  const from = await centre(chip);
  await drag(page, from, { x: from.x, y: from.y + 400 });
  await expect(chip).toBeVisible();
  expect(await cardLabel(page, 'Ashvale CCG')).toBe(before);
  await expect(
    page.getByRole('toolbar', { name: 'Edit' }).getByRole('button', { name: 'Undo' }),
  ).toBeDisabled();
});

test('dragging a CCG card moves it; out of its cluster it leaves it; one undo puts both back', async ({
  page,
}) => {
  const cluster = page.getByRole('button', { name: /^NHS Wexmoor PCT cluster, PCT cluster/ });
  await expect(cluster).toHaveAttribute('aria-label', /4 CCGs$/);
  const before = await nodeTransform(page, 'ccg-dunmere');
  expect(before).toBe('translate(950,100)');
  const k = await zoom(page);
  const from = await centre(card(page, 'Dunmere CCG'));

  // A short drag within the cluster: moved, still in the cluster.
  await drag(page, from, { x: from.x - 20 * k, y: from.y + 60 * k });
  await expect.poll(() => nodeTransform(page, 'ccg-dunmere')).toBe('translate(930,160)');
  await expect(card(page, 'Dunmere CCG')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press(`${mod}+z`);
  await expect.poll(() => nodeTransform(page, 'ccg-dunmere')).toBe(before);

  // Out of the cluster (to its right and below): moved and no longer a member, as one step.
  await drag(page, from, { x: from.x - 150 * k, y: from.y + 600 * k });
  await expect.poll(() => nodeTransform(page, 'ccg-dunmere')).toBe('translate(800,700)');
  await expect(cluster).toHaveAttribute('aria-label', /3 CCGs$/);
  await page.keyboard.press(`${mod}+z`);
  await expect.poll(() => nodeTransform(page, 'ccg-dunmere')).toBe(before);
  await expect(cluster).toHaveAttribute('aria-label', /4 CCGs$/);
});

test('shift-click selects several; Delete removes them; undo brings them back exactly', async ({
  page,
}) => {
  // The canvas is drawn after the library is read: wait for it, as evaluateAll does not.
  await expect(page.getByRole('button', { name: /^\w+ CCG, £/ })).toHaveCount(4);
  const labels = await page
    .getByRole('button', { name: /^\w+ CCG, £/ })
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(labels).toHaveLength(4);
  await card(page, 'Cressingham CCG').click();
  await card(page, 'Dunmere CCG').click({ modifiers: ['Shift'] });
  await expect(card(page, 'Cressingham CCG')).toHaveAttribute('aria-pressed', 'true');
  await expect(card(page, 'Dunmere CCG')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('toolbar', { name: 'Edit' })).toContainText('2 selected');
  await page.keyboard.press('Delete');
  await expect(page.getByRole('button', { name: /^\w+ CCG, £/ })).toHaveCount(2);
  await expect(card(page, 'Dunmere CCG')).toHaveCount(0);
  await page.keyboard.press(`${mod}+z`);
  await expect(page.getByRole('button', { name: /^\w+ CCG, £/ })).toHaveCount(4);
  const after = await page
    .getByRole('button', { name: /^\w+ CCG, £/ })
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(after).toEqual(labels);
});

test('a refused locality move leaves everything unchanged and says why', async ({ page }) => {
  // In "Host CCG", Dunmere's only population is its single locality: moving it is refused.
  await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Host CCG' });
  const names = ['Ashvale CCG', 'Brackenford CCG', 'Cressingham CCG', 'Dunmere CCG'];
  const before = await Promise.all(names.map((n) => cardLabel(page, n)));
  const chip = page.getByRole('button', {
    name: /^Dunmere \(whole CCG\), locality of Dunmere CCG/,
  });
  await drag(page, await centre(chip), await centre(card(page, 'Ashvale CCG')));

  const notice = page.getByTestId('edit-notice');
  await expect(notice).toContainText('Not done');
  await expect(notice).toContainText('would leave it with no population');
  await expect(chip).toBeVisible();
  expect(await Promise.all(names.map((n) => cardLabel(page, n)))).toEqual(before);
  await expect(
    page.getByRole('toolbar', { name: 'Edit' }).getByRole('button', { name: 'Undo' }),
  ).toBeDisabled();
  // The chip is back in its card, not left where it was dropped.
  expect(await page.locator('.locality-ghost').count()).toBe(0);
  await notice.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(notice).not.toContainText('Not done');
});

test('Shift+drag on the background selects what the box touches; Esc clears it', async ({
  page,
}) => {
  const a = await centre(card(page, 'Ashvale CCG'));
  const b = await centre(card(page, 'Brackenford CCG'));
  const k = await zoom(page);
  // From below-left of Ashvale (the cluster's empty body) to the middle of Brackenford: both
  // cards, not the others.
  await page.keyboard.down('Shift');
  await drag(page, { x: a.x - 140 * k, y: a.y + 100 * k }, b);
  await page.keyboard.up('Shift');
  await expect(card(page, 'Ashvale CCG')).toHaveAttribute('aria-pressed', 'true');
  await expect(card(page, 'Brackenford CCG')).toHaveAttribute('aria-pressed', 'true');
  await expect(card(page, 'Cressingham CCG')).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('group', { name: /Tab moves between organisations/ }).focus();
  await page.keyboard.press('Escape');
  await expect(card(page, 'Ashvale CCG')).toHaveAttribute('aria-pressed', 'false');
});

test('arrow keys nudge the selection, one undo step per press', async ({ page }) => {
  await card(page, 'Ashvale CCG').click();
  const before = await nodeTransform(page, 'ccg-ashvale');
  expect(before).toBe('translate(80,100)');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => nodeTransform(page, 'ccg-ashvale')).toBe('translate(81,100)');
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(() => nodeTransform(page, 'ccg-ashvale')).toBe('translate(81,110)');
  await page.keyboard.press(`${mod}+z`);
  await expect.poll(() => nodeTransform(page, 'ccg-ashvale')).toBe('translate(81,100)');
  await page.keyboard.press(`${mod}+z`);
  await expect.poll(() => nodeTransform(page, 'ccg-ashvale')).toBe(before);
});

test('copy in one scenario, paste into another; duplicate selects the copy', async ({ page }) => {
  await card(page, 'Ashvale CCG').click();
  await page.keyboard.press(`${mod}+c`);
  await page
    .getByLabel('Scenario', { exact: true })
    .selectOption({ label: 'Merger into one federated CCG' });
  await expect(card(page, 'Ashvale CCG')).toHaveCount(0);
  await page.getByRole('group', { name: /Tab moves between organisations/ }).focus();
  await page.keyboard.press(`${mod}+v`);
  await expect(card(page, 'Ashvale CCG')).toHaveCount(1);
  await expect(card(page, 'Ashvale CCG')).toHaveAttribute('aria-pressed', 'true');
  // Pasted where it was in the scenario it came from.
  expect(await nodeTransform(page, 'ccg-ashvale')).toBe('translate(80,100)');
  await page.keyboard.press(`${mod}+d`);
  await expect(card(page, 'Ashvale CCG')).toHaveCount(2);
  await expect(page.getByRole('toolbar', { name: 'Edit' })).toContainText('1 selected');
  await page.keyboard.press(`${mod}+z`);
  await expect(card(page, 'Ashvale CCG')).toHaveCount(1);
});

test('? shows the keyboard shortcuts; Esc closes them', async ({ page }) => {
  await page.getByRole('group', { name: /Tab moves between organisations/ }).focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Duplicate the selection');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('the minimap moves the view when clicked, and can be hidden', async ({ page }) => {
  const camera = page.getByTestId('camera');
  const before = await camera.getAttribute('transform');
  const minimap = page.getByRole('group', { name: /^Minimap/ });
  const box = await minimap.boundingBox();
  if (!box) throw new Error('minimap not laid out');
  await page.mouse.click(box.x + 10, box.y + 10);
  await expect.poll(() => camera.getAttribute('transform')).not.toBe(before);
  await page.getByRole('button', { name: 'Minimap' }).click();
  await expect(minimap).toHaveCount(0);
});

test('a card dragged across the minimap moves the card, not the view; while dragged it is drawn as a copy', async ({
  page,
}) => {
  const camera = page.getByTestId('camera');
  const before = await camera.getAttribute('transform');
  const from = await centre(card(page, 'Dunmere CCG'));
  const minimap = await centre(page.getByRole('group', { name: /^Minimap/ }));
  const neighbour = await centre(card(page, 'Cressingham CCG'));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // Over another card on the way, that card does not light up as under the pointer: the drag
  // holds the pointer (and the browser restyles nothing it passes over).
  await page.mouse.move(neighbour.x, neighbour.y, { steps: 5 });
  await expect(page.locator('.ccg-card:hover')).toHaveCount(0);
  await page.mouse.move(minimap.x, minimap.y, { steps: 10 });
  // The moving card is an aria-hidden copy above the drawing; the original stays in place, hidden,
  // keeping its focus and accessible name.
  await expect(page.locator('.canvas-overlay .ccg-card')).toHaveCount(1);
  await expect(
    page.locator(
      '.canvas-overlay [tabindex], .canvas-overlay [data-node-id], .canvas-overlay [role]',
    ),
  ).toHaveCount(0);
  await expect(card(page, 'Dunmere CCG')).toHaveCount(1);
  await page.mouse.move(minimap.x - 6, minimap.y - 6, { steps: 3 });
  expect(await camera.getAttribute('transform')).toBe(before);
  // Dropped back near where it started (snapped to its neighbours): the copy is gone, the view unmoved.
  await page.mouse.move(from.x, from.y, { steps: 10 });
  await page.mouse.up();
  await expect(page.locator('.canvas-overlay *')).toHaveCount(0);
  expect(await nodeTransform(page, 'ccg-dunmere')).toMatch(/^translate\(9\d\d,100\)$/);
  expect(await camera.getAttribute('transform')).toBe(before);
});
