import type { Viewport } from './uiStore';

/** A point in canvas coordinates (the canvas's own Point has this shape). */
type Point = { readonly x: number; readonly y: number };

/**
 * What the mounted canvas lets the rest of the editor do to its camera and gestures: keyboard
 * shortcuts, the toolbar and the minimap call these. Null when the canvas is not shown (the
 * matrix view), so camera commands then do nothing.
 */
export interface CanvasHandle {
  zoomBy(factor: number): void;
  zoomToFit(): void;
  /** Pans by screen pixels. */
  panBy(dx: number, dy: number): void;
  /** Puts a canvas point at the centre of the view, at once (the minimap drags with it). */
  centreOn(point: Point): void;
  getViewport(): Viewport;
  /** The canvas's size on screen, in pixels. */
  getSize(): { width: number; height: number };
  /** Abandons a drag or marquee in progress, putting everything back; false if there was none. */
  cancelGesture(): boolean;
}

/** Each zoom in (button, + key) brings the view this much closer. */
export const ZOOM_STEP = 1.25;

let handle: CanvasHandle | null = null;
const viewportListeners = new Set<(viewport: Viewport) => void>();

/** Registers the mounted canvas (or null when it unmounts). */
export function setCanvasHandle(next: CanvasHandle | null): void {
  handle = next;
}

export function getCanvasHandle(): CanvasHandle | null {
  return handle;
}

/**
 * Listens to the camera on every frame of a pan or zoom (the minimap's viewport box). Listeners
 * must be cheap and must not set React state per frame. Returns the unsubscribe function.
 */
export function subscribeViewport(listener: (viewport: Viewport) => void): () => void {
  viewportListeners.add(listener);
  return () => {
    viewportListeners.delete(listener);
  };
}

/** Called by the canvas on each camera frame. */
export function emitViewport(viewport: Viewport): void {
  for (const listener of viewportListeners) listener(viewport);
}
