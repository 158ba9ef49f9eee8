// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '../../renderer/src/editor/Editor';
import { EditorProvider } from '../../renderer/src/editor/EditorContext';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { EditToolbar } from '../../renderer/src/topbar/EditToolbar';
import { workspaceOf } from './fixtures';

// Components show the editor they are given: its selection and its undo history, not the
// window's. Each editor has its own stores.

afterEach(cleanup);

const nodes = [
  {
    kind: 'ccg',
    id: 'ccg-a',
    name: 'Ashby CCG',
    population: 150_000,
    federated: false,
    x: 0,
    y: 0,
  },
  {
    kind: 'ccg',
    id: 'ccg-b',
    name: 'Bourne CCG',
    population: 90_000,
    federated: false,
    x: 300,
    y: 0,
  },
] as const;

describe('EditorProvider', () => {
  it("the toolbar follows the provided editor, and the window's editor is untouched", () => {
    const editor = new Editor();
    void editor.open(workspaceOf([...nodes]), { kind: 'file', fileName: 'mine.ccgm' });
    void appEditor().open(workspaceOf([...nodes]), { kind: 'file', fileName: 'window.ccgm' });
    render(
      <EditorProvider editor={editor}>
        <EditToolbar />
      </EditorProvider>,
    );
    const undo = screen.getByRole('button', { name: /^Undo/ });
    expect(undo).toHaveProperty('disabled', true);
    act(() => {
      editor.select('ccg-a');
      editor.toggleSelected('ccg-b');
      editor.rename('Mine, renamed');
    });
    expect(screen.getByText('2 selected')).toBeTruthy();
    expect(undo).toHaveProperty('disabled', false);
    expect(appEditor().selectedIds).toEqual([]);
    expect(appEditor().canUndo()).toBe(false);
    expect(appEditor().workspace.name).toBe('Test workspace');
    editor.dispose();
  });
});
