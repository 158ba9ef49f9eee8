import type { Viewport } from '../state/uiStore';
import type { Box, Point } from './createPaletteNode';

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
export function visibleWorldRect(viewport: Viewport): {
  x: number;
  y: number;
  width: number;
  height: number;
} {
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

/** What floats over the canvas and would hide a card placed under it. */
const FLOATING_SELECTOR = '.minimap, .zoom-controls, .canvas-legend';

/**
 * The boxes, in canvas units, of what floats over the canvas on screen (the minimap, the zoom
 * buttons, the key): a card placed for the user goes elsewhere, so it is never hidden under one.
 */
export function floatingWorldBoxes(viewport: Viewport): Box[] {
  const zone = document.querySelector(`[${DROP_ZONE_ATTRIBUTE}]`);
  if (!zone) return [];
  const origin = zone.getBoundingClientRect();
  return Array.from(zone.querySelectorAll(FLOATING_SELECTOR))
    .map((el) => {
      const r = el.getBoundingClientRect();
      const topLeft = clientToWorld(
        { x: r.left, y: r.top },
        { x: origin.left, y: origin.top },
        viewport,
      );
      return { ...topLeft, width: r.width / viewport.k, height: r.height / viewport.k };
    })
    .filter((b) => b.width > 0 && b.height > 0);
}
