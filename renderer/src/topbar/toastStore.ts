import { create } from 'zustand';

/** A passing note over the window: what a command just did, maybe with one action (Undo). */
export interface Toast {
  readonly id: number;
  readonly text: string;
  readonly action?: { readonly label: string; readonly ariaLabel: string; run(): void };
  /** Stays until dismissed or withdrawn (an offer to undo); otherwise it fades after a while. */
  readonly sticky?: boolean;
}

interface ToastState {
  readonly toasts: readonly Toast[];
  /** Shows a toast and returns its id (to withdraw it). The same text again replaces the old one. */
  show(toast: Omit<Toast, 'id'>): number;
  dismiss(id: number): void;
}

/** At most this many at once: older ones go, so a burst of notes never covers the canvas. */
const MAX_TOASTS = 3;

let nextId = 1;

export const useToastStore = create<ToastState>()((set) => ({
  toasts: [],
  show: (toast) => {
    const id = nextId++;
    set((s) => ({
      toasts: [...s.toasts.filter((t) => t.text !== toast.text), { ...toast, id }].slice(
        -MAX_TOASTS,
      ),
    }));
    return id;
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));

/** Says something in a toast that fades (the app's status notes). */
export function say(text: string): void {
  if (text) useToastStore.getState().show({ text });
}
