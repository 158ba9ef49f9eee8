import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import loadHighs from 'highs';
import { formatPerHead } from '../../shared/format/format';
import { highsLpSolver } from '../../shared/recommend/lpSolver';
import { recommendOptions } from '../../shared/recommend/options';
import { recommend } from '../../shared/recommend/recommend';
import { fourSmallCcgsSample } from '../../shared/samples/fourSmallCcgsSample';
import { failOnConsoleErrors } from './support/failOnConsoleErrors';
import { menuCommand } from './support/menus';

// Recommend in real Chromium on the four-small-CCGs sample: the solver runs in a worker from the
// bundled wasm (under the app's CSP), the answer arrives as a new scenario with its change list,
// Compare opens on the two, and the figures are the engine's — the same as in Node.

failOnConsoleErrors();

test('recommends on the Four small CCGs sample and shows the new scenario beside the old', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const sample = fourSmallCcgsSample();
  const outcome = recommend(
    sample,
    'all-in-house',
    recommendOptions(),
    highsLpSolver(await loadHighs()),
  );
  if (!outcome.ok) throw new Error(outcome.errors.join('; '));
  const expected = outcome.recommendation;
  const ashvale = expected.result.ccgs.find((c) => c.id === 'ccg-ashvale');
  if (!ashvale) throw new Error('no Ashvale CCG in the recommendation');

  await menuCommand(page, 'Scenario', 'Recommend…');
  const dialog = page.getByRole('dialog', { name: 'Recommend' });
  await expect(dialog.getByRole('radio', { name: 'All CCGs' })).toBeChecked();
  await expect(
    dialog.getByRole('checkbox', { name: /Every CCG within its allowance/ }),
  ).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'External provider' })).not.toBeChecked();
  // Every control labelled and operable: no axe violations in the dialog.
  const scan = await new AxeBuilder({ page })
    .include('.recommend-dialog')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(
    scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  await dialog.getByRole('button', { name: 'Recommend', exact: true }).click();

  await expect(dialog.getByRole('status')).toHaveText(
    `Added “${expected.scenario.name}”. Compare shows it beside the scenario you started from; Undo takes it away.`,
    { timeout: 90_000 },
  );
  await expect(dialog.getByText(expected.changes[0]?.summary ?? '—')).toBeVisible();
  await expect(dialog.getByText(/Not met: Every CCG within its 2013\/14 allowance/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  const table = page.getByRole('table', { name: /Running cost per head by CCG/ });
  const cells = table.getByRole('row', { name: /^Ashvale CCG/ }).getByRole('cell');
  await expect(cells.nth(0)).toHaveText(formatPerHead(36.91));
  await expect(cells.nth(3)).toHaveText(formatPerHead(ashvale.perHead));

  // One undo step takes the whole recommendation away.
  const picker = page.getByRole('group', { name: /Scenarios to compare/ });
  await expect(picker.getByRole('checkbox', { name: expected.scenario.name })).toBeChecked();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(picker.getByRole('checkbox', { name: expected.scenario.name })).toHaveCount(0);
  await expect(picker.getByRole('checkbox', { name: 'Shared service' })).toHaveCount(1);
});
