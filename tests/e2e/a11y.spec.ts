import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { installDesktopBridge, type DesktopBridgeHarness } from './support/desktopBridge';
import { failOnConsoleErrors } from './support/failOnConsoleErrors';
import { menuCommand } from './support/menus';

// axe-core scans of every main view, in real Chromium against the web build: no serious or
// critical violation anywhere. Each view is one entry of VIEWS (how to reach it from the app as
// it opens); adding a view is one more entry.

let harness: DesktopBridgeHarness;
test.beforeEach(async ({ context, baseURL }) => {
  harness = await installDesktopBridge(context, baseURL ?? '');
});
test.afterEach(async () => {
  await harness.dispose();
});
failOnConsoleErrors();

interface View {
  readonly name: string;
  /** From the app as it opens (on the sample) to the view, ready to scan. */
  readonly reach: (page: Page) => Promise<void>;
}

const VIEWS: readonly View[] = [
  {
    name: 'library',
    reach: async (page) => {
      await menuCommand(page, 'File', 'Library');
      await expect(page.getByRole('heading', { name: 'Your workspaces' })).toBeVisible();
      await expect(page.getByRole('button', { name: /^Open / }).first()).toBeVisible();
    },
  },
  {
    name: 'editor (canvas, side panel, inspector open)',
    reach: async (page) => {
      await page.getByRole('button', { name: /^Ashvale CCG, / }).click();
      await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
        'Ashvale CCG',
      );
      await expect(
        page.getByRole('complementary').getByLabel('Population', { exact: true }),
      ).toBeVisible();
    },
  },
  {
    name: 'matrix',
    reach: async (page) => {
      await page.getByRole('button', { name: 'Matrix' }).click();
      await expect(page.getByRole('grid')).toBeVisible();
    },
  },
  {
    name: 'comparison (table, totals, diff, charts, sensitivity)',
    reach: async (page) => {
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      await page.getByRole('checkbox', { name: 'CSU', exact: true }).check();
      await expect(page.getByRole('table').first()).toBeVisible();
      await expect(page.locator('svg[role="img"]').first()).toBeVisible();
    },
  },
  {
    name: 'assumptions editor',
    reach: async (page) => {
      await menuCommand(page, 'Scenario', 'Assumptions…');
      await expect(page.getByRole('dialog', { name: 'Assumptions' })).toBeVisible();
    },
  },
  {
    name: 'slides dialog',
    reach: async (page) => {
      await page.getByRole('button', { name: 'Slides…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Slides' });
      await dialog.getByRole('button', { name: 'Add slide from current view' }).click();
      await expect(dialog.getByRole('status')).toContainText('Added slide');
    },
  },
  {
    name: 'workshop mode (a slide, what-if controls)',
    reach: async (page) => {
      await page.getByRole('button', { name: /^Ashvale CCG, £/ }).click();
      await page.getByRole('button', { name: 'Slides…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Slides' });
      await dialog.getByRole('button', { name: 'Add slide from current view' }).click();
      await dialog.getByRole('button', { name: 'Close' }).click();
      await page.getByRole('button', { name: 'Present' }).click();
      await expect(page.getByRole('region', { name: 'Workshop mode' })).toBeVisible();
      // The sample's three-slide story and the slide just added.
      await expect(page.getByTestId('slide-position')).toHaveText('1 of 4');
    },
  },
  {
    name: 'history dialog',
    reach: async (page) => {
      await menuCommand(page, 'File', 'History…');
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'error dialog (a broken file opened)',
    reach: async (page) => {
      const path = join(harness.dir, 'broken.ccgm');
      await writeFile(path, '{"format":"ccg-modeller/workspace","version":1,"scenarios":[');
      harness.pickForOpen(path);
      await menuCommand(page, 'File', 'Open…');
      await expect(page.getByRole('alertdialog').or(page.getByRole('dialog'))).toContainText(
        'Could not open',
      );
    },
  },
];

for (const view of VIEWS) {
  test(`${view.name}: no serious or critical accessibility violations`, async ({ page }) => {
    // A scan of the slides dialog (the sample's story and a slide added) took 24–31 s on a loaded two-core machine.
    test.setTimeout(60_000);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    await view.reach(page);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    const blocking = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
    expect(blocking).toEqual([]);
  });
}
