import { useEffect } from 'react';
import { focusScope } from '../keyboard/matchShortcut';
import { enterWorkshop } from './presenter';

/**
 * F5 (as in presentation software) or Ctrl+Enter (⌘+Enter on a Mac) starts workshop mode at the
 * first slide, while `enabled` (the editor is showing). Text fields keep Ctrl+Enter.
 */
export function usePresentShortcut(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.shiftKey) return;
      const mod = event.ctrlKey || event.metaKey;
      const f5 = event.key === 'F5' && !mod;
      const modEnter = event.key === 'Enter' && mod && focusScope(event.target) !== 'text';
      if (!f5 && !modEnter) return;
      // F5 would otherwise reload the page (and, in a browser, drop unsaved work).
      event.preventDefault();
      enterWorkshop(0);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
