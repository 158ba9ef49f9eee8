import { afterEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/model/workspace';
import { Editor, type EditorLibrary } from '../../../renderer/src/editor/Editor';
import type { TextFile } from '../../../renderer/src/editor/workspaceImport';
import { everyFieldWorkspace } from '../persistence/fixtures';

// editor.import without React or storage: an editor of its own stores and, where a library is
// needed, a stand-in library that records what it was asked to do.

let editor: Editor;
afterEach(() => editor.dispose());

function opened(): Editor {
  editor = new Editor();
  void editor.open(everyFieldWorkspace(), { kind: 'file', fileName: 'first.ccgm' });
  return editor;
}

function fileOf(workspace: Workspace, fileName = 'in.ccgm'): TextFile {
  return { fileName, text: JSON.stringify(workspace, null, 2) };
}

/** A library holding one saved workspace id, recording each call as text. */
function library(e: Editor, savedId: string, calls: string[]): EditorLibrary {
  return {
    add: (ws) => {
      calls.push(`add ${ws.id} ${ws.name}`);
      return e.open({ ...ws, id: ws.id === savedId ? 'ws-fresh' : ws.id }, { kind: 'library' });
    },
    savedName: (id) => Promise.resolve(id === savedId ? 'The saved one' : undefined),
    replace: (ws, label) => {
      calls.push(`replace ${ws.id} ${label}`);
      return e.open(ws, { kind: 'library' });
    },
  };
}

describe('editor.import', () => {
  it('a broken file changes nothing, keeps the undo history, and the notice names the file and its problem', async () => {
    const e = opened();
    e.rename('Edited before');
    const before = e.workspace;
    const heard: string[] = [];
    e.on('opened', ({ workspace }) => heard.push(workspace.name));
    e.on('changed', ({ workspace }) => heard.push(workspace.name));

    const { plan, opened: result } = await e.import({
      fileName: 'bad.ccgm',
      text: '{"format": "ccg-modeller/workspace",',
    });

    expect(plan.kind).toBe('invalid');
    expect(result).toBeUndefined();
    expect(e.workspace).toBe(before);
    expect(e.canUndo()).toBe(true);
    expect(heard).toEqual([]);
    const notice = e.ui.getState().notice;
    expect(notice?.kind).toBe('refused');
    expect(notice?.text).toMatch(
      /^Could not open “bad\.ccgm”; nothing was changed: file: not valid JSON: .* at line 1, column \d+/,
    );
  });

  it('a valid file opens, announced as opened from that file, with a fresh undo history', async () => {
    const e = opened();
    e.rename('Edited before');
    const origins: unknown[] = [];
    e.on('opened', ({ workspace, origin }) => origins.push([workspace.name, origin]));

    const incoming = everyFieldWorkspace('ws-incoming', 'From a colleague');
    const { plan, opened: result } = await e.import(fileOf(incoming, 'colleague.ccgm'));

    expect(plan.kind).toBe('valid');
    expect(result?.name).toBe('From a colleague');
    expect(e.workspace.id).toBe('ws-incoming');
    expect(e.origin).toEqual({ kind: 'file', fileName: 'colleague.ccgm' });
    expect(origins).toEqual([['From a colleague', { kind: 'file', fileName: 'colleague.ccgm' }]]);
    expect(e.canUndo()).toBe(false);
  });

  it('with a library, a file whose id is saved is left for the caller to ask about; nothing opens', async () => {
    const e = opened();
    const calls: string[] = [];
    e.attachLibrary(library(e, 'ws-saved', calls));
    const before = e.workspace;

    const { plan, opened: result } = await e.import(
      fileOf(everyFieldWorkspace('ws-saved', 'Their copy')),
    );

    expect(plan).toMatchObject({ kind: 'valid', conflict: { name: 'The saved one' } });
    expect(result).toBeUndefined();
    expect(calls).toEqual([]);
    expect(e.workspace).toBe(before);
  });

  it('keep both adds a copy marked (imported) to the library; replace asks the library to replace, keeping a labelled version', async () => {
    const e = opened();
    const calls: string[] = [];
    e.attachLibrary(library(e, 'ws-saved', calls));
    e.ui.getState().libraryScreen.show();
    const plan = await e.planImport(fileOf(everyFieldWorkspace('ws-saved', 'Theirs'), 'new.ccgm'));
    if (plan.kind !== 'valid') throw new Error('expected a valid file');

    const copy = await e.importPlanned(plan, 'keep-both');
    expect(copy.id).toBe('ws-fresh');
    expect(e.workspace.name).toBe('Theirs (imported)');
    // The library screen closes on the workspace that came in.
    expect(e.ui.getState().libraryScreen.open).toBe(false);

    await e.importPlanned(plan, 'replace');
    expect(e.workspace.id).toBe('ws-saved');
    expect(calls).toEqual([
      'add ws-saved Theirs (imported)',
      'replace ws-saved Before replacing with “new.ccgm”',
    ]);
  });
});
