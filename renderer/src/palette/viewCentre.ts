import type { Viewport } from '../state/uiStore';
import type { Point } from './createPaletteNode';

/** The attribute marking the element around the canvas that palette items are dropped on. */
export const DROP_ZONE_ATTRIBUTE = 'data-palette-drop-zone';

/** Canvas units of a point on screen: world = (client − canvas top-left − (x, y)) / k. */
export function clientToWorld(client: Point, canvasTopLeft: Point, viewport: Viewport): Point {
  return {
    x: (client.x - canvasTopLeft.x - viewport.x) / viewport.k,
    y: (client.y - canvasTopLeft.y - viewport.y) / viewport.k,
  };
}

/** The part of the canvas on screen, in canvas units (a typical size when no canvas is showing). */
export function visibleWorldRect(viewport: Viewport): { x: number; y: number; width: number; height: number } {
  const zone = document.querySelector(`[${DROP_ZONE_ATTRIBUTE}]`);
  const rect = zone?.getBoundingClientRect();
  const width = rect && rect.width > 0 ? rect.width : 900;
  const height = rect && rect.height > 0 ? rect.height : 600;
  const topLeft = clientToWorld({ x: 0, y: 0 }, { x: 0, y: 0 }, viewport);
  return { x: topLeft.x, y: topLeft.y, width: width / viewport.k, height: height / viewport.k };
}

/**
 * The canvas point at the middle of what is on screen. Without a canvas on screen (the matrix is
 * showing) it assumes a typical canvas size, which still lands near what was last looked at.
 */
export function viewCentre(viewport: Viewport): Point {
  const r = visibleWorldRect(viewport);
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}
