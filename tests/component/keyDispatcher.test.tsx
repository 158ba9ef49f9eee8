// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Node, Slide, Workspace } from '../../shared/model/workspace';
import { App } from '../../renderer/src/App';
import { HELP_COMMAND_IDS, helpGroups } from '../../renderer/src/commands/helpRows';
import { keyLabel } from '../../renderer/src/commands/keys';
import { runCommand } from '../../renderer/src/commands/keyDispatcher';
import { COMMANDS, command } from '../../renderer/src/commands/registry';
import { ShortcutsHelp } from '../../renderer/src/keyboard/ShortcutsHelp';
import { useDocumentStore } from '../../renderer/src/state/documentStore';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { useUiStore } from '../../renderer/src/state/uiStore';
import { useWorkshopStore } from '../../renderer/src/state/workshopStore';
import { workspaceOf } from './fixtures';

// One key dispatcher for the whole window: one keydown listener whatever is showing, keys in a
// text field left to the field, and the help, toolbar and menus saying what the registry does.

const nodes: Node[] = [
  {
    kind: 'ccg',
    id: 'ccg-a',
    name: 'Ashby CCG',
    population: 120_000,
    federated: false,
    x: 0,
    y: 0,
  },
  {
    kind: 'ccg',
    id: 'ccg-b',
    name: 'Barford CCG',
    population: 150_000,
    federated: false,
    x: 400,
    y: 0,
  },
];

function workspaceWithSlides(): Workspace {
  const base = workspaceOf(nodes);
  const slide = (id: string, title: string): Slide => ({
    id,
    title,
    scenarioId: 's1',
    camera: { x: 100, y: 50, k: 1 },
  });
  return { ...base, slides: [slide('a', 'Opening'), slide('b', 'The alternative')] };
}

const doc = () => useDocumentStore.getState().workspace;
const node = (id: string) => doc().scenarios[0]?.nodes.find((n) => n.id === id);
const press = (target: Element | Document | Window, key: string, init: KeyboardEventInit = {}) =>
  fireEvent.keyDown(target, { key, ...init });
function pointer(type: string, target: EventTarget, x: number, y: number): void {
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      cancelable: true,
      clientX: x,
      clientY: y,
      pointerId: 1,
      button: 0,
    }),
  );
}

beforeEach(() => {
  act(() => {
    void appEditor().open(workspaceWithSlides(), { kind: 'file', fileName: 'test.ccgm' });
    useUiStore.getState().setShortcutsHelpOpen(false);
    useWorkshopStore.getState().leave();
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the key dispatcher', { timeout: 30_000 }, () => {
  it('is the one keydown listener on the window: in the editor, during a drag, in a dialog and in workshop mode', async () => {
    // Listeners on the window for keydown now, each as (function, capture).
    const listening = new Set<string>();
    const add = window.addEventListener.bind(window);
    const remove = window.removeEventListener.bind(window);
    const numbers = new Map<unknown, number>();
    const id = (listener: unknown, options?: boolean | EventListenerOptions): string => {
      if (!numbers.has(listener)) numbers.set(listener, numbers.size);
      const capture = typeof options === 'boolean' ? options : (options?.capture ?? false);
      return `${numbers.get(listener)}:${capture}`;
    };
    vi.spyOn(window, 'addEventListener').mockImplementation((type, listener, options) => {
      if (type === 'keydown') listening.add(id(listener, options));
      add(type, listener, options);
    });
    vi.spyOn(window, 'removeEventListener').mockImplementation((type, listener, options) => {
      if (type === 'keydown') listening.delete(id(listener, options));
      remove(type, listener, options);
    });

    render(<App />);
    expect(listening.size).toBe(1);

    // A drag under way: Esc puts the card back (and the drop that follows changes nothing).
    const card = document.querySelector('[data-node-id="ccg-b"] .card-frame') as Element;
    const before = node('ccg-b');
    pointer('pointerdown', card, 420, 20);
    pointer('pointermove', window, 480, 60);
    pointer('pointermove', window, 560, 120);
    expect(listening.size).toBe(1);
    press(card, 'Escape');
    pointer('pointerup', window, 560, 120);
    expect(node('ccg-b')).toEqual(before);
    expect(listening.size).toBe(1);

    // A modal: Alt+Shift+A opens the assumptions; Esc from the page behind closes it.
    press(document.body, 'A', { code: 'KeyA', altKey: true, shiftKey: true });
    expect(screen.getByRole('dialog', { name: /Assumptions/ })).toBeTruthy();
    expect(listening.size).toBe(1);
    act(() => (document.activeElement as HTMLElement | null)?.blur());
    press(document.body, 'Escape');
    expect(screen.queryByRole('dialog', { name: /Assumptions/ })).toBeNull();

    // Workshop mode: F5 presents, → steps, Esc leaves.
    press(document.body, 'F5');
    expect(useWorkshopStore.getState().active).toBe(true);
    // Workshop mode loads on first use: its slide keys work once it is on screen.
    await screen.findByTestId('slide-position');
    expect(listening.size).toBe(1);
    press(document.body, 'ArrowRight');
    expect(screen.getByTestId('slide-position').textContent).toBe('2 of 2');
    press(document.body, 'Escape');
    expect(useWorkshopStore.getState().active).toBe(false);
    expect(listening.size).toBe(1);

    cleanup();
    expect(listening.size).toBe(0);
  });

  it('never runs a command on a key typed in a text field', () => {
    render(<App />);
    act(() => {
      useUiStore.getState().select('ccg-a');
      runCommand(command('duplicate'));
    });
    const edited = doc();
    const selected = useUiStore.getState().selectedIds;
    // The scenario's rename field (Alt+Shift+R), a plain text field.
    press(document.body, 'R', { code: 'KeyR', altKey: true, shiftKey: true });
    const field = screen.getByRole('textbox', { name: /scenario/i });
    const keys: [string, KeyboardEventInit?][] = [
      ['Delete'],
      ['Backspace'],
      ['z', { ctrlKey: true }],
      ['y', { ctrlKey: true }],
      ['a', { ctrlKey: true }],
      ['d', { ctrlKey: true }],
      ['c', { ctrlKey: true }],
      ['v', { ctrlKey: true }],
      ['?', { shiftKey: true }],
      ['0'],
      ['+'],
      ['-'],
      ['ArrowLeft'],
      ['ArrowLeft', { shiftKey: true }],
      ['N', { code: 'KeyN', altKey: true, shiftKey: true }],
      ['B', { code: 'KeyB', altKey: true, shiftKey: true }],
      ['y', { code: 'KeyY', altKey: true }],
      ['ArrowRight', { code: 'ArrowRight', altKey: true, shiftKey: true }],
    ];
    for (const [key, init] of keys) {
      // Not cancelled: the field does with the key what a text field does.
      expect(press(field, key, init), key).toBe(true);
    }
    expect(doc()).toBe(edited);
    expect(useUiStore.getState().selectedIds).toEqual(selected);
    expect(useUiStore.getState().shortcutsHelpOpen).toBe(false);
    expect(useWorkshopStore.getState().active).toBe(false);
    expect(useUiStore.getState().yearId).toBeNull();
  });
});

describe('what the registry says, everywhere it is said', () => {
  it('the shortcuts help lists each command’s keys from the registry, and every command with a help text', () => {
    act(() => useUiStore.getState().setShortcutsHelpOpen(true));
    render(<ShortcutsHelp />);
    const shown = [...document.querySelectorAll('.shortcuts-table tr')].map((tr) => ({
      keys: [...tr.querySelectorAll('kbd')].map((k) => k.textContent),
      does: tr.querySelector('td')?.textContent,
    }));
    expect(shown).toEqual(
      helpGroups(false).flatMap((g) => g.rows.map((r) => ({ keys: [...r.keys], does: r.does }))),
    );
    const withHelp = COMMANDS.filter((c) => c.help);
    expect([...HELP_COMMAND_IDS].sort()).toEqual(withHelp.map((c) => c.id).sort());
    for (const c of withHelp) {
      const row = shown.find((r) => r.does === c.help?.does);
      const keys = c.help?.keysText ? [c.help.keysText] : c.keys.map((k) => keyLabel(k, false));
      expect(row?.keys, c.id).toEqual(expect.arrayContaining(keys));
    }
    // Worked by hand: redo is Ctrl+Shift+Z or Ctrl+Y; the scenario moves share a row.
    expect(shown).toContainEqual({ keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], does: 'Redo' });
    expect(shown).toContainEqual({
      keys: ['Alt+Shift+←', 'Alt+Shift+→'],
      does: 'Move the scenario earlier, later in the list',
    });
  });

  it('the toolbar, the Scenario menu and Present announce the registry’s keys', () => {
    render(<App />);
    const toolbar = screen.getByRole('toolbar', { name: 'Edit' });
    const redo = within(toolbar).getByRole('button', { name: 'Redo' });
    expect(redo.getAttribute('title')).toBe('Redo (Ctrl+Shift+Z or Ctrl+Y)');
    expect(redo.getAttribute('aria-keyshortcuts')).toBe('Control+Shift+Z Control+Y');
    expect(screen.getByRole('button', { name: /Present/ }).getAttribute('aria-keyshortcuts')).toBe(
      'F5 Control+Enter',
    );
    fireEvent.click(screen.getByRole('button', { name: /^Scenario/ }));
    const earlier = screen.getByRole('menuitem', { name: /Move scenario earlier/ });
    expect(earlier.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+ArrowLeft');
    expect(earlier.textContent).toContain('Alt+Shift+←');
  });
});
