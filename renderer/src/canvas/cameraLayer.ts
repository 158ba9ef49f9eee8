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
 * Moves the camera in two layers: `layer` (will-change: transform, canvas.css) takes each frame of
 * a gesture as a CSS transform, which the compositor applies to the already painted drawing; the
 * `camera` <g>'s attribute is written only when the gesture ends. With software rendering a
 * repaint of the whole SVG per frame was what made pans slow (issue 6).
 */
export function createCameraLayer(layer: SVGGElement, camera: SVGGElement): CameraLayer {
  let drawn: Viewport | null = null;
  const settle = (v: Viewport): void => {
    camera.setAttribute('transform', cameraAttribute(v));
    layer.style.transform = '';
    layer.classList.remove('is-zooming');
    drawn = v;
  };
  return {
    move(v) {
      // Nothing drawn yet (the first frame): draw rather than move.
      if (!drawn) {
        settle(v);
        return;
      }
      layer.style.transform = gestureTransform(drawn, v);
      // A pan only translates the painted layer, but a zoom re-rasterises it each frame, and with
      // software rendering drop shadows are most of that cost: they are left off (canvas.css)
      // until the camera settles.
      layer.classList.toggle('is-zooming', v.k !== drawn.k);
    },
    settle,
  };
}
