import { useEffect } from 'react';
import { useEditor } from '../editor/EditorContext';
import { useToastStore, type Toast } from './toastStore';

/** How long a note stays before it fades (the fade itself is CSS, in the last half second). */
export const TOAST_MS = 8000;

function ToastView({ toast }: { readonly toast: Toast }) {
  const editor = useEditor();
  useEffect(() => {
    if (toast.sticky) return;
    const timer = setTimeout(() => editor.dismissToast(toast.id), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, editor]);
  return (
    <div
      className={toast.sticky ? 'toast' : 'toast is-fading'}
      style={toast.sticky ? undefined : { animationDuration: `${TOAST_MS}ms` }}
    >
      <span>{toast.text}</span>
      {toast.action && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            editor.dismissToast(toast.id);
            toast.action?.run();
          }}
          aria-label={toast.action.ariaLabel}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="toast-close"
        onClick={() => editor.dismissToast(toast.id)}
        aria-label="Dismiss message"
      >
        ×
      </button>
    </div>
  );
}

/**
 * The window's notes ("Saved as …", "Deleted scenario …"), stacked over the bottom of the
 * window: fixed in place, so a note never moves the canvas or anything else. One polite live
 * region announces each.
 */
export function Toasts() {
  const toasts = useToastStore((s) => s.shown);
  return (
    <div className="toast-stack" role="status" aria-live="polite">
      {toasts.map((t) => (
        <ToastView key={t.id} toast={t} />
      ))}
    </div>
  );
}
