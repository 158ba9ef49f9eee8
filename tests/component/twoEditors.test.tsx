// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompareView } from '../../renderer/src/compare/CompareView';
import { EditNotice } from '../../renderer/src/topbar/EditNotice';
import { Editor } from '../../renderer/src/editor/Editor';
import { EditorProvider } from '../../renderer/src/editor/EditorContext';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { Toasts } from '../../renderer/src/topbar/Toasts';
import { WhatIfPanel } from '../../renderer/src/workshop/WhatIfPanel';
import { assumptionsWith, buildWorkspace, ccg, fn } from '../unit/helpers/buildWorkspace';

// Two editors side by side (two windows, or two tests) each keep their own session: a toast,
// a Compare pick or a workshop what-if in one never shows in the other, or in the window's.

const workspace = buildWorkspace(
  [
    { id: 'now', name: 'Now', nodes: [ccg('ccg-a', 'Ashby CCG', { population: 100_000 })] },
    {
      id: 'small',
      name: 'Smaller Ashby',
      nodes: [ccg('ccg-a', 'Ashby CCG', { population: 50_000 })],
    },
  ],
  assumptionsWith([fn('bi', 2, 0)]),
);

const editors: Editor[] = [];

function openEditor(): Editor {
  const editor = new Editor();
  void editor.open(workspace, { kind: 'file', fileName: 'test.ccgm' });
  editors.push(editor);
  return editor;
}

function Window({ editor, name }: { readonly editor: Editor; readonly name: string }) {
  return (
    <section aria-label={name}>
      <EditorProvider editor={editor}>
        <Toasts />
        <WhatIfPanel base={workspace.assumptions} />
        <CompareView />
      </EditorProvider>
    </section>
  );
}

afterEach(() => {
  cleanup();
  for (const editor of editors.splice(0)) editor.dispose();
});

const windowNamed = (name: string) => within(screen.getByRole('region', { name }));

describe('two editors side by side', () => {
  it('keep separate toasts, Compare picks and workshop what-ifs', () => {
    const [left, right] = [openEditor(), openEditor()];
    render(
      <>
        <Window editor={left} name="Left" />
        <Window editor={right} name="Right" />
      </>,
    );
    const [l, r] = [windowNamed('Left'), windowNamed('Right')];

    act(() => left.say('Saved as “left.ccgm”.'));
    expect(l.getByText('Saved as “left.ccgm”.')).toBeTruthy();
    expect(r.queryByText('Saved as “left.ccgm”.')).toBeNull();

    // Unpicking a scenario in the left Compare leaves one picked there; the right still compares two.
    const leftPicker = l.getByRole('group', { name: /Scenarios to compare/ });
    fireEvent.click(within(leftPicker).getByRole('checkbox', { name: /Smaller Ashby/ }));
    expect(l.getByText('Pick at least two scenarios to compare them.')).toBeTruthy();
    expect(r.queryByText('Pick at least two scenarios to compare them.')).toBeNull();
    expect(r.getByRole('table', { name: /Running cost per head by CCG/ })).toBeTruthy();

    fireEvent.change(l.getByRole('slider', { name: 'CSU margin' }), { target: { value: '0.2' } });
    expect(left.ui.getState().workshop.whatIfs).toEqual({ csuMargin: 0.2 });
    expect(right.ui.getState().workshop.whatIfs).toEqual({});
    const defaultMargin = String(workspace.assumptions.models.csu.margin);
    expect((r.getByRole('slider', { name: 'CSU margin' }) as HTMLInputElement).value).toBe(
      defaultMargin,
    );

    // The window's own editor saw none of it.
    const windowSession = appEditor().ui.getState();
    expect(windowSession.toasts.shown).toEqual([]);
    expect(windowSession.compare.picked).toBeNull();
    expect(windowSession.workshop.whatIfs).toEqual({});
  });

  it('fade their own information notices: each after five seconds, whatever the window shows', () => {
    vi.useFakeTimers();
    try {
      const editor = openEditor();
      render(
        <EditorProvider editor={editor}>
          <EditNotice />
        </EditorProvider>,
      );
      act(() => editor.notify('Population of Ashby CCG set from its localities.', 'info'));
      expect(screen.getByText('Population of Ashby CCG set from its localities.')).toBeTruthy();
      act(() => vi.advanceTimersByTime(5000));
      expect(screen.queryByText('Population of Ashby CCG set from its localities.')).toBeNull();
      expect(editor.ui.getState().notice).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
