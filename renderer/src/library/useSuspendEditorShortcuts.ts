import { useEffect } from 'react';
import { focusScope, matchShortcut, type ShortcutAction } from '../keyboard/matchShortcut';

/** Editor shortcuts that would change the (hidden) document or its selection. */
const DOCUMENT_ACTIONS: ReadonlySet<ShortcutAction['type']> = new Set(['undo', 'redo', 'delete', 'duplicate', 'copy', 'paste', 'selectAll', 'help']);

/**
 * While the library covers the editor, the editor's window-wide shortcuts must not act on the
 * document nobody can see (Ctrl+A then Delete would empty it). A capture listener marks such key
 * presses handled before the editor's listener sees them; text fields keep their own keys.
 */
export function useSuspendEditorShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const action = matchShortcut(event, focusScope(event.target));
      if (action && DOCUMENT_ACTIONS.has(action.type)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
