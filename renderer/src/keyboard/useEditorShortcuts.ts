import { useEffect } from 'react';
import { focusScope, matchShortcut } from './matchShortcut';
import { runShortcut } from './runShortcut';

/**
 * The editor's keyboard shortcuts, in one place (the table the help shows is shortcutTable).
 * Listens on the window, so they work wherever focus is in the app; what applies depends on
 * where focus is (see FocusScope): text fields keep their own keys. A key an element has already
 * handled (defaultPrevented: Enter on a card, arrows in the minimap) is left alone.
 */
export function useEditorShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = matchShortcut(event, focusScope(event.target));
      if (!action) return;
      const onCanvasItself = event.target instanceof Element && event.target.classList.contains('canvas-svg');
      if (runShortcut(action, onCanvasItself)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
