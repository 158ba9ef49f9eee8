import { CANVAS_ATTRIBUTES } from './pointer/canvasAttributes';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What makes a copy interactive or findable as the original: left off every ghost. */
const ORIGINAL_ONLY = [
  'tabindex',
  'role',
  'aria-label',
  'aria-pressed',
  'id',
  ...(
    ['nodeId', 'localityId', 'resizeHandle', 'connectHandle', 'hub', 'target', 'overlap'] as const
  ).map((a) => CANVAS_ATTRIBUTES[a]),
];

export interface DragGhosts {
  /**
   * The copy standing in for `el` (made, and `el` hidden, the first time it is asked for): a drag
   * writes its moves to the copy, which says what it stands for in data-ghost-of (`key`). Lines go
   * beneath nodes, as on the canvas.
   */
  of(el: Element, kind: 'line' | 'node', key: string): Element;
}

/**
 * Copies of what a drag moves, drawn in `layer` (the canvas overlay, an SVG of its own above the
 * drawing) while the originals are hidden. Each frame of the drag then repaints only the copies:
 * repainting the canvas under a moving card and its lines, some of which cross the whole map, was
 * most of the cost of a drag with software rendering (issue 6).
 * Each copy sits in a bare copy of its original's parent (its class only), so styles that depend
 * on the parent (an arrangement model's line colour) still apply, and keeps its original's opacity
 * (a workshop slide dims what it does not highlight). Removing `layer`'s children and un-hiding
 * the originals (`hide` records them) puts everything back.
 */
export function createDragGhosts(layer: SVGGElement, hide: (el: Element) => void): DragGhosts {
  const lines = document.createElementNS(SVG_NS, 'g');
  const nodes = document.createElementNS(SVG_NS, 'g');
  layer.append(lines, nodes);
  const made = new Map<Element, Element>();

  const strip = (el: Element): void => {
    for (const attr of ORIGINAL_ONLY) el.removeAttribute(attr);
    for (const child of el.querySelectorAll('*'))
      for (const attr of ORIGINAL_ONLY) child.removeAttribute(attr);
  };
  const opacityOf = (el: Element): string | null => {
    const value = getComputedStyle(el).opacity;
    return value && value !== '1' ? value : null;
  };

  return {
    of(el, kind, key) {
      const known = made.get(el);
      if (known) return known;
      const copy = el.cloneNode(true) as Element;
      strip(copy);
      copy.setAttribute('aria-hidden', 'true');
      copy.setAttribute(CANVAS_ATTRIBUTES.ghostOf, key);
      const parent = el.parentElement;
      const wrapper = document.createElementNS(SVG_NS, 'g');
      const parentClass = parent?.getAttribute('class');
      if (parentClass) wrapper.setAttribute('class', parentClass);
      const faded = [el, parent].map((e) => (e ? opacityOf(e) : null)).find((o) => o !== null);
      if (faded) wrapper.setAttribute('opacity', faded);
      wrapper.append(copy);
      (kind === 'line' ? lines : nodes).append(wrapper);
      hide(el);
      made.set(el, copy);
      return copy;
    },
  };
}
