import { describe, expect, it } from 'vitest';
import * as canvas from '../../../renderer/src/canvas/canvasGeometry';
import { alignItems, distributeItems, snapToGrid } from '../../../shared/edits/arrange';
import type { Edit } from '../../../shared/edits/edit';
import * as sizes from '../../../shared/edits/itemBounds';
import { itemBounds } from '../../../shared/edits/itemBounds';
import { B, applyOk, arrangementOf, fixtureWorkspace, nodeOf, scenarioOf } from './editFixtures';

// Fixture positions (Option B): Ashby CCG card at (10, 10), 240×90 (no localities); Bourne CCG
// at (300, 10), 240×142 (two localities); the county council at (0, 700), 210×64; the CSU at
// (900, 0) and Acme at (900, 300); the cluster (0, 0) 800×600. No hub has a position of its own.

const movesOf = (edit: Edit) => (edit.type === 'moveItems' ? edit.moves : []);

describe('itemBounds', () => {
  it('gives the boxes the canvas draws', () => {
    const s = scenarioOf(fixtureWorkspace());
    expect(itemBounds(s, 'ashby')).toEqual({ x: 10, y: 10, width: 240, height: 90 });
    expect(itemBounds(s, 'bourne')).toEqual({ x: 300, y: 10, width: 240, height: 90 + 2 * 26 });
    expect(itemBounds(s, 'la')).toEqual({ x: 0, y: 700, width: 210, height: 64 });
    expect(itemBounds(s, 'acme')).toEqual({ x: 900, y: 300, width: 210, height: 64 });
    expect(itemBounds(s, 'cl')).toEqual({ x: 0, y: 0, width: 800, height: 600 });
    expect(itemBounds(s, 'b-n')).toBeUndefined(); // a chip inside its card
    expect(itemBounds(s, 'ghost')).toBeUndefined();
  });

  it('places a hub without a position at the centroid of its member cards, and a positioned hub at its x, y', () => {
    const ws = fixtureWorkspace();
    // Ashby's centre (130, 55), Bourne's (420, 81): the hub is centred on (275, 68).
    expect(itemBounds(scenarioOf(ws), 'north')).toEqual({ x: 255, y: 48, width: 40, height: 40 });
    const moved = applyOk(ws, {
      type: 'moveItems',
      scenarioId: B,
      moves: [{ id: 'north', x: 500, y: 400 }],
    });
    expect(itemBounds(scenarioOf(moved), 'north')).toEqual({
      x: 480,
      y: 380,
      width: 40,
      height: 40,
    });
  });

  it("uses the same numbers as the renderer's canvas geometry", () => {
    expect(sizes.ORG_BOX_WIDTH).toBe(canvas.ORG_BOX_WIDTH);
    expect(sizes.ORG_BOX_HEIGHT).toBe(canvas.ORG_BOX_HEIGHT);
    expect(sizes.HUB_RADIUS).toBe(canvas.HUB_RADIUS);
    expect(sizes.CCG_CARD_WIDTH).toBe(canvas.CCG_CARD_WIDTH);
    expect(sizes.ccgCardHeight(3)).toBe(canvas.ccgCardHeight(3));
  });
});

describe('alignItems', () => {
  const s = () => scenarioOf(fixtureWorkspace());

  it('aligns left and right edges, moving only what must move', () => {
    expect(movesOf(alignItems(s(), ['ashby', 'bourne', 'la'], 'left'))).toEqual([
      { id: 'ashby', x: 0, y: 10 },
      { id: 'bourne', x: 0, y: 10 },
    ]);
    expect(movesOf(alignItems(s(), ['ashby', 'bourne', 'la'], 'right'))).toEqual([
      { id: 'ashby', x: 300, y: 10 },
      { id: 'la', x: 330, y: 700 },
    ]);
  });

  it("aligns top and bottom edges using each card's drawn height", () => {
    expect(movesOf(alignItems(s(), ['ashby', 'bourne', 'la'], 'top'))).toEqual([
      { id: 'la', x: 0, y: 10 },
    ]);
    expect(movesOf(alignItems(s(), ['ashby', 'bourne', 'la'], 'bottom'))).toEqual([
      { id: 'ashby', x: 10, y: 674 },
      { id: 'bourne', x: 300, y: 622 },
    ]);
  });

  it('aligns centres on the centre line of the selection', () => {
    expect(movesOf(alignItems(s(), ['ashby', 'bourne', 'la'], 'centre-x'))).toEqual([
      { id: 'ashby', x: 150, y: 10 },
      { id: 'bourne', x: 150, y: 10 },
      { id: 'la', x: 165, y: 700 },
    ]);
    // Top 0 (the cluster), bottom 600: centre line y = 300.
    expect(movesOf(alignItems(s(), ['cl', 'ashby'], 'centre-y'))).toEqual([
      { id: 'ashby', x: 10, y: 255 },
    ]);
  });

  it('moves a hub by its centre, giving it a position of its own', () => {
    const ws = fixtureWorkspace();
    const edit = alignItems(scenarioOf(ws), ['north', 'la'], 'left');
    expect(movesOf(edit)).toEqual([{ id: 'north', x: 20, y: 68 }]);
    expect(arrangementOf(applyOk(ws, edit), 'north')).toMatchObject({ x: 20, y: 68 });
  });

  it('moves nothing with fewer than two items (localities and unknown ids do not count)', () => {
    expect(alignItems(s(), ['ashby', 'b-n', 'ghost'], 'left')).toEqual({
      type: 'moveItems',
      scenarioId: B,
      moves: [],
    });
  });
});

describe('distributeItems', () => {
  it('spaces items evenly between the first and the last, which stay put', () => {
    const ws = fixtureWorkspace();
    // Ashby 10..250, Bourne 300..540, the CSU 900..1110: gaps of (1100 − 690) / 2 = 205.
    const edit = distributeItems(scenarioOf(ws), ['csu', 'bourne', 'ashby'], 'x');
    expect(movesOf(edit)).toEqual([{ id: 'bourne', x: 455, y: 10 }]);
    expect(nodeOf(applyOk(ws, edit), 'bourne')).toMatchObject({ x: 455 });
  });

  it('distributes vertically by drawn heights', () => {
    // Ashby 10..100, Acme 300..364, the council 700..764: gaps of (754 − 218) / 2 = 268.
    expect(
      movesOf(distributeItems(scenarioOf(fixtureWorkspace()), ['la', 'acme', 'ashby'], 'y')),
    ).toEqual([{ id: 'acme', x: 900, y: 368 }]);
  });

  it('moves nothing with fewer than three items', () => {
    expect(movesOf(distributeItems(scenarioOf(fixtureWorkspace()), ['ashby', 'csu'], 'x'))).toEqual(
      [],
    );
  });
});

describe('snapToGrid', () => {
  it('rounds to the nearest grid line', () => {
    expect(snapToGrid(14, 10)).toBe(10);
    expect(snapToGrid(15, 10)).toBe(20);
    expect(snapToGrid(-26, 10)).toBe(-30);
    expect(Object.is(snapToGrid(-4, 10), 0)).toBe(true);
  });

  it('leaves the value alone with no grid', () => {
    expect(snapToGrid(13.5, 0)).toBe(13.5);
    expect(snapToGrid(13.5, Number.NaN)).toBe(13.5);
  });
});
