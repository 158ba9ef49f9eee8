import type { Viewport } from '../state/uiStore';

/** A point in canvas coordinates (the canvas's own Point has this shape). */
type Point = { readonly x: number; readonly y: number };

/**
 * What the mounted canvas lets the rest of the editor do to its camera and gestures, through
 * the editor's camera. Only the canvas implements it.
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

/**
 * One editor's camera: keyboard shortcuts, the toolbar, the minimap and the slides call it; the
 * mounted canvas attaches to it. While no canvas is attached (the matrix view, the library) every
 * call does nothing and says so (false or null), so camera commands then leave the key alone.
 */
export class Camera {
  private handle: CanvasHandle | null = null;
  private readonly listeners = new Set<(viewport: Viewport) => void>();

  /** The mounted canvas takes the camera over until the returned function is called. */
  attach(handle: CanvasHandle): () => void {
    this.handle = handle;
    return () => {
      if (this.handle === handle) this.handle = null;
    };
  }

  /** Whether a canvas is attached (shown). */
  get attached(): boolean {
    return this.handle !== null;
  }

  /** Zooms by `factor` about the view's centre; false with no canvas. */
  zoomBy(factor: number): boolean {
    if (!this.handle) return false;
    this.handle.zoomBy(factor);
    return true;
  }

  /** Fits the whole scenario in view; false with no canvas. */
  zoomToFit(): boolean {
    if (!this.handle) return false;
    this.handle.zoomToFit();
    return true;
  }

  /** Pans by screen pixels; false with no canvas. */
  panBy(dx: number, dy: number): boolean {
    if (!this.handle) return false;
    this.handle.panBy(dx, dy);
    return true;
  }

  /** Puts a canvas point at the centre of the view; false with no canvas. */
  centreOn(point: Point): boolean {
    if (!this.handle) return false;
    this.handle.centreOn(point);
    return true;
  }

  /** The camera now, or null with no canvas. */
  get viewport(): Viewport | null {
    return this.handle ? this.handle.getViewport() : null;
  }

  /** The canvas's size on screen in pixels, or null with no canvas. */
  get size(): { width: number; height: number } | null {
    return this.handle ? this.handle.getSize() : null;
  }

  /** Abandons a drag or marquee in progress; false if there was none (or no canvas). */
  cancelGesture(): boolean {
    return this.handle ? this.handle.cancelGesture() : false;
  }

  /**
   * Listens to the camera on every frame of a pan or zoom (the minimap's viewport box).
   * Listeners must be cheap and must not set React state per frame. Returns the unsubscribe.
   */
  subscribe(listener: (viewport: Viewport) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Called by the attached canvas on each camera frame. */
  report(viewport: Viewport): void {
    for (const listener of [...this.listeners]) listener(viewport);
  }
}
