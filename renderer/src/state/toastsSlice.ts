import type { SliceSet } from './sliceOf';

/** A passing note over the window: what a command just did, maybe with one action (Undo). */
export interface Toast {
  readonly id: number;
  readonly text: string;
  readonly action?: { readonly label: string; readonly ariaLabel: string; run(): void };
  /** Stays until dismissed or withdrawn (an offer to undo); otherwise it fades after a while. */
  readonly sticky?: boolean;
}

export interface ToastState {
  /** The toasts showing, oldest first. (Not `toasts`: that is the slice's own key in the session.) */
  readonly shown: readonly Toast[];
  /** Shows a toast and returns its id (to withdraw it). The same text again replaces the old one. */
  show(toast: Omit<Toast, 'id'>): number;
  dismiss(id: number): void;
}

/** At most this many at once: older ones go, so a burst of notes never covers the canvas. */
const MAX_TOASTS = 3;

/** The editor's toasts (its session store's `toasts`). */
export function toastsSlice(set: SliceSet<ToastState>): ToastState {
  let nextId = 1;
  return {
    shown: [],
    show: (toast) => {
      const id = nextId++;
      set((s) => ({
        shown: [...s.shown.filter((t) => t.text !== toast.text), { ...toast, id }].slice(
          -MAX_TOASTS,
        ),
      }));
      return id;
    },
    dismiss: (id) => set((s) => ({ shown: s.shown.filter((t) => t.id !== id) })),
  };
}
