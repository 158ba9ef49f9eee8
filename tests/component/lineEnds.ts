import type { LineEnds } from '../../renderer/src/canvas/lineShape';

/**
 * Where a canvas <line> drawn by lineShape.ts starts and ends, read back from its attributes
 * (turned into place, it keeps its ends in `transform` and `x2`), to a tenth of a unit.
 */
export function drawnEnds(line: Element | null | undefined): LineEnds | null {
  const match = /^translate\(([-\d.e]+),([-\d.e]+)\) rotate\(([-\d.e]+)\)$/.exec(
    line?.getAttribute('transform') ?? '',
  );
  if (!line || !match) return null;
  const [x1, y1, degrees] = match.slice(1).map(Number) as [number, number, number];
  const length = Number(line.getAttribute('x2'));
  const angle = (degrees * Math.PI) / 180;
  const tenth = (n: number): number => Math.round(n * 10) / 10 + 0;
  return {
    x1: tenth(x1),
    y1: tenth(y1),
    x2: tenth(x1 + length * Math.cos(angle)),
    y2: tenth(y1 + length * Math.sin(angle)),
  };
}
