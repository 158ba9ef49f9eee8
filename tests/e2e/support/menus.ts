import type { Page } from '@playwright/test';

/** Runs a command of an app-bar menu ("File", "Scenario") the way a user would: open it, choose. */
export async function menuCommand(
  page: Page,
  menu: 'File' | 'Scenario',
  command: string,
): Promise<void> {
  await page.getByRole('button', { name: menu, exact: true }).click();
  await page.getByRole('menuitem', { name: command, exact: true }).click();
}

/**
 * Zoom to fit, and wait until the camera has settled. The app opens at a readable zoom, which at
 * a test window's size shows only part of a larger drawing: tests that reach for cards across the
 * whole drawing start from the fitted view, as they did before.
 */
export async function fitView(page: Page): Promise<void> {
  const camera = page.getByTestId('camera');
  await camera.waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  let last = '';
  for (let i = 0; i < 40; i += 1) {
    await page.waitForTimeout(150);
    const now = (await camera.getAttribute('transform')) ?? '';
    if (now === last) return;
    last = now;
  }
}
