import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { pushModalEscape } from '../commands/keyDispatcher';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Modal focus: on open, focus moves into the dialog (its element marked data-autofocus, else
 * the dialog); it returns to where it was on close. The returned key handler keeps Tab inside
 * and closes on Escape.
 */
export function useModalFocus(
  dialogRef: RefObject<HTMLElement | null>,
  onClose: () => void,
): (event: KeyboardEvent) => void {
  useEscapeToClose(onClose, dialogRef);
  // Before the dialog is first painted: a key pressed the moment it shows must reach it.
  useLayoutEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = dialogRef.current;
    const first = dialog?.querySelector<HTMLElement>('[data-autofocus]') ?? dialog;
    first?.focus();
    return () => previous?.focus();
  }, [dialogRef]);

  return (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const items = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (
      event.shiftKey &&
      (document.activeElement === first || document.activeElement === dialogRef.current)
    ) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
}

/**
 * Esc closes the modal even when focus is still on the page behind it (after a drop or a file
 * read), before the editor's own Esc handling sees the key: the key dispatcher keeps the open
 * modals, the topmost on top, and closes only the topmost. Inside the dialog, the dialog's key
 * handler closes it (a field's Esc reverts the field first).
 */
export function useEscapeToClose(
  onClose: () => void,
  dialogRef: RefObject<HTMLElement | null>,
): void {
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  // Registered before the dialog is first painted: an Esc pressed the moment it shows closes it.
  useLayoutEffect(
    () =>
      pushModalEscape({
        close: () => close.current(),
        contains: (target) =>
          target instanceof Node && dialogRef.current?.contains(target) === true,
      }),
    [dialogRef],
  );
}
