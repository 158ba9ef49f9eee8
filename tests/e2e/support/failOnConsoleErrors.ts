import { expect, test } from '@playwright/test';
import { openingFinished } from './opening';

/**
 * Registers hooks that open the app before each test and fail the test if the page logged a
 * console error or threw (a CSP violation is logged as a console error, so it fails too). Each
 * test starts once the first opening has finished, so a reload in it is never a reload mid-opening
 * (which rightly shows the library instead of the editor).
 */
export function failOnConsoleErrors(): void {
  let problems: string[] = [];
  test.beforeEach(async ({ page }) => {
    problems = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await page.goto('/');
    await openingFinished(page);
  });
  test.afterEach(() => {
    expect(problems, 'console errors during the test').toEqual([]);
  });
}
