import { useEffect } from 'react';
import { useEditor } from '../editor/EditorContext';
import { useUiStore } from '../state/uiStore';

/** How long information (not a refusal) stays up. */
const INFO_MS = 5000;

/**
 * What the last edit did or why it was refused, in a polite live region (screen readers hear
 * it; it never takes focus). A refusal stays until dismissed or the next edit; information fades.
 * Refusals carry a "!" and the word "Not done" besides their colour.
 */
export function EditNotice() {
  const notice = useUiStore((s) => s.notice);
  const editor = useEditor();
  useEffect(() => {
    if (!notice || notice.kind !== 'info') return;
    const timer = setTimeout(() => {
      if (editor.ui.getState().notice?.seq === notice.seq) editor.clearNotice();
    }, INFO_MS);
    return () => clearTimeout(timer);
  }, [notice, editor]);

  return (
    <div
      className="edit-notice-region"
      aria-live="polite"
      aria-atomic="true"
      data-testid="edit-notice"
    >
      {notice && (
        <div className={`edit-notice is-${notice.kind}`}>
          {notice.kind === 'refused' && (
            <span className="edit-notice-icon" aria-hidden="true">
              !
            </span>
          )}
          <span>
            {notice.kind === 'refused' ? <strong>Not done: </strong> : null}
            {notice.text}
          </span>
          <button
            type="button"
            className="edit-notice-close"
            onClick={() => editor.clearNotice()}
            aria-label="Dismiss message"
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
