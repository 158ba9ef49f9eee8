import type { Viewport } from '../state/uiStore';
import type { Rect } from './createPanZoom';

/**
 * The smallest text on a card is 11 canvas units (a card's "per head", a hub's code, an edge's
 * label): at zoom 1 it is 11 pixels on screen, the least that reads comfortably on a laptop.
 */
export const READABLE_ZOOM = 1;
/** The most a small drawing is enlarged to fill the view. */
const MAX_OPENING_ZOOM = 1.5;

/**
 * The camera a freshly opened workspace shows. A drawing that fits at a readable zoom is fitted
 * and centred, as "Zoom to fit" would; a larger one opens at the readable zoom with its top-left
 * corner (where a drawing is read from) in view, rather than shrunk until its text cannot be read.
 */
export function openingCamera(
  bounds: Rect,
  view: { readonly width: number; readonly height: number },
  padding: number,
): Viewport | null {
  if (view.width <= 0 || view.height <= 0 || bounds.width <= 0 || bounds.height <= 0) return null;
  const fit = Math.min(
    (view.width - 2 * padding) / bounds.width,
    (view.height - 2 * padding) / bounds.height,
  );
  if (fit >= READABLE_ZOOM) {
    const k = Math.min(fit, MAX_OPENING_ZOOM);
    return {
      x: (view.width - bounds.width * k) / 2 - bounds.x * k,
      y: (view.height - bounds.height * k) / 2 - bounds.y * k,
      k,
    };
  }
  const k = READABLE_ZOOM;
  return { x: padding - bounds.x * k, y: padding - bounds.y * k, k };
}
