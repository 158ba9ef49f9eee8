// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Node } from '../../shared/model/workspace';
import { App } from '../../renderer/src/App';
import { useDocumentStore } from '../../renderer/src/state/documentStore';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { useUiStore } from '../../renderer/src/state/uiStore';
import { workspaceOf } from './fixtures';

// A name pasted with a control character in it (from a terminal, a PDF) would make the SVG,
// PNG, PDF picture and XLSX exports fail later: it is replaced as it is typed, and the user told.

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

describe('typing text XML cannot hold', () => {
  it('a CCG name with a control character is saved with it replaced, and a notice names the field', () => {
    act(() => useUiStore.getState().select('ccg-north'));
    render(<App />);
    const name = within(screen.getByRole('complementary')).getByLabelText('Name');
    fireEvent.change(name, { target: { value: 'North\u0007vale CCG' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    const saved = useDocumentStore
      .getState()
      .workspace.scenarios[0]?.nodes.find((n) => n.id === 'ccg-north');
    expect(saved?.name).toBe('North\uFFFDvale CCG');
    expect(
      screen.getByText(
        /^Name: 1 character that cannot be saved or exported .* was replaced with "\uFFFD"\.$/,
      ),
    ).toBeTruthy();
  });
});
