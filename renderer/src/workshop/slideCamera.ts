import type { SlideCamera } from '../../../shared/model/workspace';
import type { Viewport } from '../state/uiStore';

/** Size assumed for a view that is not on screen (the canvas hidden behind the matrix). */
export const DEFAULT_VIEW_SIZE = { width: 1280, height: 720 } as const;

type Size = { readonly width: number; readonly height: number };

/** The slide camera of a view: the canvas point at its centre, and its zoom. */
export function cameraOfViewport(v: Viewport, size: Size): SlideCamera {
  return { x: (size.width / 2 - v.x) / v.k, y: (size.height / 2 - v.y) / v.k, k: v.k };
}

/** The view transform that puts a slide camera's point at the centre of a view of this size. */
export function viewportOfCamera(c: SlideCamera, size: Size): Viewport {
  return { x: size.width / 2 - c.x * c.k, y: size.height / 2 - c.y * c.k, k: c.k };
}

/** The canvas rectangle a slide camera shows in a view of this size (the handout's picture). */
export function visibleRect(c: SlideCamera, size: Size = DEFAULT_VIEW_SIZE) {
  const width = size.width / c.k;
  const height = size.height / c.k;
  return { x: c.x - width / 2, y: c.y - height / 2, width, height };
}
