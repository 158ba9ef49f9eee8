import { describe, expect, it, vi } from 'vitest';
import { applyEdit } from '../../../shared/edits/applyEdit';
import * as validation from '../../../shared/schema/validateWorkspace';
import {
  B,
  applyOk,
  applyRefused,
  arrangementOf,
  fixtureWorkspace,
  nodeOf,
  scenarioOf,
} from './editFixtures';

// Spy on the validator to show a drag commit does not run it (the fast path).
vi.mock('../../../shared/schema/validateWorkspace', async (importOriginal) => {
  const actual = await importOriginal<typeof validation>();
  return { ...actual, validateWorkspace: vi.fn(actual.validateWorkspace) };
});

describe('moveItems', () => {
  it('sets the position of nodes, localities and arrangement hubs in one edit', () => {
    const ws = fixtureWorkspace();
    const next = applyOk(ws, {
      type: 'moveItems',
      scenarioId: B,
      moves: [
        { id: 'ashby', x: 50, y: 60 },
        { id: 'north', x: 400, y: 300 },
        { id: 'b-n', x: 5, y: 6 },
        { id: 'cl', x: -20, y: -30 },
      ],
    });
    expect(nodeOf(next, 'ashby')).toMatchObject({ x: 50, y: 60 });
    expect(nodeOf(next, 'b-n')).toMatchObject({ x: 5, y: 6 });
    expect(nodeOf(next, 'cl')).toMatchObject({ x: -20, y: -30, width: 800, height: 600 });
    expect(arrangementOf(next, 'north')).toMatchObject({ x: 400, y: 300 });
    // Untouched records keep their identity.
    expect(nodeOf(next, 'bourne')).toBe(nodeOf(ws, 'bourne'));
    expect(arrangementOf(next, 'host')).toBe(arrangementOf(ws, 'host'));
    expect(scenarioOf(next).laOverlaps).toBe(scenarioOf(ws).laOverlaps);
  });

  it('moving only nodes keeps the arrangements list identical', () => {
    const ws = fixtureWorkspace();
    const next = applyOk(ws, {
      type: 'moveItems',
      scenarioId: B,
      moves: [{ id: 'la', x: 1, y: 2 }],
    });
    expect(scenarioOf(next).arrangements).toBe(scenarioOf(ws).arrangements);
  });

  it('a drag commit is not re-validated: only ids and coordinates are checked', () => {
    const ws = fixtureWorkspace(); // built with the validator, before the spy is cleared
    const spy = vi.mocked(validation.validateWorkspace);
    spy.mockClear();
    const result = applyEdit(ws, {
      type: 'moveItems',
      scenarioId: B,
      moves: [{ id: 'ashby', x: 1, y: 1 }],
    });
    expect(result.ok).toBe(true);
    expect(spy).not.toHaveBeenCalled();
  });

  it('a position that is not a finite number is refused', () => {
    expect(
      applyRefused(fixtureWorkspace(), {
        type: 'moveItems',
        scenarioId: B,
        moves: [{ id: 'ashby', x: Number.NaN, y: 1 }],
      }),
    ).toEqual([
      'Cannot move "Ashby CCG" to (NaN, 1) in scenario "Option B": a position must be a pair of finite numbers',
    ]);
    applyRefused(fixtureWorkspace(), {
      type: 'moveItems',
      scenarioId: B,
      moves: [{ id: 'north', x: 0, y: Infinity }],
    });
  });

  it('moving an id that does not exist is refused and moves nothing', () => {
    expect(
      applyRefused(fixtureWorkspace(), {
        type: 'moveItems',
        scenarioId: B,
        moves: [
          { id: 'ashby', x: 1, y: 1 },
          { id: 'ghost', x: 1, y: 1 },
        ],
      }),
    ).toEqual(['Cannot move "ghost": nothing with that id exists in scenario "Option B"']);
  });
});
