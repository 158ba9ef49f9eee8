import { useEffect } from 'react';
import { useLibraryScreen } from '../state/libraryStore';
import { currentHandlers } from './commandHandlers';
import { focusScope } from './focusScope';
import { matchesKey, type KeyPress } from './keys';
import {
  COMMANDS,
  commandForMenu,
  type Command,
  type CommandContext,
  type Reach,
} from './registry';

/**
 * The app's one keydown listener on the window. A key press goes, in this order, to:
 * 1. the topmost open modal, for Esc pressed outside it (focus left behind after a drop);
 * 2. a drag, marquee or connect gesture in progress, for Esc (puts things back, nothing else);
 * 3. workshop mode's keys, while presenting;
 * 4. the editor's commands (see registry), by where focus is.
 * It listens in the bubble phase, so an element that handles a key itself (Enter on a card,
 * arrows in the minimap, Esc in a dialog) marks it handled and the editor leaves it alone.
 */

interface EscapeTarget {
  readonly close: () => void;
  /** Whether a key press at this target is inside the modal (its own handlers decide there). */
  readonly contains: (target: EventTarget | null) => boolean;
}

/** The open modals, the topmost last. */
const modals: EscapeTarget[] = [];
/** The Esc of the gestures in progress (at most one, in practice); true when it cancelled something. */
const gestures: (() => boolean)[] = [];
let users = 0;

const TEXT_CONTROLS = 'input, select, textarea';

function reaches(reach: Reach, target: EventTarget | null, key: string): boolean {
  if (reach === 'anywhere') return true;
  if (reach === 'notControl') {
    if (target instanceof Element && target.matches(TEXT_CONTROLS)) return false;
    // A focused button keeps Space and Enter (it is being pressed).
    return !(target instanceof HTMLButtonElement && (key === ' ' || key === 'Enter'));
  }
  const scope = focusScope(target);
  switch (reach) {
    case 'notText':
      return scope !== 'text';
    case 'editing':
      return scope === 'canvas' || scope === 'toolbar';
    case 'canvas':
      return scope === 'canvas';
    case 'page':
      if (scope === 'text' && !(target instanceof HTMLSelectElement)) return false;
      return !(target instanceof Element && target.closest('[role="dialog"]'));
  }
}

/** A key press and where focus was. */
export interface TargetedPress extends KeyPress {
  readonly target: EventTarget | null;
}

function matches(c: Command, press: TargetedPress): boolean {
  const keys = c.alsoKeys ? [...c.keys, ...c.alsoKeys] : c.keys;
  return keys.some(
    (k) => matchesKey(k, press) && reaches(c.keyReach?.[k] ?? c.reach, press.target, press.key),
  );
}

/**
 * The commands a key press may run, in the order they are tried: its keys match and focus is
 * within its reach; workshop commands only while `presenting`.
 */
export function commandsFor(press: TargetedPress, presenting = false): readonly Command[] {
  return COMMANDS.filter((c) => (presenting || c.layer !== 'workshop') && matches(c, press));
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.isComposing) return;
  if (event.key === 'Escape') {
    const top = modals[modals.length - 1];
    if (top && !top.contains(event.target)) {
      event.preventDefault();
      top.close();
      return;
    }
    if (gestures.some((cancel) => cancel())) {
      event.preventDefault();
      return;
    }
  }
  const handlers = currentHandlers();
  // Workshop mode provides its slide keys while it shows.
  const presenting = handlers.stepSlide !== undefined;
  const library = useLibraryScreen.getState().open;
  const ctx: CommandContext = {
    handlers,
    press: { key: event.key, shiftKey: event.shiftKey, target: event.target },
  };
  for (const c of commandsFor(event, presenting)) {
    // Workshop keys come first even when an element has handled them (Space on a focused card).
    if (c.layer === 'editor' && event.defaultPrevented) return;
    if (
      (library && c.heldIn?.includes('library')) ||
      (presenting && c.heldIn?.includes('workshop'))
    ) {
      event.preventDefault();
      return;
    }
    if (!c.enabled(ctx)) continue;
    if (c.run(ctx) !== false) {
      event.preventDefault();
      return;
    }
  }
}

/** Keeps the listener on the window while anything uses it; returns the release. */
export function retainKeyDispatcher(): () => void {
  if (users++ === 0) window.addEventListener('keydown', onKeyDown);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--users === 0) window.removeEventListener('keydown', onKeyDown);
  };
}

/** Puts a modal on top of the Esc stack; returns its removal. */
export function pushModalEscape(modal: EscapeTarget): () => void {
  modals.push(modal);
  const release = retainKeyDispatcher();
  return () => {
    const at = modals.indexOf(modal);
    if (at >= 0) modals.splice(at, 1);
    release();
  };
}

/**
 * While a pointer gesture is under way, Esc goes to it first; `onEscape` says whether it
 * cancelled something (a press that has not yet become a drag has nothing to cancel, and the
 * editor's Esc then clears the selection). Returns the removal.
 */
export function addGestureEscape(onEscape: () => boolean): () => void {
  gestures.push(onEscape);
  const release = retainKeyDispatcher();
  return () => {
    const at = gestures.indexOf(onEscape);
    if (at >= 0) gestures.splice(at, 1);
    release();
  };
}

/** Runs a command from a menu or button; false when it is disabled or did nothing. */
export function runCommand(c: Command): boolean {
  const ctx: CommandContext = { handlers: currentHandlers() };
  return c.enabled(ctx) && c.run(ctx) !== false;
}

/** Routes the native menu's commands (ids shared with the main process) to the registry; unknown ids are ignored. */
export function runMenuCommand(menuId: string): void {
  const c = commandForMenu(menuId);
  if (c) runCommand(c);
}

/** Keeps the key dispatcher listening while the app is mounted. */
export function useKeyDispatcher(): void {
  useEffect(() => retainKeyDispatcher(), []);
}
