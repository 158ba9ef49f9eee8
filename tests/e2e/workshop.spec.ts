import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Node, Workspace } from '../../shared/model/workspace';
import { findSample } from '../../shared/samples';
import { installDesktopBridge } from './support/desktopBridge';
import { failOnConsoleErrors } from './support/failOnConsoleErrors';
import { openingFinished } from './support/opening';
import { menuCommand } from './support/menus';

// Workshop mode in real Chromium on the four-CCG sample: two slides made from the editor's
// views, then presenting: the keyboard steps through them, a what-if slider changes a CCG's
// figures live, "Reset what-ifs" brings back the very same text, and Esc leaves.

failOnConsoleErrors();

function figure(page: Page, ccgName: string): Locator {
  return page
    .getByRole('region', { name: 'Workshop mode' })
    .getByRole('listitem', { name: new RegExp(`^${ccgName}: £`) });
}

async function addSlideFromView(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Slides…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Slides' });
  await dialog.getByRole('button', { name: 'Add slide from current view' }).click();
  await expect(dialog.getByRole('status')).toContainText('Added slide');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

test('present two slides: step with the keyboard, move the cap, reset the what-ifs, leave with Esc', async ({
  page,
}) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Four small CCGs — do, share or buy?',
  );

  // Slide 1: the first scenario with Ashvale selected (so highlighted); slide 2: another scenario.
  await page.getByRole('button', { name: /^Ashvale CCG, £/ }).click();
  await addSlideFromView(page);
  const scenarioSelect = page.getByLabel('Scenario', { exact: true });
  const options = await scenarioSelect.locator('option').allTextContents();
  await scenarioSelect.selectOption({ index: 1 });
  await addSlideFromView(page);

  await page.getByRole('button', { name: 'Present' }).click();
  const workshop = page.getByRole('region', { name: 'Workshop mode' });
  await expect(workshop).toBeVisible();
  // Editing chrome is gone.
  await expect(page.getByRole('toolbar', { name: 'Edit' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Slides…' })).toHaveCount(0);
  const position = page.getByTestId('slide-position');
  // The sample's three-slide story comes first; the two slides made here are 4 and 5.
  await expect(position).toHaveText('1 of 5');
  // D: the live canvas instead of the presentation rendering.
  await page.keyboard.press('d');
  await expect(page.getByRole('button', { name: 'Live canvas (D)' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('End');
  await expect(position).toHaveText('5 of 5');
  await expect(workshop.getByRole('heading', { level: 1 })).toHaveText(options[1] ?? '');
  await page.keyboard.press('PageDown'); // already the last slide: stays there
  await expect(position).toHaveText('5 of 5');
  await page.keyboard.press('ArrowLeft');
  await expect(position).toHaveText('4 of 5');
  await expect(workshop.getByRole('heading', { level: 1 })).toHaveText(
    `${options[0]} — Ashvale CCG`,
  );
  // The highlighted card keeps its accessible name.
  await expect(
    page.getByRole('button', { name: /^Ashvale CCG, £\d+\.\d\d per head/ }),
  ).toBeVisible();

  // The cap slider: Home takes it to £15, under which Ashvale is over the cap.
  const before = (await figure(page, 'Ashvale CCG').getAttribute('aria-label')) ?? '';
  const cardBefore =
    (await page.getByRole('button', { name: /^Ashvale CCG, £/ }).getAttribute('aria-label')) ?? '';
  expect(before).toMatch(/the £25 cap/);
  const cap = page.getByRole('slider', { name: 'Running cost cap' });
  await cap.focus();
  await page.keyboard.press('Home');
  await expect(cap).toHaveValue('15');
  await expect(figure(page, 'Ashvale CCG')).toHaveAttribute('aria-label', /over the £15 cap/);
  await expect(figure(page, 'Ashvale CCG')).toContainText('✕ Over');
  await expect(page.getByRole('button', { name: /^Ashvale CCG, £/ })).toHaveAttribute(
    'aria-label',
    /over the £15 cap/,
  );
  // The slider kept its arrow keys: the slide did not change.
  await page.keyboard.press('ArrowRight');
  await expect(cap).toHaveValue('15.5');
  await expect(position).toHaveText('4 of 5');

  await page.getByRole('button', { name: 'Reset what-ifs' }).click();
  await expect(figure(page, 'Ashvale CCG')).toHaveAttribute('aria-label', before);
  await expect(page.getByRole('button', { name: /^Ashvale CCG, £/ })).toHaveAttribute(
    'aria-label',
    cardBefore,
  );
  await expect(cap).toHaveValue('25');

  await page.keyboard.press('Escape');
  await expect(workshop).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Edit' })).toBeVisible();
  // What-ifs went with workshop mode: the editor shows the scenario's own figures.
  await expect(page.getByRole('button', { name: /^Ashvale CCG, £/ })).toHaveAttribute(
    'aria-label',
    /the £25 cap/,
  );
});

test('the handout PDF has a page per slide and a scenario comparison page', async ({
  page,
  context,
  baseURL,
}) => {
  // The desktop bridge: printToPDF is Chromium's own, through the real main-process handler.
  const harness = await installDesktopBridge(context, baseURL ?? '');
  try {
    await openingFinished(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Four small CCGs — do, share or buy?',
    );
    await page.getByRole('button', { name: /^Ashvale CCG, £/ }).click();
    await addSlideFromView(page);
    await addSlideFromView(page);
    await page.getByRole('button', { name: 'Slides…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Slides' });
    // Slides 4 and 5 (after the sample's three-slide story); the fifth becomes a comparison.
    await dialog.getByLabel('Highlight').nth(4).selectOption('comparison');
    await expect(dialog.getByRole('status')).toHaveText(
      /^Slide 5: compares All in-house, Shared service/,
    );

    const target = join(harness.dir, 'handout.pdf');
    harness.pickForSave(target);
    await dialog.getByRole('button', { name: 'Export handout (PDF)' }).click();
    await expect(dialog.getByRole('status')).toContainText('Saved the handout as “handout.pdf”.');
    const pdf = await readFile(target, 'latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    // Five slides and the comparison page, each starting a new page.
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(6);
    // The page is the app again, not the handout.
    await expect(page.locator('.print-root')).toHaveCount(0);
  } finally {
    await harness.dispose();
  }
});

/** The four-CCG sample's first scenario with Ashvale and Brackenford split into localities. */
function workspaceWithLocalities(): Workspace {
  const ws = findSample('four-small-ccgs')?.create();
  const base = ws?.scenarios[0];
  if (!ws || !base) throw new Error('sample missing');
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
  const nodes: Node[] = base.nodes.flatMap((n): Node[] => {
    if (n.kind !== 'ccg' || !split[n.id]) return [n];
    const { population: _own, ...ccg } = n;
    return [
      ccg,
      ...(split[n.id] ?? []).map(([name, population]): Node => ({
        kind: 'locality',
        id: `loc-${name.toLowerCase().replace(/ /g, '-')}`,
        name,
        ccgId: n.id,
        population,
      })),
    ];
  });
  // Its own id: a file carrying the open sample's id would ask "keep both or replace?" on import.
  // No slides: the sample's story shows scenarios this file leaves out.
  return {
    ...ws,
    id: 'ws-localities-workshop',
    name: 'Localities workshop',
    scenarios: [{ ...base, nodes }],
    slides: [],
  };
}

test('the presenter drags a locality: the figures change at once, and it is an ordinary undoable edit', async ({
  page,
}) => {
  const chooser = page.waitForEvent('filechooser');
  await menuCommand(page, 'File', 'Open…');
  await (
    await chooser
  ).setFiles({
    name: 'w.ccgm',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(workspaceWithLocalities())),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Localities workshop');

  await page.keyboard.press('F5');
  await expect(page.getByRole('region', { name: 'Workshop mode' })).toBeVisible();
  // Localities are dragged on the live canvas (D); the presentation rendering leaves them out.
  await page.keyboard.press('d');
  const before = (await figure(page, 'Ashvale CCG').getAttribute('aria-label')) ?? '';
  expect(before).toMatch(/^Ashvale CCG: £\d+\.\d\d per head/);

  const chip = page.getByRole('button', {
    name: 'Ashvale South, locality of Ashvale CCG, population 32,000',
  });
  const from = await chip.boundingBox();
  const to = await page.getByRole('button', { name: /^Brackenford CCG, £/ }).boundingBox();
  if (!from || !to) throw new Error('not laid out');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 3, to.y + to.height / 3, { steps: 8 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(
    page.getByRole('button', {
      name: 'Ashvale South, locality of Brackenford CCG, population 32,000',
    }),
  ).toBeVisible();
  await expect(figure(page, 'Ashvale CCG')).not.toHaveAttribute('aria-label', before);
  await expect(figure(page, 'Ashvale CCG')).toContainText('30,000 people');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Workshop mode' })).toHaveCount(0);
  await page.getByRole('toolbar', { name: 'Edit' }).getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('button', { name: 'Ashvale South, locality of Ashvale CCG, population 32,000' }),
  ).toBeVisible();
});
