import type { Page } from '@playwright/test';

/** Runs a command of an app-bar menu ("File", "Scenario") the way a user would: open it, choose. */
export async function menuCommand(page: Page, menu: 'File' | 'Scenario', command: string): Promise<void> {
  await page.getByRole('button', { name: menu, exact: true }).click();
  await page.getByRole('menuitem', { name: command, exact: true }).click();
}
