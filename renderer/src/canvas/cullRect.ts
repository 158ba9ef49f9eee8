import type { Viewport } from '../state/uiStore';
import type { Rect } from './createPanZoom';

/**
 * Below this zoom the canvas draws outlines only (cards as framed rectangles with their status
 * colour, no text or locality chips; no line labels): text under about 5 screen pixels is
 * unreadable anyway, and drawing it is most of the cost of a frame at England scale.
 */
export const OUTLINE_ZOOM = 0.45;

/**
 * What dashed canvas lines multiply their dashes by at zoom `k` (canvas.css --dash-scale): 1 from
 * zoom 1 up, doubling each time the zoom halves, so a dash drawn 7 units long stays 3.5 to 7
 * screen pixels when zoomed out. Powers of two: the lines restyle only when the zoom crosses one.
 */
export function dashScale(k: number): number {
  return k >= 1 || !(k > 0) ? 1 : 2 ** Math.floor(Math.log2(1 / k));
}

/**
 * How far beyond the view items are still drawn, as a fraction of the view's size on each side:
 * a pan or zoom of up to this much shows no gaps before the camera settles and the drawn set
 * is recomputed.
 */
const MARGIN = 0.75;

/** What the canvas draws: the part of the world in (or near) view, and at what detail. */
export interface CullView {
  /** Canvas units; items wholly outside are drawn as empty, focusable placeholders. */
  readonly rect: Rect;
  /** Full detail, or outlines only (zoomed out). */
  readonly outline: boolean;
}

/**
 * The world rectangle to draw for a camera and screen size, with a margin, snapped outwards to a
 * grid of half a view so that small pans keep the same rectangle (and React re-renders nothing).
 * Null until the canvas has a size: then everything is drawn.
 */
export function cullView(v: Viewport, size: { width: number; height: number }): CullView | null {
  if (!(size.width > 0 && size.height > 0 && v.k > 0)) return null;
  const w = size.width / v.k;
  const h = size.height / v.k;
  const stepX = w / 2;
  const stepY = h / 2;
  const left = Math.floor((-v.x / v.k - MARGIN * w) / stepX) * stepX;
  const top = Math.floor((-v.y / v.k - MARGIN * h) / stepY) * stepY;
  const right = Math.ceil((-v.x / v.k + w + MARGIN * w) / stepX) * stepX;
  const bottom = Math.ceil((-v.y / v.k + h + MARGIN * h) / stepY) * stepY;
  return {
    rect: { x: left, y: top, width: right - left, height: bottom - top },
    outline: v.k < OUTLINE_ZOOM,
  };
}

/**
 * Before the canvas has been measured in a browser: every item as its empty focusable group, so
 * opening a large workspace does not build thousands of elements only to remove them a moment
 * later when the view is known (the layout effect that measures runs before the first paint).
 */
export const NOTHING_IN_VIEW: CullView = {
  rect: { x: -1e12, y: -1e12, width: 0, height: 0 },
  outline: false,
};

/**
 * The world rectangle on screen for a camera and screen size, grown by `margin` screen pixels on
 * each side; null until the canvas has a size.
 */
export function onScreen(
  v: Viewport,
  size: { width: number; height: number },
  margin: number,
): Rect | null {
  if (!(size.width > 0 && size.height > 0 && v.k > 0)) return null;
  return {
    x: (-v.x - margin) / v.k,
    y: (-v.y - margin) / v.k,
    width: (size.width + 2 * margin) / v.k,
    height: (size.height + 2 * margin) / v.k,
  };
}

/** Whether two rectangles overlap (touching counts). */
export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height
  );
}

/** The bounding box of a line segment. */
export function lineBox(l: { x1: number; y1: number; x2: number; y2: number }): Rect {
  return {
    x: Math.min(l.x1, l.x2),
    y: Math.min(l.y1, l.y2),
    width: Math.abs(l.x2 - l.x1),
    height: Math.abs(l.y2 - l.y1),
  };
}

/** How much of an item to draw: all of it, its outline, or only its (empty, focusable) group. */
export type Detail = 'full' | 'outline' | 'culled';

/** The detail for an item with bounds `box`: selected and focused items are never culled. */
export function detailOf(view: CullView | null, box: Rect | undefined, keep: boolean): Detail {
  if (!view) return 'full';
  if (!keep && box && !intersects(view.rect, box)) return 'culled';
  return view.outline ? 'outline' : 'full';
}
