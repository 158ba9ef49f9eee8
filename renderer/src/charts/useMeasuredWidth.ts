import { useLayoutEffect, useState } from 'react';

/**
 * The rendered width of an element, kept up to date with a ResizeObserver, so a chart's viewBox
 * matches its pixels and its type prints at the size asked for (no shrinking on narrow panes).
 * Returns a callback ref (so an element mounted later, e.g. after "Show as table", is measured)
 * and the width; `initial` where there is no layout (tests) or no ResizeObserver.
 */
export function useMeasuredWidth<T extends HTMLElement>(initial: number) {
  const [element, setElement] = useState<T | null>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const update = (): void => {
      const w = Math.round(element.getBoundingClientRect().width);
      if (w > 0) setWidth(Math.max(480, w));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width] as const;
}
