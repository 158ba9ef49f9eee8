import { useLayoutEffect, useId, useRef, type KeyboardEvent } from 'react';

export interface ErrorDialogProps {
  readonly title: string;
  readonly intro: string;
  readonly errors: readonly string[];
  readonly onClose: () => void;
}

/**
 * A modal listing every problem found (e.g. each located validation error of a file that could
 * not be opened). Focus goes to Close and stays inside until it closes; Esc closes it.
 */
export function ErrorDialog({ title, intro, errors, onClose }: ErrorDialogProps) {
  const id = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  // Before the first paint, so a key pressed the moment the dialog shows reaches it.
  useLayoutEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => previous?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      // The only control is Close: keep focus on it rather than letting Tab leave the dialog.
      event.preventDefault();
      closeRef.current?.focus();
    }
  };
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-intro`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-intro`}>{intro}</p>
        <ol className="error-list">
          {errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ol>
        <div className="dialog-actions">
          <button ref={closeRef} type="button" className="primary-button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
