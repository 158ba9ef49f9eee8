import {
  select,
  zoom,
  zoomIdentity,
  zoomTransform,
  type D3ZoomEvent,
  type Selection,
  type ZoomBehavior,
} from 'd3';
import type { Viewport } from '../state/uiStore';
import { closestWith } from './pointer/canvasAttributes';

/** A rectangle in canvas (world) units. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PanZoomOptions {
  /** Called on every frame of a pan or zoom: apply the transform here, cheaply (no React state). */
  onTransform(viewport: Viewport): void;
  /** Called once a gesture or animation ends: the place to commit the viewport to a store. */
  onTransformEnd?(viewport: Viewport): void;
  readonly minZoom?: number;
  readonly maxZoom?: number;
  /**
   * Whether a pointer-down on this target belongs to a node rather than the background. Drags
   * that start on a node do not pan, so nodes keep their clicks (and, later, their own drags).
   */
  isNodeTarget?(target: EventTarget | null): boolean;
  /**
   * The surface's size on screen, if the caller tracks it (a ResizeObserver): d3 asks for it on
   * every wheel event, and measuring then would force a layout of the whole drawing each time.
   */
  getSize?(): { width: number; height: number };
}

export interface AnimateOptions {
  /** Milliseconds; 0 applies at once. Defaults to 200, or 0 when the user prefers reduced motion. */
  readonly duration?: number;
}

export interface PanZoom {
  setTransform(viewport: Viewport, options?: AnimateOptions): void;
  getTransform(): Viewport;
  /** Zooms about the centre of the view by `factor` (1.25 = 25% closer), within the zoom limits. */
  zoomBy(factor: number, options?: AnimateOptions): void;
  /** Pans by screen pixels. */
  panBy(dx: number, dy: number, options?: AnimateOptions): void;
  /** Shows the whole of `bounds` centred, with `padding` screen pixels round it. */
  fitToBounds(
    bounds: Rect,
    options?: AnimateOptions & { readonly padding?: number; readonly maxZoom?: number },
  ): void;
  /** Pans (without zooming) just enough that `rect` is in view; does nothing if it already is. */
  ensureVisible(rect: Rect, options?: AnimateOptions & { readonly padding?: number }): void;
  /** Removes every listener d3-zoom added and stops any animation. */
  destroy(): void;
}

const DEFAULT_MIN_ZOOM = 0.1;
const DEFAULT_MAX_ZOOM = 4;

function defaultIsNodeTarget(target: EventTarget | null): boolean {
  return closestWith(target, 'nodeId') !== null;
}

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * Pan and zoom for a canvas, by d3-zoom, kept out of React (after xyflow's XYPanZoom): React
 * draws the scene once; this moves the camera by calling `onTransform` per frame. `surface` is
 * the element that takes the gestures; it must not itself move with the camera.
 * Side effect: stores d3's zoom state on `surface` (its `__zoom` property) and listens on it.
 */
export function createPanZoom(surface: Element, options: PanZoomOptions): PanZoom {
  const minZoom = options.minZoom ?? DEFAULT_MIN_ZOOM;
  const maxZoom = options.maxZoom ?? DEFAULT_MAX_ZOOM;
  const isNodeTarget = options.isNodeTarget ?? defaultIsNodeTarget;
  const selection: Selection<Element, unknown, null, undefined> = select(surface);

  const size = (): { width: number; height: number } => {
    const known = options.getSize?.();
    if (known && known.width > 0 && known.height > 0) return known;
    const box = surface.getBoundingClientRect();
    return { width: box.width, height: box.height };
  };
  const toViewport = (t: { x: number; y: number; k: number }): Viewport => ({
    x: t.x,
    y: t.y,
    k: t.k,
  });

  const behaviour: ZoomBehavior<Element, unknown> = zoom<Element, unknown>()
    .scaleExtent([minZoom, maxZoom])
    // The client box, not an SVG's width attribute (which is a percentage here).
    .extent(() => {
      const { width, height } = size();
      return [
        [0, 0],
        [width, height],
      ];
    })
    // d3's default filter, plus: pointer drags pan only from the background, and not with Shift
    // held (Shift+drag sweeps a selection: createMarquee). The wheel zooms anywhere.
    .filter((event: MouseEvent | WheelEvent | TouchEvent) => {
      if (event.type === 'wheel') return true;
      if ('button' in event && event.button !== 0) return false;
      if (event.ctrlKey || event.shiftKey) return false;
      return !isNodeTarget(event.target);
    })
    .on('zoom', (event: D3ZoomEvent<Element, unknown>) =>
      options.onTransform(toViewport(event.transform)),
    )
    .on('end', (event: D3ZoomEvent<Element, unknown>) =>
      options.onTransformEnd?.(toViewport(event.transform)),
    );

  selection.call(behaviour);
  // Double-click is kept for the editor (open, rename); it must not also zoom.
  selection.on('dblclick.zoom', null);

  const durationOf = (o?: AnimateOptions): number =>
    o?.duration ?? (prefersReducedMotion() ? 0 : 200);

  // Where an animation in flight is heading: a second click on "Zoom in" builds on the first
  // one's destination, not on wherever the animation happens to be.
  let target: Viewport | null = null;

  const apply = (t: { x: number; y: number; k: number }, o?: AnimateOptions): void => {
    const k = Math.min(maxZoom, Math.max(minZoom, t.k));
    const transform = zoomIdentity.translate(t.x, t.y).scale(k);
    const duration = durationOf(o);
    selection.interrupt();
    target = null;
    if (duration > 0) {
      target = { x: t.x, y: t.y, k };
      selection
        .transition()
        .duration(duration)
        .call(behaviour.transform, transform)
        .on('end.target interrupt.target', () => {
          target = null;
        });
    } else {
      selection.call(behaviour.transform, transform);
    }
  };

  const current = (): Viewport => target ?? toViewport(zoomTransform(surface));

  return {
    setTransform: (viewport, o) => apply(viewport, o),
    getTransform: () => toViewport(zoomTransform(surface)),
    zoomBy(factor, o) {
      const t = current();
      const { width, height } = size();
      const k = Math.min(maxZoom, Math.max(minZoom, t.k * factor));
      // Keep the world point under the centre of the view where it is.
      const cx = width / 2;
      const cy = height / 2;
      const wx = (cx - t.x) / t.k;
      const wy = (cy - t.y) / t.k;
      apply({ x: cx - wx * k, y: cy - wy * k, k }, o);
    },
    panBy(dx, dy, o) {
      const t = current();
      apply({ x: t.x + dx, y: t.y + dy, k: t.k }, o);
    },
    fitToBounds(bounds, o) {
      const { width, height } = size();
      if (width <= 0 || height <= 0 || bounds.width <= 0 || bounds.height <= 0) return;
      const padding = o?.padding ?? 40;
      const k = Math.min(
        o?.maxZoom ?? 1.5,
        maxZoom,
        Math.max(
          minZoom,
          Math.min((width - 2 * padding) / bounds.width, (height - 2 * padding) / bounds.height),
        ),
      );
      apply(
        {
          x: (width - bounds.width * k) / 2 - bounds.x * k,
          y: (height - bounds.height * k) / 2 - bounds.y * k,
          k,
        },
        o,
      );
    },
    ensureVisible(rect, o) {
      const t = current();
      const { width, height } = size();
      const padding = o?.padding ?? 24;
      const left = rect.x * t.k + t.x;
      const top = rect.y * t.k + t.y;
      const right = left + rect.width * t.k;
      const bottom = top + rect.height * t.k;
      const dx = shift(left, right, padding, width - padding);
      const dy = shift(top, bottom, padding, height - padding);
      if (dx !== 0 || dy !== 0) apply({ x: t.x + dx, y: t.y + dy, k: t.k }, o);
    },
    destroy() {
      selection.interrupt();
      selection.on('.zoom', null);
    },
  };
}

/** How far to move [lo, hi] so it lies within [min, max]; a span too big aligns its start. */
function shift(lo: number, hi: number, min: number, max: number): number {
  if (hi - lo > max - min) return min - lo;
  if (lo < min) return min - lo;
  if (hi > max) return max - hi;
  return 0;
}
