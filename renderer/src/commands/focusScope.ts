/**
 * Where the keyboard focus is, which decides which shortcuts apply: in a text field none (it
 * keeps its own undo, select-all, arrows); on the canvas (or nowhere) all; on the editing
 * toolbar all but the arrows; anywhere else (side panel, matrix, a dialog) only undo, redo and help.
 */
export type FocusScope = 'text' | 'canvas' | 'toolbar' | 'other';

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'number',
  'tel',
  'url',
  'password',
  'date',
  'month',
  'week',
  'time',
  'datetime-local',
]);

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
