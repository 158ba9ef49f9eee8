import type { SlideCamera } from '../../../shared/model/workspace';
import type { Viewport } from '../state/uiStore';

/**
 * A slide's zoom is stated for a view this many pixels wide, so a slide frames the same part of
 * the canvas on a laptop and on a projector: a wider view zooms in proportionally.
 */
export const REFERENCE_VIEW_WIDTH = 1280;

/** Size assumed for a view that is not on screen (the handout's pictures; a hidden canvas). */
export const DEFAULT_VIEW_SIZE = { width: REFERENCE_VIEW_WIDTH, height: 720 } as const;

type Size = { readonly width: number; readonly height: number };

/** The slide camera of a view: the canvas point at its centre, and its zoom for the reference width. */
export function cameraOfViewport(v: Viewport, size: Size): SlideCamera {
  return {
    x: (size.width / 2 - v.x) / v.k,
    y: (size.height / 2 - v.y) / v.k,
    k: (v.k * REFERENCE_VIEW_WIDTH) / size.width,
  };
}

/** The view transform that shows a slide camera in a view of this size: its point at the centre. */
export function viewportOfCamera(c: SlideCamera, size: Size): Viewport {
  const k = (c.k * size.width) / REFERENCE_VIEW_WIDTH;
  return { x: size.width / 2 - c.x * k, y: size.height / 2 - c.y * k, k };
}

/** The canvas rectangle a slide camera shows in a view of this size (the handout's picture). */
export function visibleRect(c: SlideCamera, size: Size = DEFAULT_VIEW_SIZE) {
  const { k } = viewportOfCamera(c, size);
  const width = size.width / k;
  const height = size.height / k;
  return { x: c.x - width / 2, y: c.y - height / 2, width, height };
}
