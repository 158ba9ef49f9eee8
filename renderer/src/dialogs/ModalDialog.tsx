import { useRef, type ReactNode, type RefObject } from 'react';
import { useModalFocus } from './useModalFocus';

export interface ModalDialogProps {
  /** Added to "dialog": the dialog's own styles. */
  readonly className: string;
  /** The id of the dialog's title, and of its introduction if it has one. */
  readonly labelledBy: string;
  readonly describedBy?: string;
  /** Esc, and the dialog's own Close or Cancel. */
  readonly onClose: () => void;
  /** For a dialog that moves focus within itself; else the dialog keeps its own. */
  readonly dialogRef?: RefObject<HTMLDivElement | null>;
  readonly children: ReactNode;
}

/**
 * A modal dialog over a backdrop: focus moves in on open (to the element marked data-autofocus,
 * else the dialog), stays inside on Tab, returns on close; Esc closes it (useModalFocus).
 */
export function ModalDialog({
  className,
  labelledBy,
  describedBy,
  onClose,
  dialogRef,
  children,
}: ModalDialogProps) {
  const ownRef = useRef<HTMLDivElement>(null);
  const ref = dialogRef ?? ownRef;
  const onKeyDown = useModalFocus(ref, onClose);
  return (
    <div className="dialog-backdrop">
      <div
        ref={ref}
        className={`dialog ${className}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </div>
  );
}
