import { expect, test, type Page } from '@playwright/test';
import { failOnConsoleErrors } from './support/failOnConsoleErrors';

// A keyboard-only walkthrough (issue 7): from a blank workspace, create two CCGs from the
// palette, type their populations in the inspector, put them in a shared service for finance
// and HR with the arrangement form, and read the new figure — with page.keyboard alone. The page
// is only read (which element has focus, a card's accessible name), never clicked.

failOnConsoleErrors();

/** What a focused element is called: its aria-label, its label's text, or its own text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const labelled = el.getAttribute('aria-labelledby');
    const byId = labelled
      ? labelled
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
      : '';
    const input = el as HTMLInputElement;
    return (
      el.getAttribute('aria-label') ??
      (byId || input.labels?.[0]?.textContent || el.textContent || '')
    ).trim();
  });
}

/** Presses Tab until the focused element's name matches; fails after `max` presses. */
async function tabTo(page: Page, name: RegExp, max = 120): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const current = await focusedName(page);
    if (name.test(current)) return;
    seen.push(current);
  }
  throw new Error(
    `Tab never reached ${name}; focus went through: ${seen.slice(0, 40).join(' | ')}`,
  );
}

/** Replaces a text field's value by typing, as a keyboard user does. */
async function typeInto(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

const card = (page: Page, name: string) =>
  page.getByRole('button', { name: new RegExp(`^${name}, £`) });

/*
 * The figures, worked by hand from DESIGN.md §4 with the default assumptions (as in
 * editorBuild.spec.ts): a CCG of population P in a two-CCG shared service (200,000 together) for
 * finance and HR, split by population, everything else in-house:
 *   total = 600,000 + 8·P + Σ_in-house u_f(P)·P + Σ_{finance,hr} u_f(200,000)·1.04·P,
 *   u_f(P) = cost_f·(P/250,000)^(−e_f).
 * P = 120,000: core 1,560,000 + in-house ≈ 1,638,102 + finance 213,504.76 + HR 93,408.33
 *   = 3,505,015.31 → £29.21 a head, over the £25 cap.
 * P = 80,000: core 1,240,000 + in-house ≈ 1,191,328 + finance 142,336.51 + HR 62,272.22
 *   = 2,635,936.70 → £32.95 a head.
 */
test('create CCGs, give them populations, share finance and HR, and read the new figure — keyboard only', async ({
  page,
}) => {
  await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();

  await tabTo(page, /^New workspace$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New workspace');

  for (const [n, population] of [
    [1, '120,000'],
    [2, '80000'],
  ] as const) {
    await tabTo(page, /^Add a CCG/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
      `New CCG ${n}`,
    );
    await tabTo(page, /^Population$/);
    await typeInto(page, population);
    await expect(card(page, `New CCG ${n}`)).toHaveAttribute(
      'aria-label',
      new RegExp(`population ${population.replace('80000', '80,000')}`),
    );
  }

  // New CCG 2 is selected: create an arrangement from its inspector and add New CCG 1 to it.
  await tabTo(page, /^Create arrangement…$/);
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Create arrangement' });
  await expect(form).toBeVisible();
  await tabTo(page, /^Shared service$/, 20);
  await expect(form.getByLabel('Shared service')).toBeChecked();
  await tabTo(page, /^New CCG 1$/, 20);
  await page.keyboard.press('Space');
  await tabTo(page, /^Finance \(transactional & management\)$/, 30);
  await page.keyboard.press('Space');
  await tabTo(page, /^HR & organisational development$/, 10);
  await page.keyboard.press('Space');
  await expect(form.getByLabel('New CCG 1')).toBeChecked();
  await expect(form.getByLabel('New CCG 2')).toBeChecked();
  await tabTo(page, /^Create$/, 30);
  await page.keyboard.press('Enter');
  await expect(form).toHaveCount(0);

  // The new figures, read from the cards' accessible names.
  await expect(card(page, 'New CCG 1')).toHaveAttribute(
    'aria-label',
    /^New CCG 1, £29\.21 per head, over the £25 cap/,
  );
  await expect(card(page, 'New CCG 2')).toHaveAttribute(
    'aria-label',
    /^New CCG 2, £32\.95 per head, over the £25 cap/,
  );
});
