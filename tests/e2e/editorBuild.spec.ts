import { expect, test, type Page } from '@playwright/test';
import { failOnConsoleErrors } from './support/failOnConsoleErrors';

// Building a configuration from nothing, in real Chromium against the web build: a blank
// workspace, two CCGs from the palette, their populations typed in the inspector, a shared
// service for finance and HR between them, and each card's figure checked against the sum
// worked out by hand from DESIGN.md §4 — not by the costing engine.

failOnConsoleErrors();

/** u_f(P) = cost_f·(P/250,000)^(−e_f), £ a head (DESIGN.md §4.3), with the default functions. */
const FUNCTIONS: Record<string, { cost: number; e: number }> = {
  bi: { cost: 2.2, e: 0.3 },
  contracting: { cost: 2.4, e: 0.2 },
  procurement: { cost: 0.6, e: 0.25 },
  finance: { cost: 1.6, e: 0.3 },
  hr: { cost: 0.7, e: 0.3 },
  it: { cost: 1.5, e: 0.35 },
  comms: { cost: 0.8, e: 0.1 },
  redesign: { cost: 2.0, e: 0.1 },
  medicines: { cost: 1.0, e: 0.15 },
  chc: { cost: 1.2, e: 0.15 },
};
const u = (f: string, population: number): number => {
  const fn = FUNCTIONS[f];
  if (!fn) throw new Error(f);
  return fn.cost * Math.pow(population / 250_000, -fn.e);
};

/**
 * Running cost per head of a CCG of population P in a two-CCG shared service (combined 200,000)
 * covering finance and HR, split by population, everything else in-house:
 *   core        = 600,000 + 8·P
 *   in-house f  = u_f(P)·P                                   (bi, contracting, procurement, it, comms,
 *                                                             redesign, medicines, chc)
 *   shared f    = T_f(200,000)·1.04 · P/200,000 = u_f(200,000)·1.04·P   (finance, hr)
 * For P = 120,000: core 1,560,000; in-house 329,027.01 + 333,537.17 + 86,501.21 + 232,722.34 +
 *   103,311.13 + 258,277.82 + 133,966.15 + 160,759.37; finance 1.710775·1.04·120,000 = 213,504.76,
 *   HR 0.748464·1.04·120,000 = 93,408.33; total 3,505,015.31 → £29.21 a head (over the £25 cap).
 * For P = 80,000: core 1,240,000; in-house 247,723.77 + 241,141.10 + 63,819.55 + 178,804.63 +
 *   71,724.08 + 179,310.20 + 94,911.21 + 113,893.45; finance 142,336.51, HR 62,272.22;
 *   total 2,635,936.70 → £32.95 a head.
 */
function perHeadByHand(population: number): number {
  const shared = ['finance', 'hr'];
  let total = 600_000 + 8 * population;
  for (const f of Object.keys(FUNCTIONS)) {
    total += shared.includes(f) ? u(f, 200_000) * 1.04 * population : u(f, population) * population;
  }
  return total / population;
}

const pounds = (n: number): string => `£${n.toFixed(2)}`;

function card(page: Page, name: string) {
  return page.getByRole('button', { name: new RegExp(`^${name}, £`) });
}

async function cardLabels(page: Page): Promise<string[]> {
  const cards = page.getByRole('button', { name: /^New CCG \d, £/ });
  return (
    await cards.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
  ).sort();
}

test('from a blank workspace, build a two-CCG shared service and read the new figures', async ({
  page,
}) => {
  const panel = page.getByRole('complementary');
  await page.getByRole('button', { name: 'New workspace' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New workspace');
  await expect(page.getByRole('button', { name: /^.+ CCG, £/ })).toHaveCount(0);

  // Two CCGs from the palette, each selected as it appears; populations typed in the inspector.
  const addCcg = page.getByRole('button', { name: /^Add a CCG/ });
  await addCcg.click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('New CCG 1');
  const population = panel.getByLabel('Population', { exact: true });
  await expect(population).toHaveValue('100,000');
  await population.fill('120,000');
  await population.press('Enter');
  await expect(card(page, 'New CCG 1')).toHaveAttribute('aria-label', /population 120,000/);

  await addCcg.click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('New CCG 2');
  await population.fill('80000');
  await population.press('Enter');
  await expect(card(page, 'New CCG 2')).toHaveAttribute('aria-label', /population 80,000/);
  await page.screenshot({ path: '/tmp/editorBuild-1-two-ccgs.png' });

  // Select both, then create the shared service for finance and HR.
  await card(page, 'New CCG 1').click();
  await card(page, 'New CCG 2').click({ modifiers: ['Shift'] });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('2 selected');
  await panel.getByRole('button', { name: 'Create arrangement…' }).click();
  const form = page.getByRole('form', { name: 'Create arrangement' });
  await expect(form.getByLabel('Shared service')).toBeChecked();
  await expect(form.getByLabel('New CCG 1')).toBeChecked();
  await expect(form.getByLabel('New CCG 2')).toBeChecked();
  await form.getByLabel('Finance (transactional & management)').check();
  await form.getByLabel('HR & organisational development').check();
  await page.screenshot({ path: '/tmp/editorBuild-2-form.png' });
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(form).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: /^New CCG 1 and New CCG 2 shared service, shared service/ }),
  ).toBeVisible();

  // Each card's figure equals the hand-worked value to the penny.
  expect(pounds(perHeadByHand(120_000))).toBe('£29.21');
  expect(pounds(perHeadByHand(80_000))).toBe('£32.95');
  await expect(card(page, 'New CCG 1')).toHaveAttribute(
    'aria-label',
    new RegExp(
      `^New CCG 1, ${pounds(perHeadByHand(120_000))} per head, over the £25 cap \\(no published allowance: £25\\.00 × 120,000 registered\\), headroom −£505k, population 120,000`,
    ),
  );
  await expect(card(page, 'New CCG 2')).toHaveAttribute(
    'aria-label',
    new RegExp(`^New CCG 2, ${pounds(perHeadByHand(80_000))} per head, over the £25 cap`),
  );
  await page.screenshot({ path: '/tmp/editorBuild-3-shared-service.png' });

  // A refused edit — a negative population — is explained beside the field and changes no card.
  const before = await cardLabels(page);
  await card(page, 'New CCG 1').click();
  await population.fill('-5,000');
  await expect(population).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await population.getAttribute('aria-describedby')) ?? '';
  await expect(page.locator(`[id="${describedBy.split(' ')[0]}"]`)).toContainText(/positive/i);
  await population.press('Enter');
  await population.blur();
  await page.screenshot({ path: '/tmp/editorBuild-4-refused.png' });
  expect(await cardLabels(page)).toEqual(before);
  await population.press('Escape');
  await expect(population).toHaveValue('120,000');

  // The matrix shows the same configuration: share for finance, do for the rest.
  await page.getByRole('button', { name: 'Matrix' }).click();
  const grid = page.getByRole('grid');
  const row = grid
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /^New CCG 1 / }) });
  await expect(row.getByRole('rowheader')).toContainText('£29.21 per head');
  await expect(row.getByRole('rowheader')).toContainText('over the £25 cap');
  await expect(row.getByRole('gridcell').nth(3)).toContainText('Share');
  await expect(row.getByRole('gridcell').nth(3)).toContainText(
    'New CCG 1 and New CCG 2 shared service',
  );
  await expect(row.getByRole('gridcell').nth(0)).toContainText('Do');
  await page.screenshot({ path: '/tmp/editorBuild-5-matrix.png' });
});

test('the matrix is driven by the keyboard: move, open, choose, and a refusal is explained', async ({
  page,
}) => {
  await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Shared service' });
  await page.getByRole('button', { name: 'Matrix' }).click();
  const grid = page.getByRole('grid');
  const status = page.locator('.matrix-status');
  const focused = page.locator(':focus');

  // Ashvale's business intelligence comes from the shared service with five other functions and
  // three other CCGs: taking that one cell in-house alone is refused, and nothing changes.
  await grid.getByRole('gridcell').first().focus();
  await expect(focused).toHaveAttribute('data-cell', 'ccg-ashvale:bi');
  const before = await focused.textContent();
  await page.keyboard.press('Enter');
  const list = page.getByRole('listbox', {
    name: 'Who delivers Business intelligence & population data to Ashvale CCG',
  });
  await expect(list).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(status).toContainText(
    /^✕ Not changed\. .*covers Business intelligence & population data for all its members/,
  );
  await expect(focused).toHaveAttribute('data-cell', 'ccg-ashvale:bi');
  await expect(focused).toHaveText(before ?? '');

  // Moving with the keyboard, then a choice that is allowed: continuing healthcare from the shared service.
  await page.keyboard.press('End');
  await expect(focused).toHaveAttribute('data-cell', 'ccg-ashvale:chc');
  await expect(focused).toContainText('Do');
  await page.keyboard.press('F2');
  await expect(
    page.getByRole('listbox', { name: /^Who delivers Continuing healthcare & IFR to Ashvale CCG/ }),
  ).toBeFocused();
  await page.screenshot({ path: '/tmp/editorBuild-6-matrix-editor.png' });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(focused).toHaveAttribute('data-cell', 'ccg-ashvale:chc');
  await expect(focused).toContainText('Share');
  await expect(focused).toContainText('Wexmoor shared support service');
  await expect(status).toContainText(
    'Ashvale CCG: Continuing healthcare & IFR is now from Wexmoor shared support service.',
  );
  // Esc closes the list without a change.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(focused).toHaveAttribute('data-cell', 'ccg-brackenford:chc');
  await page.screenshot({ path: '/tmp/editorBuild-7-matrix-after.png' });
});

test('a palette item dragged onto the canvas is added where it is dropped', async ({ page }) => {
  await page.getByRole('button', { name: 'New workspace' }).click();
  const canvas = page.locator('[data-palette-drop-zone]');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  await page
    .getByRole('button', { name: /^Add a local authority/ })
    .dragTo(canvas, { targetPosition: { x: box.width / 2, y: box.height / 2 } });
  await expect(page.getByRole('button', { name: /^New local authority 1, / })).toBeVisible();
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
    'New local authority 1',
  );
});
