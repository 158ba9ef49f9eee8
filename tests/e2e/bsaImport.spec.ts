import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { failOnConsoleErrors } from './support/failOnConsoleErrors';
import { menuCommand } from './support/menus';

// The NHS BSA "Patient List Size" file (April–June 2013), real rows of NHS Corby (03V) and
// NHS Nene (04G), its neighbour,, dropped on the England 2013 sample.
failOnConsoleErrors();

const FILE = readFileSync(
  join(__dirname, '..', 'fixtures', 'england-2013', 'Patient_List_Size_2013_04-06.csv'),
  'utf8',
);
const lines = FILE.split('\n');
const ROWS = [lines[0] ?? '', ...lines.filter((l) => /,(03V00|04G00),/.test(l))].join('\n');

async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const data = await page.evaluateHandle(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: 'text/csv' }));
      return dt;
    },
    [name, text] as const,
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: data });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: data });
  await page.dispatchEvent('main', 'drop', { dataTransfer: data });
}

test('an NHS BSA list-size file sets a chosen CCG’s population in one undoable step', async ({
  page,
}) => {
  await menuCommand(page, 'File', 'England 2013 — every CCG’s published allowance');
  await expect(page.locator('h1')).toHaveText('England 2013 — every CCG’s published allowance');
  const corby = page.getByRole('button', { name: /^NHS Corby CCG, £/ });
  await expect(corby).toHaveAccessibleName(/population 69,801$/);

  await dropFile(page, 'Patient_List_Size_2013_04-06.csv', ROWS);
  const dialog = page.getByRole('dialog', { name: 'Set populations from NHS BSA list sizes' });
  await expect(dialog).toContainText('81 practices under 2 organisation codes');
  // Both CCGs are in the sample (matched by code), so both are ticked; keep only Corby.
  await expect(
    dialog.getByRole('checkbox', {
      name: /^03V NHS Corby CCG 7 practices, 70,729 patients · now 69,801/,
    }),
  ).toBeChecked();
  await dialog.getByLabel('Find a CCG by code or name').fill('nene');
  await expect(dialog.getByRole('checkbox')).toHaveCount(1);
  await dialog.getByRole('checkbox', { name: /^04G NHS Nene CCG/ }).uncheck();
  await dialog.getByLabel('Find a CCG by code or name').fill('');

  // Before anything changes: Corby's practices, total and change from its registered list.
  await expect(dialog.getByRole('heading', { name: 'What changes: 1 CCG' })).toBeVisible();
  const row = dialog.getByRole('row', { name: /NHS Corby CCG/ });
  await expect(row.getByRole('cell')).toHaveText(['03V', '7', '70,729', '69,801', '+928']);
  await expect(corby).toHaveAccessibleName(/population 69,801$/);

  await dialog.getByRole('button', { name: 'Set 1 population' }).click();
  await expect(dialog).toBeHidden();
  await expect(corby).toHaveAccessibleName(/population 70,729$/);
  await expect(page.getByRole('button', { name: /^NHS Nene CCG, £/ })).toHaveAccessibleName(
    /population 633,725$/,
  );
  await expect(
    page.getByRole('status').filter({ hasText: 'Set 1 population in “All in-house”' }),
  ).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(corby).toHaveAccessibleName(/population 69,801$/);
});
