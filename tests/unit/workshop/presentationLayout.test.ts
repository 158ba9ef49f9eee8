import { describe, expect, it } from 'vitest';
import { costScenario } from '../../../shared/costing/costScenario';
import { findSample } from '../../../shared/samples';
import { figuresShown } from '../../../renderer/src/workshop/figuresShown';
import { presentationLayout } from '../../../renderer/src/workshop/presentationLayout';
import { roomFor } from '../../../renderer/src/workshop/PresentationDiagram';

// What the presented canvas and the results panel show for a slide, worked out on the Four
// small sample (four CCGs in a row: Ashvale, Brackenford, Cressingham, Dunmere, west to east).

const ws = findSample('four-small-ccgs')?.create();
if (!ws) throw new Error('sample missing');
const scenario = (id: string) => {
  const s = ws.scenarios.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};
const ONE_ROW = { columns: 4, rows: 1, hubs: 4 };

describe('presentationLayout', () => {
  it('an arrangement slide: every CCG bright in reading order, one labelled hub under the middle of its members', () => {
    const s = scenario('shared-service');
    const layout = presentationLayout(
      s,
      costScenario(ws, s.id),
      { kind: 'arrangement', id: 'arr-shared' },
      ONE_ROW,
    );
    expect(layout.cards.map((c) => [c.result.name, c.bright])).toEqual([
      ['Ashvale CCG', true],
      ['Brackenford CCG', true],
      ['Cressingham CCG', true],
      ['Dunmere CCG', true],
    ]);
    // Column centres 12.5, 37.5, 62.5, 87.5 %: their mean is 50 %.
    expect(layout.hubs).toEqual([
      {
        id: 'arr-shared',
        name: 'Wexmoor shared support service',
        what: 'shared service',
        members: [0, 1, 2, 3],
        at: 50,
        highlighted: true,
      },
    ]);
    expect(layout).toMatchObject({ columns: 4, moreCcgs: 0, moreHubs: 0, lines: true });
  });

  it('a host CCG slide highlighting Cressingham: it alone is bright, and the hub it is not in is left out', () => {
    const s = scenario('host-ccg');
    const layout = presentationLayout(
      s,
      costScenario(ws, s.id),
      { kind: 'ccg', id: 'ccg-cressingham' },
      ONE_ROW,
    );
    expect(layout.cards.filter((c) => c.bright).map((c) => c.result.name)).toEqual([
      'Cressingham CCG',
    ]);
    expect(layout.cards.find((c) => c.highlighted)?.result.name).toBe('Cressingham CCG');
    expect(layout.hubs).toEqual([]);
  });

  it('the host hub names its host, under Ashvale, Brackenford and Dunmere: (12.5 + 37.5 + 87.5) / 3 %', () => {
    const s = scenario('host-ccg');
    const layout = presentationLayout(s, costScenario(ws, s.id), undefined, ONE_ROW);
    expect(layout.hubs.map((h) => [h.what, h.members, h.at])).toEqual([
      ['host CCG arrangement hosted by Dunmere CCG', [0, 1, 3], 137.5 / 3],
    ]);
  });

  it('too little room: the subject first, the rest counted as "+N more", never squeezed', () => {
    const s = scenario('host-ccg');
    const layout = presentationLayout(
      s,
      costScenario(ws, s.id),
      { kind: 'ccg', id: 'ccg-dunmere' },
      { columns: 2, rows: 1, hubs: 1 },
    );
    // Dunmere (the subject) and Ashvale (first in reading order), shown in reading order.
    expect(layout.cards.map((c) => c.result.name)).toEqual(['Ashvale CCG', 'Dunmere CCG']);
    expect(layout.moreCcgs).toBe(2);
  });

  it('room at projector size: a 1280×720 stage holds four cards in a row with the hub row beneath', () => {
    // 1280 − a 345-px results panel = 935 px: (935 − 16) / (200 + 16) = 4.25 → 4 columns.
    expect(roomFor(935, 380, true)).toEqual({ columns: 4, rows: 1, hubs: 4 });
    expect(roomFor(1390, 800, true)).toEqual({ columns: 6, rows: 3, hubs: 6 });
  });
});

describe('figuresShown', () => {
  const ccgs = Array.from({ length: 11 }, (_, i) => ({ id: `c${i + 1}` }));
  it('lists up to eight, the highlighted first, and counts the rest', () => {
    const { shown, more } = figuresShown(ccgs, new Set(['c10', 'c3']));
    expect(shown.map((c) => c.id)).toEqual(['c3', 'c10', 'c1', 'c2', 'c4', 'c5', 'c6', 'c7']);
    expect(more).toBe(3);
  });
  it('eight or fewer: every one, none counted', () => {
    expect(figuresShown(ccgs.slice(0, 8), new Set())).toEqual({ shown: ccgs.slice(0, 8), more: 0 });
  });
});
