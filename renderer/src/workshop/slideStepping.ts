/** What a key press does in workshop mode: show another slide, leave, or nothing. */
export type SlideStep =
  { readonly kind: 'goTo'; readonly index: number } | { readonly kind: 'leave' } | null;

/**
 * Maps a key to a step through `count` slides from `index`: → PageDown Space next, ← PageUp
 * previous, Home first, End last, Escape leaves. Stepping past either end stays there.
 */
export function slideStep(key: string, index: number, count: number): SlideStep {
  if (key === 'Escape') return { kind: 'leave' };
  if (count <= 0) return null;
  const last = count - 1;
  const clamp = (i: number) => ({ kind: 'goTo', index: Math.max(0, Math.min(last, i)) }) as const;
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return clamp(index + 1);
    case 'ArrowLeft':
    case 'PageUp':
      return clamp(index - 1);
    case 'Home':
      return clamp(0);
    case 'End':
      return clamp(last);
    default:
      return null;
  }
}

/** "3 of 7". */
export function slidePosition(index: number, count: number): string {
  return `${index + 1} of ${count}`;
}
