/**
 * Moves keyboard focus to the side panel's inspector (Enter on a canvas item), if it is there.
 * After React has drawn the new selection's inspector, hence the frame's delay.
 */
export function openInspector(): void {
  const focus = (): void => document.getElementById('inspector')?.focus();
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(focus);
  else focus();
}
