// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Node } from '../../shared/model/workspace';
import { dispatchEdit } from '../../renderer/src/state/dispatchEdit';
import { useDocumentStore } from '../../renderer/src/state/documentStore';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { useUiStore } from '../../renderer/src/state/uiStore';
import { EditToolbar } from '../../renderer/src/topbar/EditToolbar';
import { workspaceOf } from './fixtures';

const nodes: Node[] = [
  {
    kind: 'ccg',
    id: 'ccg-a',
    name: 'Ashby CCG',
    population: 100_000,
    federated: false,
    x: 40,
    y: 100,
  },
  {
    kind: 'ccg',
    id: 'ccg-b',
    name: 'Barford CCG',
    population: 150_000,
    federated: false,
    x: 320,
    y: 160,
  },
  {
    kind: 'ccg',
    id: 'ccg-c',
    name: 'Carlow CCG',
    population: 120_000,
    federated: false,
    x: 800,
    y: 130,
  },
];

function ccg(id: string): Node | undefined {
  return useDocumentStore.getState().workspace.scenarios[0]?.nodes.find((n) => n.id === id);
}

beforeEach(() => {
  void appEditor().open(workspaceOf(nodes), { kind: 'file', fileName: 'test.ccgm' });
});
afterEach(cleanup);

describe('EditToolbar', () => {
  it('offers undo and redo only when there is something to undo or redo, and says their shortcuts', () => {
    render(<EditToolbar />);
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(undo).toHaveProperty('disabled', true);
    expect(redo).toHaveProperty('disabled', true);
    expect(undo.getAttribute('title')).toMatch(/^Undo \((Ctrl|⌘)\+Z\)$/);
    act(() => {
      dispatchEdit({
        type: 'moveItems',
        scenarioId: 's1',
        moves: [{ id: 'ccg-a', x: 50, y: 100 }],
      });
    });
    expect(undo).toHaveProperty('disabled', false);
    fireEvent.click(undo);
    expect(ccg('ccg-a')).toMatchObject({ x: 40 });
    expect(redo).toHaveProperty('disabled', false);
    fireEvent.click(redo);
    expect(ccg('ccg-a')).toMatchObject({ x: 50 });
  });

  it('aligns 2 or more and distributes 3 or more selected items, each as one step', () => {
    render(<EditToolbar />);
    const alignTop = screen.getByRole('button', { name: 'Align top edges' });
    const distribute = screen.getByRole('button', { name: 'Distribute horizontally' });
    expect(alignTop).toHaveProperty('disabled', true);
    act(() => useUiStore.getState().selectMany(['ccg-a', 'ccg-b']));
    expect(alignTop).toHaveProperty('disabled', false);
    expect(distribute).toHaveProperty('disabled', true);
    fireEvent.click(alignTop);
    expect(ccg('ccg-b')).toMatchObject({ y: 100 });
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(1);
    act(() => useUiStore.getState().selectMany(['ccg-a', 'ccg-b', 'ccg-c']));
    fireEvent.click(distribute);
    // Ashby 40–280 and Carlow 800–1040 stay; Barford goes midway: gaps of 140.
    expect(ccg('ccg-b')).toMatchObject({ x: 420 });
  });

  it('deletes the selection, then shows what happened in a polite live region', () => {
    render(<EditToolbar />);
    const del = screen.getByRole('button', { name: 'Delete' });
    expect(del).toHaveProperty('disabled', true);
    act(() => useUiStore.getState().select('ccg-c'));
    expect(screen.getByRole('toolbar', { name: 'Edit' }).textContent).toContain('1 selected');
    fireEvent.click(del);
    expect(ccg('ccg-c')).toBeUndefined();
    const notice = screen.getByTestId('edit-notice');
    expect(notice.getAttribute('aria-live')).toBe('polite');
    expect(notice.textContent).toContain('Deleted 1 item.');
  });

  it('shows a refusal with a “Not done” and a way to dismiss it', () => {
    render(<EditToolbar />);
    act(() =>
      useUiStore.getState().notify('Ashby CCG: population: must be a positive whole number'),
    );
    const notice = screen.getByTestId('edit-notice');
    expect(notice.textContent).toContain('Not done: Ashby CCG: population');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(notice.textContent).toBe('');
  });

  it('the shortcuts button opens the list of shortcuts', () => {
    render(<EditToolbar />);
    fireEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(help.textContent).toContain('Delete the selection');
    fireEvent.keyDown(help, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
