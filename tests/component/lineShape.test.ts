// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { lineAttributes, placeLine } from '../../renderer/src/canvas/lineShape';
import { drawnEnds } from './lineEnds';

describe('lineShape: a canvas line drawn level and turned into place', () => {
  it('is as long as the line and turned by its angle', () => {
    // A 3-4-5 triangle: 5 long, turned atan(4/3) = 53.1301°.
    expect(lineAttributes({ x1: 10, y1: 20, x2: 13, y2: 24 })).toEqual({
      transform: 'translate(10,20) rotate(53.1301)',
      x2: 5,
    });
    // Straight up the screen (y grows downward), and right to left.
    expect(lineAttributes({ x1: 0, y1: 0, x2: 0, y2: -7 })).toEqual({
      transform: 'translate(0,0) rotate(-90)',
      x2: 7,
    });
    expect(lineAttributes({ x1: 5, y1: 5, x2: 1, y2: 5 })).toEqual({
      transform: 'translate(5,5) rotate(180)',
      x2: 4,
    });
    expect(lineAttributes({ x1: 2, y1: 3, x2: 2, y2: 3 })).toEqual({
      transform: 'translate(2,3) rotate(0)',
      x2: 0,
    });
  });

  it('ends a line across all of England within a tenth of a unit of its point', () => {
    const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
    placeLine(line, { x1: 365, y1: 5728, x2: 11510.5, y2: 376.4 });
    expect(drawnEnds(line)).toEqual({ x1: 365, y1: 5728, x2: 11510.5, y2: 376.4 });
    // Moving it again replaces the placement, as a drag does every frame.
    placeLine(line, { x1: 0, y1: 0, x2: 30, y2: 40 });
    expect(line.getAttribute('transform')).toBe('translate(0,0) rotate(53.1301)');
    expect(line.getAttribute('x2')).toBe('50');
  });
});
