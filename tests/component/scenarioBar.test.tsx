// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Node } from '../../shared/model/workspace';
import { App } from '../../renderer/src/App';
import { useDocumentStore } from '../../renderer/src/state/documentStore';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { useUiStore } from '../../renderer/src/state/uiStore';
import { workspaceOf } from './fixtures';

// The scenario bar's commands change the document through one edit each and show the scenario
// they made; its shortcuts are Alt+Shift+key; refusals are said in words.

const nodes: Node[] = [
  {
    kind: 'ccg',
    id: 'ccg-solo',
    name: 'Solo CCG',
    population: 250_000,
    federated: false,
    x: 0,
    y: 0,
  },
];

beforeEach(() => {
  void appEditor().open(workspaceOf(nodes), { kind: 'file', fileName: 'test.ccgm' });
});
afterEach(cleanup);

const doc = () => useDocumentStore.getState().workspace;
const names = () => doc().scenarios.map((s) => s.name);
const picker = () => screen.getByLabelText('Scenario', { selector: 'select' }) as HTMLSelectElement;
/** Opens the app bar's Scenario menu and finds a command in it. */
const menuItem = (name: string): HTMLElement => {
  if (!screen.queryByRole('menu'))
    fireEvent.click(screen.getByRole('button', { name: 'Scenario' }));
  return screen.getByRole('menuitem', { name });
};
/** Chooses a command of the Scenario menu. */
const scenarioCommand = (name: string): void => {
  fireEvent.click(menuItem(name));
};
const altShift = (code: string, target: Element | Window = window) =>
  fireEvent.keyDown(target, { key: code.replace('Key', ''), code, altKey: true, shiftKey: true });

// Each test renders the whole App; generous time for a shared CI machine.
describe('scenario bar', { timeout: 30_000 }, () => {
  it('Alt+Shift+N adds a blank scenario after the one shown and shows it; undo takes it away', () => {
    render(<App />);
    altShift('KeyN');
    expect(names()).toEqual(['Test scenario', 'New scenario']);
    expect(doc().scenarios[1]?.nodes).toEqual([]);
    expect(useUiStore.getState().scenarioId).toBe('scenario-1');
    expect(picker().value).toBe('scenario-1');
    act(() => useDocumentStore.temporal.getState().undo());
    expect(names()).toEqual(['Test scenario']);
    expect(picker().value).toBe('s1'); // the app falls back to the first scenario
  });

  it('Branch copies the scenario shown, with the same CCG ids, and shows the copy', () => {
    render(<App />);
    scenarioCommand('Branch (copy this scenario)');
    expect(names()).toEqual(['Test scenario', 'Test scenario (copy)']);
    expect(doc().scenarios[1]?.nodes.map((n) => n.id)).toEqual(['ccg-solo']);
    expect(picker().selectedOptions[0]?.textContent).toBe('Test scenario (copy)');
  });

  it('renames inline: Esc keeps the old name, a name in use is refused beside the field, Enter renames', () => {
    render(<App />);
    scenarioCommand('Branch (copy this scenario)');
    altShift('KeyR', picker());
    let field = screen.getByLabelText('Scenario name') as HTMLInputElement;
    expect(field.value).toBe('Test scenario (copy)');
    fireEvent.change(field, { target: { value: 'Whatever' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(names()[1]).toBe('Test scenario (copy)');
    expect(screen.queryByLabelText('Scenario name')).toBeNull();

    scenarioCommand('Rename');
    field = screen.getByLabelText('Scenario name') as HTMLInputElement;
    fireEvent.change(field, { target: { value: 'test SCENARIO' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toContain('There is already a scenario called "Test scenario"; choose another name');
    expect(names()[1]).toBe('Test scenario (copy)');

    fireEvent.change(field, { target: { value: '  Option B  ' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(names()).toEqual(['Test scenario', 'Option B']);
  });

  it('Alt+Shift+arrows move the scenario shown; the buttons at the ends are disabled', () => {
    render(<App />);
    scenarioCommand('New');
    expect(menuItem('Move scenario later').getAttribute('aria-disabled')).toBe('true');
    altShift('ArrowLeft', picker());
    expect(names()).toEqual(['New scenario', 'Test scenario']);
    expect(menuItem('Move scenario earlier').getAttribute('aria-disabled')).toBe('true');
    scenarioCommand('Move scenario later');
    expect(names()).toEqual(['Test scenario', 'New scenario']);
  });

  it('deleting the only scenario is refused in words; deleting another offers Undo until the next change', () => {
    render(<App />);
    const only = doc();
    scenarioCommand('Delete scenario');
    expect(doc()).toBe(only);
    expect(screen.getByTestId('edit-notice').textContent).toContain(
      'Cannot delete scenario "Test scenario": it is the only one',
    );

    scenarioCommand('Branch (copy this scenario)');
    scenarioCommand('Delete scenario');
    expect(names()).toEqual(['Test scenario']);
    expect(screen.getByText('Deleted scenario “Test scenario (copy)”.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo deleting “Test scenario (copy)”' }));
    expect(names()).toEqual(['Test scenario', 'Test scenario (copy)']);
    expect(picker().selectedOptions[0]?.textContent).toBe('Test scenario (copy)');

    scenarioCommand('Delete scenario');
    scenarioCommand('New'); // another change: Undo would now undo that
    expect(screen.queryByRole('button', { name: /^Undo deleting/ })).toBeNull();
  });

  it('Alt+Shift+A opens the assumptions editor; its shortcuts do nothing while typing in a field', () => {
    render(<App />);
    altShift('KeyA');
    const dialog = screen.getByRole('dialog', { name: 'Assumptions' });
    const cap = dialog.querySelector('input[type="text"]') as HTMLInputElement;
    altShift('KeyN', cap);
    expect(names()).toEqual(['Test scenario']);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
