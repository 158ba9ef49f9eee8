// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Node, Workspace } from '../../shared/model/workspace';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { clockText } from '../../renderer/src/workshop/PresenterView';
import { WorkshopMode } from '../../renderer/src/workshop/WorkshopMode';
import { useWorkshopStore } from '../../renderer/src/state/workshopStore';
import { workspaceOf } from './fixtures';

// Speaker notes are private: workshop mode never shows them until the presenter asks (N, or the
// Notes button), and then with the next slide's title and the time. W hides the what-if bar.

const nodes: Node[] = [
  {
    kind: 'ccg',
    id: 'ccg-ref',
    name: 'Reference CCG',
    population: 250_000,
    federated: false,
    x: 0,
    y: 0,
  },
];
const NOTES = 'Say the risk-sharing agreement is unsigned.';

function workspace(): Workspace {
  const base = workspaceOf(nodes);
  const camera = { x: 100, y: 50, k: 1 };
  return {
    ...base,
    slides: [
      { id: 'a', title: 'Opening', scenarioId: 's1', camera, notes: NOTES },
      { id: 'b', title: 'The ask', scenarioId: 's1', camera },
    ],
  };
}

beforeEach(() => {
  act(() => {
    void appEditor().open(workspace(), { kind: 'file', fileName: 'test.ccgm' });
    useWorkshopStore.getState().enter(0);
  });
});
afterEach(() => {
  cleanup();
  act(() => useWorkshopStore.getState().leave());
});

const press = (key: string) =>
  act(() => {
    fireEvent.keyDown(window, { key });
  });

describe('presenter view', () => {
  it('hides the notes until N; then shows them with the next slide and a clock; N again hides them', () => {
    render(<WorkshopMode />);
    expect(screen.queryByText(NOTES)).toBeNull();
    expect(screen.queryByRole('region', { name: 'Presenter view' })).toBeNull();
    press('n');
    const presenter = screen.getByRole('region', { name: 'Presenter view' });
    expect(within(presenter).getByText(NOTES)).toBeTruthy();
    expect(within(presenter).getByText('The ask')).toBeTruthy();
    expect(within(presenter).getByText(/^\d\d:\d\d$/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Notes (N)' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    press('ArrowRight');
    expect(
      within(screen.getByRole('region', { name: 'Presenter view' })).getByText(
        'No notes for this slide.',
      ),
    ).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: 'Presenter view' })).getByText(
        'This is the last slide.',
      ),
    ).toBeTruthy();
    press('N');
    expect(screen.queryByRole('region', { name: 'Presenter view' })).toBeNull();
  });

  it('starts hidden again on the next presentation', () => {
    render(<WorkshopMode />);
    fireEvent.click(screen.getByRole('button', { name: 'Notes (N)' }));
    expect(screen.getByText(NOTES)).toBeTruthy();
    act(() => {
      useWorkshopStore.getState().leave();
      useWorkshopStore.getState().enter(0);
    });
    expect(screen.queryByText(NOTES)).toBeNull();
  });

  it('W hides the what-if bar and brings it back; a key typed into a control is left alone', () => {
    render(<WorkshopMode />);
    const cap = screen.getByRole('slider', { name: 'Running cost cap' });
    act(() => {
      fireEvent.keyDown(cap, { key: 'w' });
    });
    expect(screen.getByRole('slider', { name: 'Running cost cap' })).toBeTruthy();
    press('w');
    expect(screen.queryByRole('slider', { name: 'Running cost cap' })).toBeNull();
    press('W');
    expect(screen.getByRole('slider', { name: 'Running cost cap' })).toBeTruthy();
  });

  it('the clock reads the time of day as hh:mm', () => {
    expect(clockText(new Date(2013, 3, 1, 9, 5))).toBe('09:05');
    expect(clockText(new Date(2013, 3, 1, 14, 45))).toBe('14:45');
  });
});
