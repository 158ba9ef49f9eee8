import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Modal focus: on open, focus moves into the dialog (its element marked data-autofocus, else
 * the dialog); it returns to where it was on close. The returned key handler keeps Tab inside
 * and closes on Escape.
 */
export function useModalFocus(dialogRef: RefObject<HTMLElement | null>, onClose: () => void): (event: KeyboardEvent) => void {
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
    if (event.shiftKey && (document.activeElement === first || document.activeElement === dialogRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
}

interface OpenModal {
  close: () => void;
  readonly dialogRef: RefObject<HTMLElement | null>;
}

/** The open modals, the topmost last: Esc from outside them closes only the topmost. */
const escapeStack: OpenModal[] = [];

function closeTopmost(event: globalThis.KeyboardEvent): void {
  const top = escapeStack[escapeStack.length - 1];
  if (event.key !== 'Escape' || !top) return;
  // Inside the dialog its own handlers decide (a field's Esc reverts the field first).
  if (event.target instanceof Node && top.dialogRef.current?.contains(event.target)) return;
  event.preventDefault();
  event.stopPropagation();
  top.close();
}

/**
 * Esc closes the modal even when focus is still on the page behind it (after a drop or a file
 * read), before the editor's own Esc handling sees the key. Inside the dialog, the dialog's
 * key handler closes it.
 */
export function useEscapeToClose(onClose: () => void, dialogRef: RefObject<HTMLElement | null>): void {
  const ref = useRef<OpenModal>({ close: onClose, dialogRef });
  useEffect(() => {
    ref.current.close = onClose;
  });
  // Registered before the dialog is first painted: an Esc pressed the moment it shows closes it.
  useLayoutEffect(() => {
    const modal = ref.current;
    escapeStack.push(modal);
    if (escapeStack.length === 1) window.addEventListener('keydown', closeTopmost, true);
    return () => {
      escapeStack.splice(escapeStack.indexOf(modal), 1);
      if (escapeStack.length === 0) window.removeEventListener('keydown', closeTopmost, true);
    };
  }, []);
}
