/** A straight line between two points, in canvas units. */
export interface LineEnds {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Enough digits that a line across all of England ends within a tenth of a unit of its point. */
const round = (n: number): number => Math.round(n * 1e4) / 1e4;

/**
 * The attributes of an SVG <line> drawn from (x1, y1) to (x2, y2) as a horizontal line of the
 * same length, turned into place (x1, y1 and y2 stay 0). Why: Chromium's rasteriser (Skia) dashes
 * a sloping line along its whole length for every tile the line's box touches, but clips a
 * horizontal one to the tile first. At England scale the dashed provider and council lines cross
 * the whole map, and dashing them was almost all the cost of drawing the lines: ~13 ms a tile with
 * software raster, against ~0.1 ms once turned (issue 6). Every canvas line is drawn this way, so
 * the drag engine writes them all alike.
 */
export function lineAttributes({ x1, y1, x2, y2 }: LineEnds): { transform: string; x2: number } {
  const angle = (Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI;
  return {
    transform: `translate(${x1},${y1}) rotate(${round(angle)})`,
    x2: round(Math.hypot(x2 - x1, y2 - y1)),
  };
}

/** Moves a <line> drawn by `lineAttributes` (or a new one) to `ends`. */
export function placeLine(line: Element, ends: LineEnds): void {
  const { transform, x2 } = lineAttributes(ends);
  line.setAttribute('transform', transform);
  line.setAttribute('x2', String(x2));
}
