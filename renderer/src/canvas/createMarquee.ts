import { addGestureEscape } from '../commands/keyDispatcher';
import type { Viewport } from '../state/uiStore';
import type { Rect } from './createPanZoom';
import type { Point } from './dropTargets';
import { rectFromCorners } from './marqueeHits';

export interface MarqueeOptions {
  getViewport(): Viewport;
  /** Called once on release with the swept rectangle in canvas units. */
  onSelect(rect: Rect): void;
  /** Whether a press on this target belongs to a node (nodes start their own drags). */
  isNodeTarget(target: EventTarget | null): boolean;
}

export interface Marquee {
  cancel(): boolean;
  destroy(): void;
}

/**
 * Shift+drag on the empty canvas sweeps a selection rectangle (a plain drag pans: see
 * createPanZoom, which leaves Shift drags alone). Drawn in `overlay` in canvas units; on release
 * `onSelect` gets the rectangle. Esc abandons it.
 * Side effects: listens on `surface` (the canvas's frame, which never moves), and on window during a
 * sweep; draws in `overlay`.
 */
export function createMarquee(surface: HTMLElement, overlay: SVGGElement, options: MarqueeOptions): Marquee {
  /** Takes Esc from the app's key dispatcher while the gesture is under way. */
  let releaseEscape: (() => void) | null = null;
  let sweep: { pointerId: number; start: Point; svgLeft: number; svgTop: number; view: Viewport; rect: SVGRectElement; moved: boolean } | null = null;

  const toWorld = (clientX: number, clientY: number): Point => {
    if (!sweep) return { x: 0, y: 0 };
    const { svgLeft, svgTop, view } = sweep;
    return { x: (clientX - svgLeft - view.x) / view.k, y: (clientY - svgTop - view.y) / view.k };
  };

  const stop = (): void => {
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', onUp);
    window.removeEventListener('pointercancel', onCancel);
    releaseEscape?.();
    releaseEscape = null;
    sweep?.rect.remove();
    sweep = null;
  };

  // A Shift-click on the background must not also clear the selection (the background's click).
  const swallowNextClick = (): void => {
    const swallow = (e: Event): void => {
      e.stopPropagation();
      window.removeEventListener('click', swallow, true);
    };
    window.addEventListener('click', swallow, true);
    setTimeout(() => window.removeEventListener('click', swallow, true), 0);
  };

  function onMove(e: PointerEvent): void {
    if (!sweep || e.pointerId !== sweep.pointerId) return;
    const r = rectFromCorners(sweep.start, toWorld(e.clientX, e.clientY));
    sweep.moved = true;
    sweep.rect.setAttribute('x', String(r.x));
    sweep.rect.setAttribute('y', String(r.y));
    sweep.rect.setAttribute('width', String(r.width));
    sweep.rect.setAttribute('height', String(r.height));
  }
  function onUp(e: PointerEvent): void {
    if (!sweep || e.pointerId !== sweep.pointerId) return;
    const r = rectFromCorners(sweep.start, toWorld(e.clientX, e.clientY));
    const moved = sweep.moved;
    stop();
    swallowNextClick();
    if (moved && (r.width > 0 || r.height > 0)) options.onSelect(r);
  }
  function onCancel(): void {
    stop();
  }
  function onEscape(): boolean {
    stop();
    return true;
  }

  const onDown = (e: PointerEvent): void => {
    if (e.button !== 0 || !e.shiftKey || sweep || options.isNodeTarget(e.target)) return;
    if (!(e.target instanceof Node) || !surface.contains(e.target)) return;
    e.preventDefault();
    const box = surface.getBoundingClientRect();
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    rect.setAttribute('class', 'marquee');
    sweep = { pointerId: e.pointerId, start: { x: 0, y: 0 }, svgLeft: box.left, svgTop: box.top, view: options.getViewport(), rect, moved: false };
    sweep.start = toWorld(e.clientX, e.clientY);
    overlay.appendChild(rect);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
    releaseEscape = addGestureEscape(onEscape);
  };
  surface.addEventListener('pointerdown', onDown);

  return {
    cancel() {
      const was = sweep !== null;
      stop();
      return was;
    },
    destroy() {
      stop();
      surface.removeEventListener('pointerdown', onDown);
    },
  };
}
