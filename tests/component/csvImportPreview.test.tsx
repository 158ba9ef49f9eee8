// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../shared/model/workspace';
import { CsvImportDialog } from '../../renderer/src/files/CsvImportDialog';
import { parseCsvText } from '../../renderer/src/files/parseCsvText';

afterEach(cleanup);

const scenario: Scenario = {
  id: 's1',
  name: 'Option A',
  laOverlaps: [],
  arrangements: [],
  nodes: [
    { kind: 'ccg', id: 'nv', name: 'NHS Northvale CCG', code: '03V', federated: false, x: 0, y: 0 },
    { kind: 'locality', id: 'nv-1', name: 'Northvale Town', ccgId: 'nv', population: 40000 },
  ],
};

const CSV = [
  'Practice,List size,Locality,CCG',
  'A,10000,Northvale Town,Northvale',
  'B,10000,Northvale East,northvale ccg',
  'C,5000,Northvale West,Northvale',
  'D,7000,Moor 1,Southmoor CCG',
  'E,7000,Moor 2,Southmoor CCG',
  'F,7000,Moor 3,Southmoor CCG',
  'G,7000,Moor 4,Southmoor CCG',
].join('\n');

function renderDialog(onImport = vi.fn()) {
  const parsed = parseCsvText(CSV);
  if (!parsed.ok) throw new Error(parsed.error);
  render(
    <CsvImportDialog
      fileName="list.csv"
      table={parsed.table}
      scenario={scenario}
      scenarioCount={2}
      onImport={onImport}
      onCancel={() => undefined}
    />,
  );
  return onImport;
}

describe('the practice import preview says what happens to each CCG', () => {
  it('adds to the existing CCG, creates the new one, and asks before replacing same-named localities', () => {
    const onImport = renderDialog();
    const plan = screen.getByRole('list', { name: 'What the import does in Option A' });
    expect(
      within(plan)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'NHS Northvale CCG (existing) already has 1 locality of the same name (Northvale Town): choose below',
      'creates Southmoor CCG (new) with 4 localities: 28,000 people',
    ]);
    const importButton = screen.getByRole('button', { name: 'Import' });
    expect(importButton).toHaveProperty('disabled', true);

    fireEvent.click(
      screen.getByRole('radio', { name: 'Replace those localities with the file’s' }),
    );
    expect(within(plan).getAllByRole('listitem')[0]?.textContent).toBe(
      'adds 3 localities to NHS Northvale CCG (existing); replacing 1 locality of the same name',
    );
    fireEvent.click(screen.getByRole('checkbox', { name: /Apply to every scenario/ }));
    expect(importButton).toHaveProperty('disabled', false);
    fireEvent.click(importButton);
    expect(onImport).toHaveBeenCalledWith(expect.anything(), 'scenario', {
      choices: { Northvale: 'replace' },
      everyScenario: true,
    });
  });
});
