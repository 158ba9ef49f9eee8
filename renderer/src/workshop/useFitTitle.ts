import { useLayoutEffect, type RefObject } from 'react';

/** A slide title's largest and smallest sizes, px: it wraps to two lines first, then shrinks. */
export const TITLE_MAX_PX = 40;
export const TITLE_MIN_PX = 24;
const LINE_HEIGHT = 1.15;

/**
 * Fits a slide title without cutting it: at the largest size it may wrap to two lines; if it
 * needs more, it shrinks 2 px at a time until two lines hold it or it reaches the smallest
 * size, where it wraps to as many lines as it needs (never an ellipsis). Side effect: sets the
 * element's font size. Re-fits when the text or the element's width changes.
 */
export function useFitTitle(ref: RefObject<HTMLElement | null>, text: string): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const fit = (): void => {
      let size = TITLE_MAX_PX;
      el.style.fontSize = `${size}px`;
      while (size > TITLE_MIN_PX && el.scrollHeight > Math.ceil(size * LINE_HEIGHT * 2) + 1) {
        size -= 2;
        el.style.fontSize = `${size}px`;
      }
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return undefined;
    let width = el.clientWidth;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth !== width) {
        width = el.clientWidth;
        fit();
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, text]);
}
