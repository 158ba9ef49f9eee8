import { afterEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/model/workspace';
import { Editor, type EditorEvents } from '../../../renderer/src/editor/Editor';
import { isPressHeld, panelSelectedIds } from '../../../renderer/src/state/uiStore';
import { everyFieldWorkspace } from '../persistence/fixtures';

// The editor's API without React: an editor of its own stores, opened, edited, undone, renamed,
// and what it announces. Nothing here touches the window's stores.

let editor: Editor;
afterEach(() => editor.dispose());

function opened(ws: Workspace = everyFieldWorkspace()): Editor {
  editor = new Editor();
  void editor.open(ws, { kind: 'file', fileName: 'test.ccgm' });
  return editor;
}

/** Every event the editor announces, in order, as [name, workspace name]. */
function record(e: Editor): [keyof EditorEvents, string][] {
  const seen: [keyof EditorEvents, string][] = [];
  e.on('opened', ({ workspace }) => seen.push(['opened', workspace.name]));
  e.on('changed', ({ workspace }) => seen.push(['changed', workspace.name]));
  return seen;
}

const firstCcg = (ws: Workspace) => ws.scenarios[0]?.nodes.find((n) => n.kind === 'ccg');

function renameCcg(e: Editor, name: string) {
  const ccg = firstCcg(e.workspace);
  if (!ccg) throw new Error('no CCG');
  return e.dispatch({ type: 'updateNode', scenarioId: 'opt-b', id: ccg.id, patch: { name } });
}

describe('Editor', () => {
  it('two editors are independent: opening and editing one leaves the other as it was', () => {
    const a = opened(everyFieldWorkspace('ws-a', 'A'));
    const b = new Editor();
    void b.open(everyFieldWorkspace('ws-b', 'B'), { kind: 'library' });
    renameCcg(a, 'Edited in A');
    expect(b.workspace.name).toBe('B');
    expect(firstCcg(b.workspace)?.name).not.toBe('Edited in A');
    expect(b.canUndo()).toBe(false);
    b.dispose();
  });

  it('opens a workspace on its first scenario with no undo history, and says so once', () => {
    editor = new Editor();
    const seen = record(editor);
    void editor.open(everyFieldWorkspace(), { kind: 'file', fileName: 'test.ccgm' });
    expect(editor.workspace.name).toBe('Northshire (every field)');
    expect(editor.origin).toEqual({ kind: 'file', fileName: 'test.ccgm' });
    expect(editor.ui.getState().scenarioId).toBe('opt-b');
    expect(editor.canUndo()).toBe(false);
    expect(seen).toEqual([['opened', 'Northshire (every field)']]);
  });

  it("opening forgets the previous workspace's undo history and selection", () => {
    const e = opened();
    renameCcg(e, 'Edited');
    e.ui.getState().select('ccg-1');
    void e.open(everyFieldWorkspace('ws-2', 'Second'), { kind: 'library' });
    expect(e.canUndo()).toBe(false);
    expect(e.ui.getState().selectedIds).toEqual([]);
  });

  it('an edit is one undo step, announced as changed; undo and redo are announced too', () => {
    const e = opened();
    const seen = record(e);
    const before = e.workspace;
    const result = renameCcg(e, 'Ashvale CCG');
    expect(result.ok).toBe(true);
    expect(firstCcg(e.workspace)?.name).toBe('Ashvale CCG');
    e.undo();
    expect(e.workspace).toBe(before);
    expect(e.canRedo()).toBe(true);
    e.redo();
    expect(firstCcg(e.workspace)?.name).toBe('Ashvale CCG');
    expect(seen.map(([name]) => name)).toEqual(['changed', 'changed', 'changed']);
  });

  it('a refused edit changes nothing, records nothing, announces nothing and returns located errors', () => {
    const e = opened();
    const seen = record(e);
    const before = e.workspace;
    const result = e.dispatch({
      type: 'updateNode',
      scenarioId: 'opt-b',
      id: 'no-such-node',
      patch: { name: 'X' },
    });
    expect(result.ok).toBe(false);
    expect(e.workspace).toBe(before);
    expect(e.canUndo()).toBe(false);
    expect(seen).toEqual([]);
  });

  it('several edits are one undo step, all or nothing', () => {
    const e = opened();
    const before = e.workspace;
    const ccg = firstCcg(before);
    if (!ccg) throw new Error('no CCG');
    const rename = (name: string) =>
      ({ type: 'updateNode', scenarioId: 'opt-b', id: ccg.id, patch: { name } }) as const;
    expect(e.dispatch([rename('One'), rename('Two')]).ok).toBe(true);
    expect(firstCcg(e.workspace)?.name).toBe('Two');
    e.undo();
    expect(e.workspace).toBe(before);
    const refused = e.dispatch([
      rename('Three'),
      { type: 'deleteScenario', scenarioId: 'no-such-scenario' },
    ]);
    expect(refused.ok).toBe(false);
    expect(e.workspace).toBe(before);
  });

  it('an edit with history "ignore" changes the document without an undo step', () => {
    const e = opened();
    renameCcg(e, 'Recorded');
    const ccg = firstCcg(e.workspace);
    if (!ccg) throw new Error('no CCG');
    e.dispatch(
      { type: 'updateNode', scenarioId: 'opt-b', id: ccg.id, patch: { name: 'Not recorded' } },
      { history: 'ignore' },
    );
    expect(firstCcg(e.workspace)?.name).toBe('Not recorded');
    expect(e.document.temporal.getState().pastStates).toHaveLength(1);
  });

  it('text no export could hold is replaced, and the notice names the field', () => {
    const e = opened();
    renameCcg(e, 'Ash\u0007vale');
    expect(firstCcg(e.workspace)?.name).toBe('Ash\uFFFDvale');
    expect(e.ui.getState().notice?.text).toMatch(/^Name: /);
  });

  it('renames the workspace as one undoable edit, trimmed', () => {
    const e = opened();
    const seen = record(e);
    expect(e.rename('  Northshire 2014  ').ok).toBe(true);
    expect(e.workspace.name).toBe('Northshire 2014');
    expect(seen).toEqual([['changed', 'Northshire 2014']]);
    e.undo();
    expect(e.workspace.name).toBe('Northshire (every field)');
  });

  it("refuses an empty or over-long name with the located message the file's own name would get", () => {
    const e = opened();
    const before = e.workspace;
    expect(e.rename('   ')).toEqual({ ok: false, errors: ['name: must not be empty'] });
    expect(e.rename('x'.repeat(501))).toEqual({
      ok: false,
      errors: ['name: must be at most 500 characters'],
    });
    expect(e.rename('x'.repeat(500)).ok).toBe(true);
    e.undo();
    expect(e.workspace).toBe(before);
  });

  it("restores an earlier version of the same workspace as one undoable edit, never another workspace's", () => {
    const e = opened();
    const original = e.workspace;
    renameCcg(e, 'Edited');
    const edited = e.workspace;
    expect(e.restore(original).ok).toBe(true);
    expect(e.workspace).toBe(original);
    e.undo();
    expect(e.workspace).toBe(edited);
    const other = everyFieldWorkspace('ws-other', 'Other');
    expect(e.restore(other)).toEqual({
      ok: false,
      errors: ['This version belongs to another workspace.'],
    });
    expect(e.restore({ ...original, scenarios: [] }).ok).toBe(false);
    expect(e.workspace).toBe(edited);
  });

  it('with a library attached, a workspace from elsewhere joins the library, which opens it', async () => {
    const e = opened();
    const added: string[] = [];
    const detach = e.attachLibrary({
      add: (ws) => {
        added.push(ws.name);
        const saved = { ...ws, id: 'ws-in-library' };
        return e.open(saved, { kind: 'library' });
      },
      savedName: () => Promise.resolve(undefined),
      replace: () => Promise.reject(new Error('not asked to replace')),
    });
    const result = await e.open(everyFieldWorkspace('ws-file', 'From a file'), {
      kind: 'file',
      fileName: 'f.ccgm',
    });
    expect(added).toEqual(['From a file']);
    expect(result.id).toBe('ws-in-library');
    expect(e.origin).toEqual({ kind: 'library' });
    detach();
    await e.createBlank(new Date('2026-03-05T14:00:00.000Z'));
    expect(added).toEqual(['From a file']);
    expect(e.workspace.name).toBe('New workspace');
    expect(e.origin).toEqual({ kind: 'file', fileName: 'Not saved yet' });
  });

  it('opens where the user last was in the workspace, when that is remembered', () => {
    editor = new Editor({
      rememberedView: () => ({ scenarioId: 'opt-c', yearId: '2014-15', view: 'matrix' }),
    });
    void editor.open(everyFieldWorkspace(), { kind: 'library' });
    expect(editor.ui.getState().scenarioId).toBe('opt-c');
    expect(editor.ui.getState().yearId).toBe('2014-15');
    expect(editor.ui.getState().mainView.view).toBe('matrix');
  });

  it('a listener that unsubscribes hears nothing more', () => {
    const e = opened();
    const heard: string[] = [];
    const stop = e.on('changed', ({ workspace }) => heard.push(workspace.name));
    e.rename('Once');
    stop();
    e.rename('Twice');
    expect(heard).toEqual(['Once']);
  });
});

describe('Editor session: selection, scenario, year and view', () => {
  it('selects, adds and takes out items; the last selected is the primary one', () => {
    const e = opened();
    e.select('ccg-1');
    e.toggleSelected('north');
    expect(e.selectedIds).toEqual(['ccg-1', 'north']);
    expect(e.ui.getState().selectedId).toBe('north');
    e.toggleSelected('north');
    expect(e.selectedIds).toEqual(['ccg-1']);
    e.selectMany(['a', 'b', 'a']);
    expect(e.selectedIds).toEqual(['a', 'b']);
    e.select(null);
    expect(e.selectedIds).toEqual([]);
  });

  it('showing another scenario clears the selection; year and view are kept apart', () => {
    const e = opened();
    e.select('ccg-1');
    e.showScenario('opt-c');
    e.showYear('2014-15');
    e.showView('compare');
    expect([e.scenarioId, e.yearId, e.view]).toEqual(['opt-c', '2014-15', 'compare']);
    expect(e.selectedIds).toEqual([]);
  });

  it('while a press is held the panel keeps the selection from before it; it follows on release', () => {
    const e = opened();
    e.select('ccg-1');
    e.ui.getState().setPressHeld(true);
    e.select('ccg-2');
    e.ui.getState().setPressHeld(true);
    expect(e.selectedIds).toEqual(['ccg-2']);
    expect(panelSelectedIds(e.ui.getState())).toEqual(['ccg-1']);
    e.ui.getState().setPressHeld(false);
    expect(isPressHeld(e.ui.getState())).toBe(false);
    expect(panelSelectedIds(e.ui.getState())).toEqual(['ccg-2']);
  });
});
