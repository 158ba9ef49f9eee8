import type { Viewport } from '../state/uiStore';

/** The SVG `transform` attribute that draws the world under camera `v`. */
export function cameraAttribute(v: Viewport): string {
  return `translate(${v.x},${v.y}) scale(${v.k})`;
}

/**
 * The CSS transform (origin 0 0) that carries a drawing made for camera `drawn` to where camera
 * `live` shows it: a world point w drawn at q = drawn.k·w + drawn.x must appear at
 * live.k·w + live.x = s·q + (live.x − s·drawn.x), with s = live.k / drawn.k.
 */
export function gestureTransform(drawn: Viewport, live: Viewport): string {
  const s = live.k / drawn.k;
  return `translate(${live.x - s * drawn.x}px,${live.y - s * drawn.y}px) scale(${s})`;
}

export interface CameraLayer {
  /** A frame of a pan or zoom: moves what is already drawn, on the compositor (no repaint). */
  move(v: Viewport): void;
  /** The camera settled: draws at `v` and drops the CSS transform in the same frame. */
  settle(v: Viewport): void;
}

/**
 * Moves the camera in two steps. During a gesture `layer` (the canvas's <svg>, its own compositor
 * layer: will-change: transform in canvas.css) takes each frame as a CSS transform, which the
 * compositor applies to the drawing already rasterised, so a pan or zoom repaints nothing. When
 * the gesture ends the `cameras`' attribute is written (the drawing's, and the overlay's above it,
 * which holds nothing while the camera moves) and the CSS transform dropped in the same frame, and
 * the drawing is rasterised once, sharp, at the new zoom. With software rendering a repaint of
 * the whole canvas on every frame was what made pans and zooms slow (issue 6).
 */
export function createCameraLayer(
  layer: HTMLElement | SVGElement,
  cameras: readonly SVGGElement[],
): CameraLayer {
  let drawn: Viewport | null = null;
  const settle = (v: Viewport): void => {
    for (const camera of cameras) camera.setAttribute('transform', cameraAttribute(v));
    layer.style.transform = '';
    drawn = v;
  };
  return {
    move(v) {
      // Nothing drawn yet (the first frame): draw rather than move.
      if (!drawn) settle(v);
      else layer.style.transform = gestureTransform(drawn, v);
    },
    settle,
  };
}
