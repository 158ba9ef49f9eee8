/** What flushOnHide drives: the session's autosave, or a fake in tests. */
export interface LeaveTarget {
  /** Writes pending changes (the window was hidden: it may come back, nothing is torn down). */
  flush(): Promise<void>;
  /** Starts the write of pending changes in this very task: the page is going away. */
  flushOnLeave(): Promise<void>;
  /** Whether leaving now could lose edits: some are not yet committed, or saving is failing. */
  unsaved(): boolean;
}

/**
 * Writes pending changes at once when the window is hidden (minimised, another tab, the laptop
 * lid) or is being closed, instead of waiting for the throttle; and while anything is unsaved or
 * saving is failing, asks before the page is left (the browser's own "Leave site?" prompt).
 * Returns a function that removes the listeners. `doc` and `win` are parameters so tests can
 * drive them with plain EventTargets.
 */
export function flushOnHide(
  target: LeaveTarget,
  win: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
  doc: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'> = document,
): () => void {
  const onVisibility = (): void => {
    if (doc.visibilityState === 'hidden') void target.flush();
  };
  // The write is issued now, in this task: a page being unloaded runs no later callbacks.
  const onPageHide = (): void => void target.flushOnLeave();
  const onBeforeUnload = (event: BeforeUnloadEvent): void => {
    void target.flushOnLeave();
    if (!target.unsaved()) return;
    // Both, for every browser: preventDefault is the standard, returnValue what Chromium reads.
    event.preventDefault();
    event.returnValue = '';
  };
  doc.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('pagehide', onPageHide);
  win.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    doc.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('pagehide', onPageHide);
    win.removeEventListener('beforeunload', onBeforeUnload);
  };
}
