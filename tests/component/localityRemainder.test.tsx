// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Node } from '../../shared/model/workspace';
import { App } from '../../renderer/src/App';
import { undo } from '../../renderer/src/state/dispatchEdit';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { useUiStore } from '../../renderer/src/state/uiStore';
import { workspaceOf } from './fixtures';

// A CCG of 140,000 with no localities: adding one locality of 20,000 must not make it 20,000.

const nodes: Node[] = [
  {
    kind: 'ccg',
    id: 'ccg-north',
    name: 'Northvale CCG',
    population: 140_000,
    federated: false,
    x: 0,
    y: 0,
  },
];

beforeEach(() => {
  void appEditor().open(workspaceOf(nodes), { kind: 'file', fileName: 'test.ccgm' });
});
afterEach(cleanup);

function cardLabel(): string {
  return screen.getByRole('button', { name: /^Northvale CCG, £/ }).getAttribute('aria-label') ?? '';
}

describe('a CCG’s own population and its first locality', () => {
  it('the inspector says how much is not yet in a locality and the card keeps 140,000; the notice says so', () => {
    act(() => useUiStore.getState().select('ccg-north'));
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: '+ Add locality' }));
    // The new locality is selected; type its population.
    const population = within(screen.getByRole('complementary')).getByLabelText('Population');
    fireEvent.change(population, { target: { value: '20000' } });
    fireEvent.keyDown(population, { key: 'Enter' });
    expect(cardLabel()).toContain('population 140,000');
    expect(
      screen.getByText(/keeps its population of 140,000: its localities total 20,000/),
    ).toBeTruthy();

    act(() => useUiStore.getState().select('ccg-north'));
    const note = screen.getByRole('note');
    expect(note.textContent).toMatch(
      /^Localities total 20,000 of 140,000 — 120,000 not yet in a locality\./,
    );
    fireEvent.click(
      within(note).getByRole('button', { name: 'Use the localities’ total (20,000)' }),
    );
    expect(cardLabel()).toContain('population 20,000');
    expect(screen.queryByRole('note')).toBeNull();
    expect(
      screen.getByText(/Northvale CCG’s population is now 20,000 \(was 140,000\)/),
    ).toBeTruthy();

    // One undo step brings the remainder back.
    act(() => undo());
    expect(cardLabel()).toContain('population 140,000');
    expect(screen.getByRole('note').textContent).toMatch(/120,000 not yet in a locality/);
  });
});
