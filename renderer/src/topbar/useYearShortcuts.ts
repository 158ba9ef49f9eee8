import { useEffect, useRef } from 'react';
import { focusScope } from '../keyboard/matchShortcut';

/**
 * Alt+Y shows the next planning year, Alt+Shift+Y the previous one (Shift reverses, as with Tab).
 * Like the scenario shortcuts they apply wherever focus is except in a text field or a dialog,
 * and keys are matched by code, because on a Mac Alt+Y types "¥".
 */
export const YEAR_SHORTCUTS = { next: 'Alt+Y', previous: 'Alt+Shift+Y' } as const;

export function useYearShortcuts(onStep: (step: 1 | -1) => void): void {
  const latest = useRef(onStep);
  latest.current = onStep;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing || !event.altKey || event.ctrlKey || event.metaKey || event.code !== 'KeyY') return;
      // A select has no Alt+Y of its own, so the year picker itself can step the year.
      if (focusScope(event.target) === 'text' && !(event.target instanceof HTMLSelectElement)) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      event.preventDefault();
      latest.current(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
