import { describe, expect, it } from 'vitest';
import { catchUp } from '../../../renderer/src/canvas/catchUp';
import { onScreen } from '../../../renderer/src/canvas/cullRect';

interface Item {
  readonly id: string;
  readonly x: number;
  readonly version: string;
}

// A screen 0..1000 wide: an item is in sight when its 100-wide box starts between -100 and 1000.
const near = { x: 0, y: 0, width: 1000, height: 700 };
const box = (item: Item) => ({ x: item.x, y: 0, width: 100, height: 50 });
const drawn = (current: Item[], previous: Item[]) =>
  catchUp(current, previous, (i) => i.id, box, near).map(
    ({ item, previous: old }) => `${item.id}@${item.version}${old ? ' (previous)' : ''}`,
  );

describe('catching up with a change: what is out of sight follows a frame later', () => {
  it('draws items in sight as they are now and items out of sight as they were', () => {
    expect(
      drawn(
        [
          { id: 'a', x: 100, version: 'new' },
          { id: 'b', x: 5000, version: 'new' },
        ],
        [
          { id: 'a', x: 100, version: 'old' },
          { id: 'b', x: 5000, version: 'old' },
        ],
      ),
    ).toEqual(['a@new', 'b@old (previous)']);
  });

  it('never leaves a stale item on screen: one moving into or out of sight is drawn as it is now', () => {
    expect(
      drawn(
        [
          { id: 'in', x: 200, version: 'new' },
          { id: 'out', x: 6000, version: 'new' },
        ],
        [
          { id: 'in', x: 6000, version: 'old' },
          { id: 'out', x: 200, version: 'old' },
        ],
      ),
    ).toEqual(['in@new', 'out@new']);
  });

  it('adds a new item out of sight, and removes a gone one out of sight, only when caught up', () => {
    expect(
      drawn(
        [
          { id: 'kept', x: 0, version: 'new' },
          { id: 'added-far', x: 9000, version: 'new' },
          { id: 'added-near', x: 500, version: 'new' },
        ],
        [
          { id: 'gone-far', x: 9000, version: 'old' },
          { id: 'kept', x: 0, version: 'old' },
          { id: 'gone-near', x: 300, version: 'old' },
        ],
      ),
    ).toEqual(['kept@new', 'added-near@new', 'gone-far@old (previous)']);
  });

  it('draws an item without a box as it is now', () => {
    const result = catchUp(
      [{ id: 'a', x: 5000, version: 'new' }],
      [{ id: 'a', x: 5000, version: 'old' }],
      (i) => i.id,
      () => undefined,
      near,
    );
    expect(result).toEqual([{ item: { id: 'a', x: 5000, version: 'new' }, previous: false }]);
  });
});

describe('onScreen', () => {
  it('is the world rectangle the screen shows, grown by a margin in screen pixels', () => {
    // Camera panned 200 px right and 100 px down at zoom 2: screen x 0 is world x -100.
    expect(onScreen({ x: 200, y: 100, k: 2 }, { width: 1000, height: 600 }, 40)).toEqual({
      x: -120,
      y: -70,
      width: 540,
      height: 340,
    });
  });

  it('is null before the canvas has a size', () => {
    expect(onScreen({ x: 0, y: 0, k: 1 }, { width: 0, height: 0 }, 40)).toBeNull();
  });
});

describe('catching up keeps the selection current', () => {
  it('draws a kept item as it is now even out of sight, so a command can focus it at once', () => {
    const result = catchUp(
      [{ id: 'pasted', x: 8000, version: 'new' }],
      [],
      (i) => i.id,
      box,
      near,
      (id) => id === 'pasted',
    );
    expect(result).toEqual([{ item: { id: 'pasted', x: 8000, version: 'new' }, previous: false }]);
  });
});
