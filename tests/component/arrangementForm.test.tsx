// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Arrangement, Node } from '../../shared/model/workspace';
import { App } from '../../renderer/src/App';
import { useDocumentStore } from '../../renderer/src/state/documentStore';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { useUiStore } from '../../renderer/src/state/uiStore';
import { workspaceOf } from './fixtures';

// "Create arrangement…" from a selection of CCGs: one addArrangement edit, or, if the validator
// refuses it, its message in the form and nothing created.

const nodes: Node[] = [
  {
    kind: 'ccg',
    id: 'ccg-ashby',
    name: 'Ashby CCG',
    population: 60_000,
    federated: false,
    x: 0,
    y: 0,
  },
  {
    kind: 'ccg',
    id: 'ccg-barford',
    name: 'Barford CCG',
    population: 140_000,
    federated: false,
    x: 400,
    y: 0,
  },
  {
    kind: 'ccg',
    id: 'ccg-cole',
    name: 'Cole CCG',
    population: 90_000,
    federated: false,
    x: 800,
    y: 0,
  },
];
const colesFinance: Arrangement = {
  id: 'arr-cole',
  name: 'Cole finance shared service',
  model: 'shared-service',
  members: ['ccg-cole'],
  functions: ['finance'],
  allocation: 'population',
  riskShareAgreed: true,
};

afterEach(cleanup);

function open(selected: readonly string[], arrangements: Arrangement[] = []) {
  void appEditor().open(workspaceOf(nodes, arrangements), { kind: 'file', fileName: 'test.ccgm' });
  act(() => useUiStore.getState().selectMany(selected));
  render(<App />);
  const panel = screen.getByRole('complementary');
  fireEvent.click(within(panel).getByRole('button', { name: 'Create arrangement…' }));
  return within(screen.getByRole('form', { name: 'Create arrangement' }));
}

const scenario = () => useDocumentStore.getState().workspace.scenarios[0];

describe('arrangement form', () => {
  it('creates a shared service of the selected CCGs covering the ticked functions', () => {
    const form = open(['ccg-ashby', 'ccg-barford']);
    expect((form.getByLabelText('Shared service') as HTMLInputElement).checked).toBe(true);
    expect((form.getByLabelText('Ashby CCG') as HTMLInputElement).checked).toBe(true);
    expect((form.getByLabelText('Barford CCG') as HTMLInputElement).checked).toBe(true);
    expect((form.getByLabelText('Cole CCG') as HTMLInputElement).checked).toBe(false);
    expect((form.getByLabelText('Name') as HTMLInputElement).value).toBe(
      'Ashby and Barford shared service',
    );
    fireEvent.click(form.getByLabelText('Finance (transactional & management)'));
    fireEvent.click(form.getByLabelText('HR & organisational development'));
    fireEvent.click(form.getByLabelText('HR, legal and financial risk sharing agreed'));
    fireEvent.click(form.getByRole('button', { name: 'Create' }));

    const created = scenario()?.arrangements ?? [];
    expect(created).toHaveLength(1);
    const arr = created[0];
    expect(arr).toMatchObject({
      name: 'Ashby and Barford shared service',
      model: 'shared-service',
      members: ['ccg-ashby', 'ccg-barford'],
      functions: ['finance', 'hr'],
      allocation: 'population',
      riskShareAgreed: true,
    });
    // Its hub sits at the centroid of the two cards' centres (cards 240 × 90 at (0,0) and (400,0)).
    expect(arr?.x).toBe(320);
    expect(arr?.y).toBe(45);
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(1);
    // The new arrangement is selected, its inspector showing.
    expect(useUiStore.getState().selectedId).toBe(arr?.id);
    expect(screen.queryByRole('form', { name: 'Create arrangement' })).toBeNull();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Ashby and Barford shared service' }),
    ).toBeTruthy();
  });

  it('refuses a function a member already gets elsewhere, says why, and creates nothing', () => {
    const form = open(['ccg-barford', 'ccg-cole'], [colesFinance]);
    const before = useDocumentStore.getState().workspace;
    const finance = form.getByLabelText('Finance (transactional & management)');
    // The clash is visible before trying.
    expect(finance.getAttribute('aria-describedby')).toBeTruthy();
    expect(
      form.getByText('Cole CCG already gets it from Cole finance shared service'),
    ).toBeTruthy();
    fireEvent.click(finance);
    fireEvent.click(form.getByRole('button', { name: 'Create' }));

    const alert = form.getByRole('alert');
    expect(alert.textContent).toContain('Not created');
    expect(alert.textContent).toMatch(
      /Cole CCG.*already gets Finance \(transactional & management\) from arrangement "Cole finance shared service"/,
    );
    expect(useDocumentStore.getState().workspace).toBe(before);
    expect(scenario()?.arrangements).toHaveLength(1);
    // Still open, to be corrected.
    expect(screen.getByRole('form', { name: 'Create arrangement' })).toBeTruthy();
  });

  it('a host CCG arrangement names its host from the members; Esc cancels', () => {
    const form = open(['ccg-ashby', 'ccg-barford']);
    fireEvent.click(form.getByLabelText('Host CCG'));
    const host = form.getByRole('combobox', { name: 'Host CCG' }) as HTMLSelectElement;
    expect([...host.options].map((o) => o.textContent)).toEqual(['Ashby CCG', 'Barford CCG']);
    fireEvent.change(host, { target: { value: 'ccg-barford' } });
    fireEvent.click(form.getByRole('button', { name: 'All' }));
    fireEvent.click(form.getByRole('button', { name: 'Create' }));
    expect(scenario()?.arrangements[0]).toMatchObject({
      model: 'host-ccg',
      hostCcgId: 'ccg-barford',
      functions: [
        'bi',
        'contracting',
        'procurement',
        'finance',
        'hr',
        'it',
        'comms',
        'redesign',
        'medicines',
        'chc',
      ],
    });

    act(() => useUiStore.getState().select('ccg-cole'));
    fireEvent.click(
      within(screen.getByRole('complementary')).getByRole('button', {
        name: 'Create arrangement…',
      }),
    );
    fireEvent.keyDown(screen.getByRole('form', { name: 'Create arrangement' }), { key: 'Escape' });
    expect(screen.queryByRole('form', { name: 'Create arrangement' })).toBeNull();
    expect(scenario()?.arrangements).toHaveLength(1);
  });

  it('a CSU contract with no CSU in the scenario offers to create one', () => {
    const form = open(['ccg-ashby']);
    fireEvent.click(form.getByLabelText('CSU'));
    fireEvent.click(form.getByRole('button', { name: 'Create a CSU' }));
    const csu = scenario()?.nodes.find((n) => n.kind === 'provider');
    expect(csu).toMatchObject({ providerType: 'csu', name: 'New CSU 1' });
    fireEvent.click(form.getByLabelText('IT & information governance'));
    fireEvent.click(form.getByRole('button', { name: 'Create' }));
    expect(scenario()?.arrangements[0]).toMatchObject({
      model: 'csu',
      providerId: csu?.id,
      members: ['ccg-ashby'],
      functions: ['it'],
    });
  });

  it('the arrangement inspector removes and adds members, one edit each', () => {
    void appEditor().open(
      workspaceOf(nodes, [{ ...colesFinance, members: ['ccg-cole', 'ccg-ashby'] }]),
      { kind: 'file', fileName: 'test.ccgm' },
    );
    act(() => useUiStore.getState().select('arr-cole'));
    render(<App />);
    const panel = within(screen.getByRole('complementary'));
    fireEvent.click(
      panel.getByRole('button', { name: 'Remove Ashby CCG from Cole finance shared service' }),
    );
    expect(scenario()?.arrangements[0]?.members).toEqual(['ccg-cole']);
    fireEvent.change(panel.getByLabelText('Add member'), { target: { value: 'ccg-barford' } });
    expect(scenario()?.arrangements[0]?.members).toEqual(['ccg-cole', 'ccg-barford']);
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(2);
  });
});
