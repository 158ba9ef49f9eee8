import { describe, expect, it } from 'vitest';
import type { Slide, Workspace } from '../../../shared/model/workspace';
import { applyOk, applyRefused, B, C, deepFreeze, fixtureWorkspace } from './editFixtures';

const slide = (id: string, title: string, extra: Partial<Slide> = {}): Slide => ({
  id,
  title,
  scenarioId: B,
  camera: { x: 400, y: 300, k: 1 },
  ...extra,
});

/** Option B and C with three slides: plain, highlighting Ashby, and comparing B with C. */
function withSlides(): Workspace {
  let ws = fixtureWorkspace({ withOptionC: true });
  ws = applyOk(ws, { type: 'addSlide', slide: slide('s1', 'Overview') });
  ws = applyOk(ws, {
    type: 'addSlide',
    slide: slide('s2', 'Ashby', { highlight: { kind: 'ccg', id: 'ashby' } }),
  });
  ws = applyOk(ws, {
    type: 'addSlide',
    slide: slide('s3', 'B against C', { highlight: { kind: 'comparison', scenarioIds: [B, C] } }),
  });
  return deepFreeze(ws);
}
const titles = (ws: Workspace) => (ws.slides ?? []).map((s) => s.title);

describe('slide edits', () => {
  it('addSlide appends, or inserts at an index', () => {
    const ws = withSlides();
    expect(titles(ws)).toEqual(['Overview', 'Ashby', 'B against C']);
    const next = applyOk(ws, { type: 'addSlide', slide: slide('s0', 'Title'), index: 0 });
    expect(titles(next)).toEqual(['Title', 'Overview', 'Ashby', 'B against C']);
  });

  it('addSlide refuses a repeated id, a missing scenario and a CCG not in its scenario, with located messages', () => {
    const ws = withSlides();
    expect(applyRefused(ws, { type: 'addSlide', slide: slide('s1', 'Again') })).toEqual([
      'slide "Again": id: "s1" is used by another slide',
    ]);
    expect(
      applyRefused(ws, {
        type: 'addSlide',
        slide: slide('s9', 'Option B — North', { scenarioId: 's-9' }),
      }),
    ).toEqual(['slide "Option B — North": scenario "s-9" does not exist']);
    expect(
      applyRefused(ws, {
        type: 'addSlide',
        slide: slide('s9', 'Bourne in C', {
          scenarioId: C,
          highlight: { kind: 'ccg', id: 'bourne' },
        }),
      }),
    ).toEqual([
      'slide "Bourne in C": highlight: CCG "bourne" does not exist in scenario "Option C"',
    ]);
  });

  it('addSlide refuses a malformed slide (zero zoom, empty title)', () => {
    const errors = applyRefused(withSlides(), {
      type: 'addSlide',
      slide: slide('s9', '  ', { camera: { x: 0, y: 0, k: 0 } }),
    });
    expect(errors).toContain('slide "s9": title: must not be empty');
    expect(errors).toContain('slide "s9": camera.k: must be greater than zero');
  });

  it('updateSlide renames, sets notes, and removes a highlight with null', () => {
    const ws = withSlides();
    const renamed = applyOk(ws, {
      type: 'updateSlide',
      id: 's2',
      patch: { title: 'Ashby alone', notes: 'Small CCG' },
    });
    expect(renamed.slides?.[1]).toEqual(
      slide('s2', 'Ashby alone', { highlight: { kind: 'ccg', id: 'ashby' }, notes: 'Small CCG' }),
    );
    const cleared = applyOk(renamed, { type: 'updateSlide', id: 's2', patch: { highlight: null } });
    expect(cleared.slides?.[1]).not.toHaveProperty('highlight');
    // A patch that changes nothing returns the same workspace: no undo step.
    expect(applyOk(ws, { type: 'updateSlide', id: 's1', patch: { title: 'Overview' } })).toBe(ws);
  });

  it('updateSlide refuses a highlight of a missing arrangement and an unknown slide', () => {
    const ws = withSlides();
    expect(
      applyRefused(ws, {
        type: 'updateSlide',
        id: 's1',
        patch: { highlight: { kind: 'arrangement', id: 'gone' } },
      }),
    ).toEqual([
      'slide "Overview": highlight: arrangement "gone" does not exist in scenario "Option B"',
    ]);
    expect(applyRefused(ws, { type: 'deleteSlide', id: 'nope' })).toEqual([
      'Slide "nope" does not exist in workspace "Northshire"',
    ]);
  });

  it('moveSlide reorders; positions past either end stop there', () => {
    const ws = withSlides();
    expect(titles(applyOk(ws, { type: 'moveSlide', id: 's3', toIndex: 0 }))).toEqual([
      'B against C',
      'Overview',
      'Ashby',
    ]);
    expect(titles(applyOk(ws, { type: 'moveSlide', id: 's1', toIndex: 1 }))).toEqual([
      'Ashby',
      'Overview',
      'B against C',
    ]);
    expect(titles(applyOk(ws, { type: 'moveSlide', id: 's1', toIndex: 99 }))).toEqual([
      'Ashby',
      'B against C',
      'Overview',
    ]);
    expect(applyOk(ws, { type: 'moveSlide', id: 's2', toIndex: 1 })).toBe(ws);
  });

  it('deleteSlide removes one slide; the last one takes the slides field with it', () => {
    let ws = withSlides();
    ws = applyOk(ws, { type: 'deleteSlide', id: 's2' });
    expect(titles(ws)).toEqual(['Overview', 'B against C']);
    ws = applyOk(applyOk(ws, { type: 'deleteSlide', id: 's1' }), { type: 'deleteSlide', id: 's3' });
    expect(ws).not.toHaveProperty('slides');
  });
});

describe('deleting what a slide highlights', () => {
  it('deleting a CCG clears the highlight of slides pointing at it, in the same edit', () => {
    const ws = applyOk(withSlides(), { type: 'deleteItems', scenarioId: B, ids: ['ashby'] });
    expect(ws.slides?.[1]).toEqual(slide('s2', 'Ashby'));
    expect(titles(ws)).toEqual(['Overview', 'Ashby', 'B against C']);
  });

  it('deleting an arrangement clears an arrangement highlight; other slides keep theirs', () => {
    let ws = applyOk(withSlides(), {
      type: 'updateSlide',
      id: 's1',
      patch: { highlight: { kind: 'arrangement', id: 'north' } },
    });
    ws = applyOk(ws, { type: 'deleteItems', scenarioId: B, ids: ['north'] });
    expect(ws.slides?.[0]).not.toHaveProperty('highlight');
    expect(ws.slides?.[1]?.highlight).toEqual({ kind: 'ccg', id: 'ashby' });
  });

  it('a CCG of the same id in another scenario does not clear the highlight', () => {
    // Ashby is in Option C too; a slide of Option B highlighting it keeps its highlight.
    const ws = applyOk(withSlides(), { type: 'deleteItems', scenarioId: C, ids: ['ashby'] });
    expect(ws.slides?.[1]?.highlight).toEqual({ kind: 'ccg', id: 'ashby' });
  });

  it('an edit that deletes nothing a slide uses keeps the slides as they were', () => {
    const ws = withSlides();
    const next = applyOk(ws, { type: 'deleteItems', scenarioId: B, ids: ['acme'] });
    expect(next.slides).toBe(ws.slides);
  });

  it('deleting a scenario removes its slides and trims comparisons naming it, in the same undo step', () => {
    // Option C goes: "B against C" would compare one scenario, so its highlight is cleared.
    const withoutC = applyOk(withSlides(), { type: 'deleteScenario', scenarioId: C });
    expect(titles(withoutC)).toEqual(['Overview', 'Ashby', 'B against C']);
    expect(withoutC.slides?.[2]).not.toHaveProperty('highlight');
    // Option B goes: every slide was of Option B, so none is left.
    const withoutB = applyOk(withSlides(), { type: 'deleteScenario', scenarioId: B });
    expect(withoutB.slides ?? []).toEqual([]);
  });
});
