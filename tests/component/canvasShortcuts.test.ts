// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { focusScope, matchShortcut, type FocusScope, type KeyInput } from '../../renderer/src/keyboard/matchShortcut';
import { shortcutTable } from '../../renderer/src/keyboard/shortcutTable';

function key(k: string, mods: Partial<Omit<KeyInput, 'key'>> = {}): KeyInput {
  return { key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('matchShortcut', () => {
  it('maps the editing keys on the canvas to their actions', () => {
    const on = (k: KeyInput) => matchShortcut(k, 'canvas');
    expect(on(key('Delete'))).toEqual({ type: 'delete' });
    expect(on(key('Backspace'))).toEqual({ type: 'delete' });
    expect(on(key('z', { ctrlKey: true }))).toEqual({ type: 'undo' });
    expect(on(key('z', { metaKey: true }))).toEqual({ type: 'undo' });
    expect(on(key('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ type: 'redo' });
    expect(on(key('y', { ctrlKey: true }))).toEqual({ type: 'redo' });
    expect(on(key('d', { ctrlKey: true }))).toEqual({ type: 'duplicate' });
    expect(on(key('c', { metaKey: true }))).toEqual({ type: 'copy' });
    expect(on(key('v', { ctrlKey: true }))).toEqual({ type: 'paste' });
    expect(on(key('a', { ctrlKey: true }))).toEqual({ type: 'selectAll' });
    expect(on(key('Escape'))).toEqual({ type: 'escape' });
    expect(on(key('+'))).toEqual({ type: 'zoomIn' });
    expect(on(key('='))).toEqual({ type: 'zoomIn' });
    expect(on(key('-'))).toEqual({ type: 'zoomOut' });
    expect(on(key('0'))).toEqual({ type: 'zoomToFit' });
    expect(on(key('?', { shiftKey: true }))).toEqual({ type: 'help' });
  });

  it('nudges by 1 unit, or 10 with Shift', () => {
    expect(matchShortcut(key('ArrowLeft'), 'canvas')).toEqual({ type: 'arrow', dx: -1, dy: 0 });
    expect(matchShortcut(key('ArrowDown', { shiftKey: true }), 'canvas')).toEqual({ type: 'arrow', dx: 0, dy: 10 });
    expect(matchShortcut(key('ArrowUp', { shiftKey: true }), 'canvas')).toEqual({ type: 'arrow', dx: 0, dy: -10 });
  });

  it('leaves text fields their own keys, and the browser its zoom and other shortcuts', () => {
    for (const k of [key('Delete'), key('z', { ctrlKey: true }), key('a', { ctrlKey: true }), key('ArrowLeft'), key('?')]) {
      expect(matchShortcut(k, 'text')).toBeNull();
    }
    expect(matchShortcut(key('0', { ctrlKey: true }), 'canvas')).toBeNull();
    expect(matchShortcut(key('=', { ctrlKey: true }), 'canvas')).toBeNull();
    expect(matchShortcut(key('r', { ctrlKey: true }), 'canvas')).toBeNull();
    expect(matchShortcut(key('x'), 'canvas')).toBeNull();
  });

  it('outside the canvas (side panel, matrix) only undo, redo and help apply', () => {
    const scope: FocusScope = 'other';
    expect(matchShortcut(key('z', { ctrlKey: true }), scope)).toEqual({ type: 'undo' });
    expect(matchShortcut(key('y', { ctrlKey: true }), scope)).toEqual({ type: 'redo' });
    expect(matchShortcut(key('?'), scope)).toEqual({ type: 'help' });
    expect(matchShortcut(key('Delete'), scope)).toBeNull();
    expect(matchShortcut(key('ArrowLeft'), scope)).toBeNull();
    expect(matchShortcut(key('a', { ctrlKey: true }), scope)).toBeNull();
    // On the toolbar: editing keys yes, arrows no (they would surprise someone on a button).
    expect(matchShortcut(key('Delete'), 'toolbar')).toEqual({ type: 'delete' });
    expect(matchShortcut(key('ArrowLeft'), 'toolbar')).toBeNull();
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

describe('shortcutTable', () => {
  it('lists every shortcut the issue asks for, with the platform’s modifier', () => {
    const text = JSON.stringify(shortcutTable('Ctrl'));
    for (const k of ['Ctrl+Z', 'Ctrl+Shift+Z', 'Ctrl+Y', 'Delete', 'Ctrl+D', 'Ctrl+C', 'Ctrl+V', 'Ctrl+A', 'Esc', 'Arrow keys', 'Tab', 'Enter', '+', '−', '0', '?', 'Shift+drag']) {
      expect(text).toContain(`"${k}"`);
    }
    expect(JSON.stringify(shortcutTable('⌘'))).toContain('"⌘+Z"');
  });
});
