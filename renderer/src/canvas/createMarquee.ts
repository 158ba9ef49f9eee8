import type { Viewport } from '../state/uiStore';
import type { Rect } from './createPanZoom';
import type { Point } from './dropTargets';
import { rectFromCorners } from './marqueeHits';
import {
  createPointerSession,
  type GestureSource,
  type PointerSession,
} from './pointer/createPointerSession';

export interface MarqueeOptions {
  getViewport(): Viewport;
  /** Called once on release with the swept rectangle in canvas units. */
  onSelect(rect: Rect): void;
  /** Whether a press on this target belongs to a node (nodes start their own drags). */
  isNodeTarget(target: EventTarget | null): boolean;
}

export type Marquee = PointerSession;

/** The marquee alone, in a pointer session of its own on `surface`. */
export function createMarquee(
  surface: HTMLElement,
  overlay: SVGGElement,
  options: MarqueeOptions,
): Marquee {
  return createPointerSession(surface, [marqueeGestures(surface, overlay, options)]);
}

/**
 * Shift+drag on the empty canvas sweeps a selection rectangle (a plain drag pans: see
 * createPanZoom, which leaves Shift drags alone). Drawn in `overlay` in canvas units from the
 * press on; on release `onSelect` gets the rectangle, if the pointer moved. The pointer session
 * runs the press: Esc abandons it, and the Shift-click's own click never clears the selection.
 * Side effects: draws in `overlay`; `surface` is the canvas's frame, which never moves.
 */
export function marqueeGestures(
  surface: HTMLElement,
  overlay: SVGGElement,
  options: MarqueeOptions,
): GestureSource {
  return {
    claim(e) {
      if (!e.shiftKey || options.isNodeTarget(e.target)) return null;
      if (!(e.target instanceof Node) || !surface.contains(e.target)) return null;
      return {
        kind: 'marquee',
        startsOnPress: true,
        start(down) {
          const box = surface.getBoundingClientRect();
          const view = options.getViewport();
          const toWorld = (clientX: number, clientY: number): Point => ({
            x: (clientX - box.left - view.x) / view.k,
            y: (clientY - box.top - view.y) / view.k,
          });
          const start = toWorld(down.clientX, down.clientY);
          const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
          rect.setAttribute('class', 'marquee');
          overlay.appendChild(rect);
          let moved = false;
          return {
            move(ev) {
              const r = rectFromCorners(start, toWorld(ev.clientX, ev.clientY));
              moved = true;
              rect.setAttribute('x', String(r.x));
              rect.setAttribute('y', String(r.y));
              rect.setAttribute('width', String(r.width));
              rect.setAttribute('height', String(r.height));
            },
            commit(ev) {
              const r = rectFromCorners(start, toWorld(ev.clientX, ev.clientY));
              rect.remove();
              if (moved && (r.width > 0 || r.height > 0)) options.onSelect(r);
            },
            abandon() {
              rect.remove();
            },
          };
        },
      };
    },
  };
}
