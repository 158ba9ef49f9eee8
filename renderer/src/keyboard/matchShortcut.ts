/** What a key press asks the editor to do. */
export type ShortcutAction =
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'delete' }
  | { readonly type: 'duplicate' }
  | { readonly type: 'copy' }
  | { readonly type: 'paste' }
  | { readonly type: 'selectAll' }
  | { readonly type: 'escape' }
  /** Moves the selection by (dx, dy) canvas units, or pans when nothing is selected. */
  | { readonly type: 'arrow'; readonly dx: number; readonly dy: number }
  | { readonly type: 'zoomIn' }
  | { readonly type: 'zoomOut' }
  | { readonly type: 'zoomToFit' }
  | { readonly type: 'help' };

/**
 * Where the keyboard focus is, which decides which shortcuts apply: in a text field none (it
 * keeps its own undo, select-all, arrows); on the canvas (or nowhere) all; on the editing
 * toolbar all but the arrows; anywhere else (side panel, matrix) only undo, redo and help.
 */
export type FocusScope = 'text' | 'canvas' | 'toolbar' | 'other';

export interface KeyInput {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

const NUDGE = 1;
const NUDGE_SHIFT = 10;

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'number', 'tel', 'url', 'password', 'date', 'month', 'week', 'time', 'datetime-local']);

/** The scope of a key press, from the element that has focus. */
export function focusScope(target: EventTarget | null): FocusScope {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return 'canvas';
  if (target === document.body || target === document.documentElement) return 'canvas';
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return 'text';
  if (target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type)) return 'text';
  if (target instanceof HTMLElement && target.isContentEditable) return 'text';
  if (target.closest('[role="dialog"]')) return 'other';
  if (target.closest('.canvas')) return 'canvas';
  if (target.closest('[data-editor-toolbar]')) return 'toolbar';
  return 'other';
}

/** The action a key press asks for in this scope, or null to leave it to the browser. */
export function matchShortcut(e: KeyInput, scope: FocusScope): ShortcutAction | null {
  if (scope === 'text') return null;
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const editing = scope === 'canvas' || scope === 'toolbar';

  if (mod && !e.altKey) {
    if (key === 'z') return e.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y' && !e.shiftKey) return { type: 'redo' };
    if (!editing || e.shiftKey) return null;
    if (key === 'd') return { type: 'duplicate' };
    if (key === 'c') return { type: 'copy' };
    if (key === 'v') return { type: 'paste' };
    if (key === 'a') return { type: 'selectAll' };
    return null;
  }
  if (mod || e.altKey) return null;
  if (key === '?') return { type: 'help' };
  if (!editing) return null;
  switch (key) {
    case 'Delete': case 'Backspace': return { type: 'delete' };
    case 'Escape': return { type: 'escape' };
    case '+': case '=': return { type: 'zoomIn' };
    case '-': case '_': case '−': return { type: 'zoomOut' };
    case '0': return { type: 'zoomToFit' };
  }
  if (scope !== 'canvas') return null;
  const step = e.shiftKey ? NUDGE_SHIFT : NUDGE;
  switch (key) {
    case 'ArrowLeft': return { type: 'arrow', dx: -step, dy: 0 };
    case 'ArrowRight': return { type: 'arrow', dx: step, dy: 0 };
    case 'ArrowUp': return { type: 'arrow', dx: 0, dy: -step };
    case 'ArrowDown': return { type: 'arrow', dx: 0, dy: step };
  }
  return null;
}
