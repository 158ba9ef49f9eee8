import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useEditor } from '../editor/EditorContext';
import { useUiStore } from '../state/uiStore';
import { helpGroups } from '../commands/helpRows';

/**
 * The "Keyboard shortcuts" popover: every shortcut of the command registry, and the canvas's
 * pointer gestures (press ? or use the toolbar's button).
 * Takes focus when it opens and gives it back when it closes; Esc or the Close button closes it.
 */
export function ShortcutsHelp() {
  const open = useUiStore((s) => s.shortcutsHelpOpen);
  const editor = useEditor();
  const ref = useRef<HTMLDivElement>(null);
  const returnTo = useRef<Element | null>(null);

  useEffect(() => {
    if (!open) return;
    returnTo.current = document.activeElement;
    // preventScroll: the app's frame must not scroll to show a popover that reaches below it.
    ref.current?.focus({ preventScroll: true });
    return () => {
      const back = returnTo.current;
      if (back instanceof HTMLElement || back instanceof SVGElement)
        back.focus({ preventScroll: true });
    };
  }, [open]);

  if (!open) return null;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      editor.showShortcutsHelp(false);
    }
  };
  return (
    <div
      ref={ref}
      className="shortcuts-help"
      role="dialog"
      aria-modal="false"
      aria-labelledby="shortcuts-help-title"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className="shortcuts-help-head">
        <h2 id="shortcuts-help-title">Keyboard shortcuts</h2>
        <button
          type="button"
          className="text-button"
          onClick={() => editor.showShortcutsHelp(false)}
        >
          Close
        </button>
      </div>
      <div className="shortcuts-help-body">
        {helpGroups().map((group) => (
          <table key={group.group} className="shortcuts-table">
            <caption>{group.group}</caption>
            <tbody>
              {group.rows.map((row) => (
                <tr key={row.does}>
                  <th scope="row">
                    {row.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && <span className="muted"> or </span>}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </th>
                  <td>{row.does}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </div>
  );
}
