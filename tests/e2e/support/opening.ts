import { expect, type Page } from '@playwright/test';

/**
 * Waits until the app has recorded that the open workspace finished opening. A reload before
 * that is a reload mid-opening, and the app rightly offers the library instead of reopening it.
 */
export async function openingFinished(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () => Object.keys(localStorage).filter((k) => k.startsWith('ccg-modeller:opening:')).length,
      ),
    )
    .toBe(0);
  await expect(page.locator('.ccg-card').first()).toBeVisible();
}
