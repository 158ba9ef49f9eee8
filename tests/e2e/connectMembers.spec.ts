import { expect, test, type Locator, type Page } from '@playwright/test';
import { failOnConsoleErrors } from './support/failOnConsoleErrors';

// Editing an arrangement's members on the canvas in real Chromium with real mouse events: the "×"
// on a selected hub's member line removes that CCG (its card's figures go back to in-house), undo
// restores it, and dragging from the hub's "+" handle to the card adds it again.

failOnConsoleErrors();

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

test('a member can be removed with the × on its line, restored by undo, and connected again from the + handle', async ({
  page,
}) => {
  const scenario = page.getByLabel('Scenario', { exact: true });
  await scenario.selectOption({ label: 'All in-house' });
  const inHouse = await cardLabel(page, 'Ashvale CCG');
  await scenario.selectOption({ label: 'Shared service' });
  const shared = await cardLabel(page, 'Ashvale CCG');
  expect(shared).not.toEqual(inHouse);

  const hub = page.locator('[data-node-id="arr-shared"]');
  await hub.locator('.hub-shape').click();
  await expect(hub).toHaveAttribute('aria-pressed', 'true');

  // The inspector offers a same-named button; this is the one on the canvas.
  const removeAshvale = page
    .getByTestId('camera')
    .getByRole('button', { name: 'Remove Ashvale CCG from Wexmoor shared support service' });
  // Remove Ashvale: its card goes back to its all-in-house figures.
  await removeAshvale.click();
  await expect(card(page, 'Ashvale CCG')).toHaveAttribute('aria-label', inHouse);
  await expect(removeAshvale).toHaveCount(0);

  // Undo restores it.
  await page.keyboard.press(`${mod}+z`);
  await expect(card(page, 'Ashvale CCG')).toHaveAttribute('aria-label', shared);
  await page.keyboard.press(`${mod}+Shift+z`);
  await expect(card(page, 'Ashvale CCG')).toHaveAttribute('aria-label', inHouse);

  // Connect it again: drag from the + handle on the (still selected) hub to Ashvale's card.
  await expect(hub).toHaveAttribute('aria-pressed', 'true');
  const from = await centre(page.locator('[data-connect-handle="arr-shared"]'));
  const to = await centre(card(page, 'Ashvale CCG'));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) / 3, from.y + (to.y - from.y) / 3, { steps: 4 });
  await expect(page.locator('.connect-line')).toHaveCount(1);
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  await expect(page.locator('.connect-line')).toHaveCount(0);
  await expect(card(page, 'Ashvale CCG')).toHaveAttribute('aria-label', shared);
  await expect(removeAshvale).toHaveCount(1);
});
