/**
 * The data-* attributes by which the canvas's drawing tells its gestures what is where, named
 * once with their readers: the gestures, the drag's copies and the workshop's highlight find
 * items only through these.
 */
export const CANVAS_ATTRIBUTES = {
  /** An item's outer group (card, box, hub, cluster): what a move drags. Value: the item's id. */
  nodeId: 'data-node-id',
  /** A locality chip inside a CCG card. Value: the locality's id. */
  localityId: 'data-locality-id',
  /** A cluster's corner grip. Value: the cluster's id. */
  resizeHandle: 'data-resize-handle',
  /** The "+" on a selected hub that draws a line to a CCG. Value: the arrangement's id. */
  connectHandle: 'data-connect-handle',
  /** A hub's line: the arrangement's id and the id of what it goes to. */
  hub: 'data-hub',
  target: 'data-target',
  /** A host CCG's label on its line. */
  edgeLabel: 'data-edge-label',
  /** A button drawn on a line (remove a member): a press there is not a pan. */
  edgeButton: 'data-edge-button',
  /** A CCG ↔ council overlap line (value: its key) and its share label. */
  overlap: 'data-overlap',
  overlapLabel: 'data-overlap-label',
  /** A part of a cluster: its title strip (`header`, drags the cluster) or its `body` (a backdrop). */
  clusterPart: 'data-cluster-part',
  /** A drag's copy in the overlay. Value: what it stands for. */
  ghostOf: 'data-ghost-of',
} as const;

export type CanvasAttribute = keyof typeof CANVAS_ATTRIBUTES;

/** A CSS selector for elements with `attribute` (equal to `value`, if given). */
export function selectorOf(attribute: CanvasAttribute, value?: string): string {
  const name = CANVAS_ATTRIBUTES[attribute];
  return value === undefined ? `[${name}]` : `[${name}="${value.replace(/["\\]/g, '\\$&')}"]`;
}

export function readAttribute(element: Element, attribute: CanvasAttribute): string | null {
  return element.getAttribute(CANVAS_ATTRIBUTES[attribute]);
}

/** The nearest of `target` and its ancestors with `attribute`, or null. */
export function closestWith(
  target: EventTarget | null,
  attribute: CanvasAttribute,
): Element | null {
  return target instanceof Element ? target.closest(selectorOf(attribute)) : null;
}

/** The first element under `root` with `attribute` equal to `value`. */
export function findBy(
  root: ParentNode,
  attribute: CanvasAttribute,
  value: string,
): Element | null {
  return root.querySelector(selectorOf(attribute, value));
}

/** Every element under `root` with `attribute`, by its value (the last in document order wins). */
export function elementsBy(root: ParentNode, attribute: CanvasAttribute): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const el of root.querySelectorAll(selectorOf(attribute))) {
    const value = readAttribute(el, attribute);
    if (value) map.set(value, el);
  }
  return map;
}

/** What a press on a drawn item grabs, most specific first: a grip or chip inside a node wins. */
export type ItemPress =
  | { readonly kind: 'connect'; readonly id: string; readonly element: Element }
  | { readonly kind: 'resize'; readonly id: string; readonly element: Element }
  | { readonly kind: 'chip'; readonly id: string; readonly element: Element }
  | { readonly kind: 'move'; readonly id: string; readonly element: Element };

const PRESS_ORDER: readonly [ItemPress['kind'], CanvasAttribute][] = [
  ['connect', 'connectHandle'],
  ['resize', 'resizeHandle'],
  ['chip', 'localityId'],
  ['move', 'nodeId'],
];

/** What a press on `target` grabs, or null (the background, or an item without an id). */
export function itemPressOf(target: EventTarget | null): ItemPress | null {
  for (const [kind, attribute] of PRESS_ORDER) {
    const element = closestWith(target, attribute);
    if (!element) continue;
    const id = readAttribute(element, attribute);
    return id ? { kind, id, element } : null;
  }
  return null;
}

/**
 * Whether a press on `target` belongs to an item rather than the background: pans and marquees
 * start only from the background.
 */
export function isItemTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const on = (['nodeId', 'localityId', 'resizeHandle', 'edgeButton'] as const).some(
    (a) => closestWith(target, a) !== null,
  );
  // A cluster's body is a backdrop: drags there pan (or sweep), as on the empty canvas.
  return on && target.closest(selectorOf('clusterPart', 'body')) === null;
}
