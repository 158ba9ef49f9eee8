import { describe, expect, it } from 'vitest';
import { DEFAULT_FUNCTIONS } from '../../../shared/assumptions/defaultAssumptions';
import { DEFAULT_BANDS } from '../../../shared/staffing/staffingDefaults';
import { postsFromRows } from '../../../shared/staffing/postsFromRows';

const ctx = { bands: DEFAULT_BANDS, functions: DEFAULT_FUNCTIONS };

describe('posts pasted from a spreadsheet', () => {
  it('reads title, band, WTE and heading, matching bands and headings loosely', () => {
    const result = postsFromRows(
      [
        ['Title', 'Band', 'WTE', 'Heading'],
        ['Finance manager', 'Band 7', '1.5', 'Finance (transactional & management)'],
        ['Chief finance officer', 'cfo', '1', 'corporate'],
        ['HR adviser', '6', '0.6', 'hr'],
        ['', '', '', ''],
      ],
      ctx,
    );
    expect(result.errors).toEqual([]);
    expect(result.posts).toEqual([
      { title: 'Finance manager', band: '7', wte: 1.5, heading: 'finance' },
      { title: 'Chief finance officer', band: 'cfo', wte: 1, heading: 'corporate' },
      { title: 'HR adviser', band: '6', wte: 0.6, heading: 'hr' },
    ]);
  });

  it('explains each bad row by its number and keeps the good ones', () => {
    const result = postsFromRows(
      [
        ['Analyst', '10', '1', 'bi'],
        ['Clerk', '3', '0', 'corporate'],
        ['Lead', '8a', '1', 'Estates'],
        ['Officer', '5', '2', 'comms'],
      ],
      ctx,
    );
    expect(result.posts).toEqual([{ title: 'Officer', band: '5', wte: 2, heading: 'comms' }]);
    expect(result.errors).toEqual([
      expect.stringMatching(/^Row 1: band "10" is not a pay band/),
      'Row 2: WTE "0" must be a number more than 0 and at most 50',
      'Row 3: heading "Estates" is not a core heading or a support function',
    ]);
  });
});
