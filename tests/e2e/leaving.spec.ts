import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_SAMPLE_ID, findSample } from '../../shared/samples/index';

// Nothing lost, nothing stranded, nothing frozen: leaving the page straight after an edit keeps
// the edit (or the browser asks first), a failing save is said in the header and the browser
// asks before leaving, and a workspace whose opening never finished is not reopened by itself.
// One browser context per test: a reload keeps its IndexedDB and localStorage, as a restart would.

const sample = findSample(DEFAULT_SAMPLE_ID);
if (!sample) throw new Error('default sample missing');
const first = sample.create();
const firstCcg = first.scenarios[0]?.nodes.find((n) => n.kind === 'ccg');
if (!firstCcg) throw new Error('the default sample needs a CCG');

const card = (page: Page, name: string) =>
  page.getByRole('button', { name: new RegExp(`^${name}, £`) });
const indicator = (page: Page) => page.getByTestId('save-indicator');

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText(first.name);
  await expect(indicator(page)).toHaveText(/Saved/);
}

/** Renames a CCG in the inspector; Enter commits it (one edit), and nothing waits for the save. */
async function renameCcg(page: Page, from: string, to: string): Promise<void> {
  await card(page, from).click();
  const name = page.getByRole('complementary').getByLabel('Name', { exact: true });
  await name.fill(to);
  await name.press('Enter');
}

test('leaving the page straight after an edit keeps it', async ({ page }) => {
  await openApp(page);
  const prompts: string[] = [];
  page.on('dialog', (dialog) => {
    prompts.push(dialog.type());
    // The user says "Leave": the edit must be on disk all the same.
    void dialog.accept();
  });
  await renameCcg(page, firstCcg.name, 'Renamed just before leaving CCG');
  // Well inside the autosave throttle: only a write started on the way out can have saved it.
  await page.goto('about:blank');
  expect(prompts.every((type) => type === 'beforeunload')).toBe(true);

  await page.goto('/');
  await expect(card(page, 'Renamed just before leaving CCG')).toBeVisible();
});

test('while IndexedDB writes fail the header says so and leaving asks first', async ({ page }) => {
  await openApp(page);
  // Every write this page makes from now on fails, as with a full or broken disk.
  await page.evaluate(() => {
    const refuse = (): never => {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = refuse;
    IDBObjectStore.prototype.add = refuse;
  });
  await renameCcg(page, firstCcg.name, 'Edited while the disk is full CCG');
  await expect(indicator(page)).toHaveText(/Save failed/);

  const prompt = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await prompt;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
});

test('a workspace whose last opening did not finish is not reopened; the library says so', async ({
  page,
}) => {
  await openApp(page);
  // A finished opening is reopened on the next start, as always.
  await page.reload();
  await expect(page.locator('h1')).toHaveText(first.name);
  await expect(card(page, firstCcg.name)).toBeVisible();

  // An opening that never got as far as the editor (the window hung and was closed) leaves its
  // mark behind; the hang itself is played by leaving the mark where the app writes it.
  const id = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const req = indexedDB.open('ccg-modeller');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const keys = req.result
            .transaction('workspaces', 'readonly')
            .objectStore('workspaces')
            .getAllKeys();
          keys.onsuccess = () => {
            req.result.close();
            resolve(String(keys.result[0]));
          };
        };
      }),
  );
  await page.evaluate(
    ([key, name]) =>
      localStorage.setItem(key, JSON.stringify({ name, startedAt: new Date().toISOString() })),
    [`ccg-modeller:opening:${id}`, first.name],
  );
  await page.reload();

  const notice = page.getByRole('alert');
  await expect(notice).toContainText(
    `“${first.name}” did not finish opening last time, so it was not reopened. Open it from the list, or export it.`,
  );
  await expect(notice.getByRole('button', { name: 'Export the stored file' })).toBeVisible();
  await expect(card(page, firstCcg.name)).toHaveCount(0);

  // Opening it from the list works, and once drawn it is reopened on the next start again.
  await page.getByRole('button', { name: `Open ${first.name}` }).click();
  await expect(card(page, firstCcg.name)).toBeVisible();
  await page.reload();
  await expect(card(page, firstCcg.name)).toBeVisible();
});
