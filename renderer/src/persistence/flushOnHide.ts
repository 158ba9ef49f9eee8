/**
 * Writes pending changes at once when the window is hidden (minimised, another tab, the laptop
 * lid) or is being closed, instead of waiting for the throttle. Returns a function that removes
 * the listeners. `doc` and `win` are parameters so tests can drive them with plain EventTargets.
 */
export function flushOnHide(
  flush: () => Promise<void>,
  win: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
  doc: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'> = document,
): () => void {
  const onVisibility = (): void => {
    if (doc.visibilityState === 'hidden') void flush();
  };
  // Nothing here asks the user to stay: the write starts now and IndexedDB finishes it.
  const onLeave = (): void => void flush();
  doc.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('pagehide', onLeave);
  win.addEventListener('beforeunload', onLeave);
  return () => {
    doc.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('pagehide', onLeave);
    win.removeEventListener('beforeunload', onLeave);
  };
}
