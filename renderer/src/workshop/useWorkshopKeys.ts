import { useEffect } from 'react';
import { focusScope, matchShortcut, type ShortcutAction } from '../keyboard/matchShortcut';
import { slideStep, type SlideStep } from './slideStepping';

/** Editor shortcuts that must not act while presenting: they would change or move the selection. */
const SUSPENDED: ReadonlySet<ShortcutAction['type']> = new Set(['delete', 'duplicate', 'copy', 'paste', 'selectAll', 'arrow']);

function isControl(target: EventTarget | null, key: string): boolean {
  if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) return true;
  // A focused button keeps Space and Enter (it is being pressed).
  return target instanceof HTMLButtonElement && (key === ' ' || key === 'Enter');
}

/** The parts of workshop mode a letter shows or hides: N the presenter view, W the what-if bar, D the live canvas. */
export type WorkshopToggle = 'presenterView' | 'whatIfsHidden' | 'liveCanvas';
const TOGGLES: Readonly<Record<string, WorkshopToggle>> = { n: 'presenterView', w: 'whatIfsHidden', d: 'liveCanvas' };

/**
 * Workshop mode's keys, ahead of the editor's (a capture listener on the window): → PageDown
 * Space next, ← PageUp previous, Home End, Esc leaves; N, W and D show or hide the presenter view,
 * the what-if bar and the live canvas. A slider or menu keeps its own arrows.
 * Editor shortcuts that would delete, paste or nudge are held back while presenting.
 */
export function useWorkshopKeys(
  index: number, count: number, onStep: (step: NonNullable<SlideStep>) => void, onToggle: (part: WorkshopToggle) => void = () => {},
): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
      const step = plain && (event.key === 'Escape' || !isControl(event.target, event.key)) ? slideStep(event.key, index, count) : null;
      if (step) {
        event.preventDefault();
        event.stopPropagation();
        onStep(step);
        return;
      }
      const part = plain && !event.shiftKey && !isControl(event.target, event.key) ? TOGGLES[event.key.toLowerCase()] : undefined;
      if (part) {
        event.preventDefault();
        event.stopPropagation();
        onToggle(part);
        return;
      }
      const action = matchShortcut(event, focusScope(event.target));
      if (action && SUSPENDED.has(action.type)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [index, count, onStep, onToggle]);
}
