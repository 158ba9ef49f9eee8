// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { focusScope } from '../../renderer/src/commands/focusScope';
import { helpGroups } from '../../renderer/src/commands/helpRows';
import { commandsFor } from '../../renderer/src/commands/keyDispatcher';
import type { KeyPress } from '../../renderer/src/commands/keys';

type Where = 'canvas' | 'text' | 'toolbar' | 'other';

function key(k: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods };
}

/** An element with focus in each place the shortcuts tell apart. */
function focusIn(where: Where): EventTarget {
  document.body.innerHTML = `
    <section class="canvas"><svg><g tabindex="0" id="canvas"></g></svg></section>
    <div data-editor-toolbar><button id="toolbar">Undo</button></div>
    <aside><input id="text" type="text"><button id="other">x</button></aside>`;
  return document.getElementById(where) as HTMLElement;
}

/** The editor command a key press runs with focus there (the first one tried), or null. */
function commandAt(press: KeyPress, where: Where): string | null {
  return commandsFor({ ...press, target: focusIn(where) })[0]?.id ?? null;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("the key dispatcher's commands", () => {
  it('maps the editing keys on the canvas to their commands', () => {
    const on = (k: KeyPress) => commandAt(k, 'canvas');
    expect(on(key('Delete'))).toBe('delete');
    expect(on(key('Backspace'))).toBe('delete');
    expect(on(key('z', { ctrlKey: true }))).toBe('undo');
    expect(on(key('z', { metaKey: true }))).toBe('undo');
    expect(on(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(on(key('y', { ctrlKey: true }))).toBe('redo');
    expect(on(key('d', { ctrlKey: true }))).toBe('duplicate');
    expect(on(key('c', { metaKey: true }))).toBe('copy');
    expect(on(key('v', { ctrlKey: true }))).toBe('paste');
    expect(on(key('a', { ctrlKey: true }))).toBe('select-all');
    expect(on(key('Escape'))).toBe('escape');
    expect(on(key('+'))).toBe('zoom-in');
    expect(on(key('='))).toBe('zoom-in');
    expect(on(key('-'))).toBe('zoom-out');
    expect(on(key('0'))).toBe('zoom-to-fit');
    expect(on(key('?', { shiftKey: true }))).toBe('shortcuts-help');
  });

  it('nudges with the arrows, with or without Shift (which makes the step 10)', () => {
    expect(commandAt(key('ArrowLeft'), 'canvas')).toBe('nudge');
    expect(commandAt(key('ArrowDown', { shiftKey: true }), 'canvas')).toBe('nudge');
    expect(commandAt(key('ArrowUp', { shiftKey: true }), 'canvas')).toBe('nudge');
  });

  it('leaves text fields their own keys, and the browser its zoom and other shortcuts', () => {
    for (const k of [
      key('Delete'),
      key('z', { ctrlKey: true }),
      key('a', { ctrlKey: true }),
      key('ArrowLeft'),
      key('?'),
    ]) {
      expect(commandAt(k, 'text')).toBeNull();
    }
    expect(commandAt(key('0', { ctrlKey: true }), 'canvas')).toBeNull();
    expect(commandAt(key('=', { ctrlKey: true }), 'canvas')).toBeNull();
    expect(commandAt(key('r', { ctrlKey: true }), 'canvas')).toBeNull();
    expect(commandAt(key('x'), 'canvas')).toBeNull();
    expect(commandAt(key('d', { ctrlKey: true, shiftKey: true }), 'canvas')).toBeNull();
    expect(commandAt(key('y', { ctrlKey: true, shiftKey: true }), 'canvas')).toBeNull();
  });

  it('outside the canvas (side panel, matrix) only undo, redo and help apply', () => {
    expect(commandAt(key('z', { ctrlKey: true }), 'other')).toBe('undo');
    expect(commandAt(key('y', { ctrlKey: true }), 'other')).toBe('redo');
    expect(commandAt(key('?'), 'other')).toBe('shortcuts-help');
    expect(commandAt(key('Delete'), 'other')).toBeNull();
    expect(commandAt(key('ArrowLeft'), 'other')).toBeNull();
    expect(commandAt(key('a', { ctrlKey: true }), 'other')).toBeNull();
    // On the toolbar: editing keys yes, arrows no (they would surprise someone on a button).
    expect(commandAt(key('Delete'), 'toolbar')).toBe('delete');
    expect(commandAt(key('ArrowLeft'), 'toolbar')).toBeNull();
  });

  it('matches Alt+letter by the physical key, since on a Mac Alt+Y types "¥"', () => {
    expect(commandAt({ ...key('¥', { altKey: true }), code: 'KeyY' }, 'other')).toBe('next-year');
    expect(
      commandAt({ ...key('Á', { altKey: true, shiftKey: true }), code: 'KeyY' }, 'other'),
    ).toBe('previous-year');
    expect(
      commandAt({ ...key('n', { altKey: true, shiftKey: true }), code: 'KeyN' }, 'canvas'),
    ).toBe('new-scenario');
    expect(
      commandAt({ ...key('n', { altKey: true, shiftKey: true }), code: 'KeyN' }, 'text'),
    ).toBeNull();
  });

  it('F5 presents even from a text field; Ctrl+Enter leaves text fields their own', () => {
    expect(commandAt(key('F5'), 'text')).toBe('present');
    expect(commandAt(key('Enter', { ctrlKey: true }), 'text')).toBeNull();
    expect(commandAt(key('Enter', { ctrlKey: true }), 'other')).toBe('present');
    expect(commandAt(key('F5', { shiftKey: true }), 'other')).toBeNull();
  });

  it("while presenting, the slide keys come before the editor's", () => {
    const at = (press: KeyPress) =>
      commandsFor({ ...press, target: focusIn('canvas') }, true).map((c) => c.id);
    expect(at(key('ArrowRight'))).toEqual(['next-slide', 'nudge']);
    expect(at(key(' '))).toEqual(['next-slide']);
    expect(at(key('Escape'))).toEqual(['leave-workshop', 'escape']);
    expect(at(key('n'))).toEqual(['presenter-view']);
    expect(at(key('N', { shiftKey: true }))).toEqual([]);
    // A slider keeps its arrows, but Esc still leaves.
    const slider = document.createElement('input');
    slider.type = 'range';
    document.body.append(slider);
    expect(commandsFor({ ...key('ArrowRight'), target: slider }, true)).toEqual([]);
    expect(commandsFor({ ...key('Escape'), target: slider }, true).map((c) => c.id)).toEqual([
      'leave-workshop',
    ]);
  });
});

describe('focusScope', () => {
  it('tells text fields, the canvas, the toolbar and elsewhere apart', () => {
    document.body.innerHTML = `
      <section class="canvas"><svg><g tabindex="0" id="card"></g></svg></section>
      <div data-editor-toolbar><button id="undo">Undo</button></div>
      <aside><input id="name" type="text"><input id="flag" type="checkbox"><select id="pick"></select><textarea id="notes"></textarea><button id="other">x</button></aside>`;
    const el = (id: string) => document.getElementById(id);
    expect(focusScope(el('card'))).toBe('canvas');
    expect(focusScope(document.body)).toBe('canvas');
    expect(focusScope(null)).toBe('canvas');
    expect(focusScope(el('undo'))).toBe('toolbar');
    expect(focusScope(el('name'))).toBe('text');
    expect(focusScope(el('pick'))).toBe('text');
    expect(focusScope(el('notes'))).toBe('text');
    expect(focusScope(el('flag'))).toBe('other');
    expect(focusScope(el('other'))).toBe('other');
  });
});

describe('helpGroups', () => {
  it('lists every shortcut the issue asks for, with the platform’s modifier', () => {
    const text = JSON.stringify(helpGroups(false));
    for (const k of [
      'Ctrl+Z',
      'Ctrl+Shift+Z',
      'Ctrl+Y',
      'Delete',
      'Ctrl+D',
      'Ctrl+C',
      'Ctrl+V',
      'Ctrl+A',
      'Esc',
      'Arrow keys',
      'Tab',
      'Enter',
      '+',
      '−',
      '0',
      '?',
      'Shift+drag',
    ]) {
      expect(text).toContain(`"${k}"`);
    }
    expect(JSON.stringify(helpGroups(true))).toContain('"⌘+Z"');
  });
});
