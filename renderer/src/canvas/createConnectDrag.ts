import { addGestureEscape } from '../commands/keyDispatcher';
import type { Viewport } from '../state/uiStore';
import type { Scene } from './buildScene';
import { cardAt, type Point } from './dropTargets';
import { placeLine } from './lineShape';

export interface ConnectDragOptions {
  /** The scene as drawn now (read at the start of each gesture). */
  getScene(): Scene;
  /** The camera now: converts pointer positions to canvas units. */
  getViewport(): Viewport;
  /** A line dropped on a CCG card: the canvas adds the CCG to the arrangement. */
  onConnect(arrangementId: string, ccgId: string): void;
}

export interface ConnectDrag {
  /** Abandons a connection in progress; false if there was none. */
  cancel(): boolean;
  /** Removes every listener; abandons a connection in progress. */
  destroy(): void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Connecting a CCG to an arrangement by dragging from the "+" handle on a selected hub
 * ([data-connect-handle="<arrangement id>"]) to a CCG card, kept out of React like createNodeDrag:
 * a temporary line in `overlay` follows the pointer and the card under it is highlighted; on
 * release over a card `onConnect` is called once. Esc abandons it.
 * Side effects: listens on `svg` (and on window during a gesture); draws only in `overlay` and
 * toggles `is-drop-target` on the card under the pointer, always removing both afterwards.
 */
export function createConnectDrag(svg: SVGSVGElement, camera: SVGGElement, overlay: SVGGElement, options: ConnectDragOptions): ConnectDrag {
  /** Takes Esc from the app's key dispatcher while the gesture is under way. */
  let releaseEscape: (() => void) | null = null;
  let active: {
    readonly arrangementId: string;
    readonly pointerId: number;
    readonly line: SVGLineElement;
    /** The hub the line starts from. */
    readonly from: Point;
    readonly scene: Scene;
    target: string | null;
  } | null = null;

  const toWorld = (clientX: number, clientY: number): Point => {
    const box = svg.getBoundingClientRect();
    const view = options.getViewport();
    return { x: (clientX - box.left - view.x) / view.k, y: (clientY - box.top - view.y) / view.k };
  };

  const cardElement = (id: string): Element | null =>
    camera.querySelector(`[data-node-id="${id.replace(/["\\]/g, '\\$&')}"]`);

  const setTarget = (id: string | null): void => {
    if (!active || active.target === id) return;
    if (active.target) cardElement(active.target)?.classList.remove('is-drop-target');
    active.target = id;
    if (id) cardElement(id)?.classList.add('is-drop-target');
  };

  // The click the browser fires after release must not reach the hub or the background.
  const swallowNextClick = (): void => {
    const swallow = (e: Event): void => {
      e.stopPropagation();
      e.preventDefault();
      window.removeEventListener('click', swallow, true);
    };
    window.addEventListener('click', swallow, true);
    setTimeout(() => window.removeEventListener('click', swallow, true), 0);
  };

  const finish = (commit: boolean): boolean => {
    if (!active) return false;
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', onUp);
    window.removeEventListener('pointercancel', onAbort);
    releaseEscape?.();
    releaseEscape = null;
    window.removeEventListener('blur', onAbort);
    const { arrangementId, line, target } = active;
    setTarget(null);
    line.remove();
    active = null;
    if (commit) {
      swallowNextClick();
      if (target) options.onConnect(arrangementId, target);
    }
    return true;
  };

  function onMove(e: PointerEvent): void {
    if (!active || e.pointerId !== active.pointerId) return;
    e.preventDefault();
    const p = toWorld(e.clientX, e.clientY);
    placeLine(active.line, { x1: active.from.x, y1: active.from.y, x2: p.x, y2: p.y });
    setTarget(cardAt(active.scene, p)?.node.id ?? null);
  }
  function onUp(e: PointerEvent): void {
    if (active && e.pointerId === active.pointerId) finish(true);
  }
  function onAbort(): void {
    finish(false);
  }
  function onEscape(): boolean {
    if (!active) return false;
    finish(false);
    return true;
  }

  const onDown = (e: PointerEvent): void => {
    if (e.button !== 0 || active) return;
    const handle = e.target instanceof Element ? e.target.closest('[data-connect-handle]') : null;
    const arrangementId = handle?.getAttribute('data-connect-handle');
    if (!handle || !arrangementId || !camera.contains(handle)) return;
    const scene = options.getScene();
    const hub = scene.hubs.find((h) => h.arrangement.id === arrangementId);
    if (!hub) return;
    e.preventDefault();
    e.stopPropagation();
    const p = toWorld(e.clientX, e.clientY);
    const line = document.createElementNS(SVG_NS, 'line');
    line.setAttribute('class', 'connect-line');
    placeLine(line, { x1: hub.cx, y1: hub.cy, x2: p.x, y2: p.y });
    overlay.appendChild(line);
    active = { arrangementId, pointerId: e.pointerId, line, from: { x: hub.cx, y: hub.cy }, scene, target: null };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onAbort);
    releaseEscape = addGestureEscape(onEscape);
    window.addEventListener('blur', onAbort);
  };

  // Capture phase, so the node drag engine (listening on the same svg) never sees the press.
  svg.addEventListener('pointerdown', onDown, true);

  return {
    cancel: () => finish(false),
    destroy() {
      finish(false);
      svg.removeEventListener('pointerdown', onDown, true);
    },
  };
}
