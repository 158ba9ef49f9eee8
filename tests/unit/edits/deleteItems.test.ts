import { describe, expect, it } from 'vitest';
import {
  B,
  applyOk,
  applyRefused,
  arrangementOf,
  fixtureWorkspace,
  nodeOf,
  scenarioOf,
} from './editFixtures';

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('deleteItems cascades so the scenario stays valid', () => {
  it('deleting a CCG deletes its localities and local authority links and removes it from arrangements', () => {
    const next = applyOk(fixtureWorkspace(), {
      type: 'deleteItems',
      scenarioId: B,
      ids: ['bourne'],
    });
    const s = scenarioOf(next);
    expect(ids(s.nodes)).toEqual(['cl', 'ashby', 'la', 'csu', 'acme']);
    expect(s.laOverlaps).toEqual([{ ccgId: 'ashby', laId: 'la', share: 0.9 }]);
    expect(arrangementOf(next, 'north')?.members).toEqual(['ashby']);
    expect(arrangementOf(next, 'csu-c')?.members).toEqual(['ashby']);
    // The hosted arrangement keeps its host (always a member), so it stays with no listed members.
    expect(arrangementOf(next, 'host')?.members).toEqual([]);
    // Acme finance had only Bourne: an arrangement left with no members is deleted.
    expect(arrangementOf(next, 'ext-c')).toBeUndefined();
  });

  it('deleting a host CCG deletes the arrangements it hosts', () => {
    const next = applyOk(fixtureWorkspace(), {
      type: 'deleteItems',
      scenarioId: B,
      ids: ['ashby'],
    });
    expect(arrangementOf(next, 'host')).toBeUndefined();
    expect(arrangementOf(next, 'la-p')).toBeUndefined(); // its only member
    expect(ids(scenarioOf(next).arrangements)).toEqual(['north', 'csu-c', 'ext-c']);
    expect(scenarioOf(next).laOverlaps).toEqual([{ ccgId: 'bourne', laId: 'la', share: 1 }]);
  });

  it('deleting a cluster takes its CCGs out of it but keeps them', () => {
    const ws = fixtureWorkspace();
    const next = applyOk(ws, { type: 'deleteItems', scenarioId: B, ids: ['cl'] });
    expect(nodeOf(next, 'cl')).toBeUndefined();
    expect(nodeOf(next, 'ashby')).toEqual({
      kind: 'ccg',
      id: 'ashby',
      name: 'Ashby CCG',
      population: 120000,
      federated: false,
      x: 10,
      y: 10,
    });
    expect(nodeOf(next, 'bourne')).toBe(nodeOf(ws, 'bourne'));
    expect(scenarioOf(next).arrangements).toBe(scenarioOf(ws).arrangements);
  });

  it('deleting a local authority deletes its links and the partnerships naming it', () => {
    const next = applyOk(fixtureWorkspace(), { type: 'deleteItems', scenarioId: B, ids: ['la'] });
    expect(scenarioOf(next).laOverlaps).toEqual([]);
    expect(arrangementOf(next, 'la-p')).toBeUndefined();
    expect(ids(scenarioOf(next).arrangements)).toEqual(['north', 'host', 'csu-c', 'ext-c']);
  });

  it('deleting a provider deletes the arrangements naming it', () => {
    const next = applyOk(fixtureWorkspace(), {
      type: 'deleteItems',
      scenarioId: B,
      ids: ['csu', 'acme'],
    });
    expect(ids(scenarioOf(next).arrangements)).toEqual(['north', 'host', 'la-p']);
  });

  it('deleting an arrangement leaves its members in-house for its functions', () => {
    const ws = fixtureWorkspace();
    const next = applyOk(ws, { type: 'deleteItems', scenarioId: B, ids: ['north'] });
    expect(ids(scenarioOf(next).arrangements)).toEqual(['host', 'la-p', 'csu-c', 'ext-c']);
    expect(scenarioOf(next).nodes).toBe(scenarioOf(ws).nodes);
  });

  it('deleting a locality keeps the rest of its CCG', () => {
    const next = applyOk(fixtureWorkspace(), { type: 'deleteItems', scenarioId: B, ids: ['b-n'] });
    expect(ids(scenarioOf(next).nodes)).toEqual([
      'cl',
      'ashby',
      'bourne',
      'b-s',
      'la',
      'csu',
      'acme',
    ]);
  });

  it('deleting a CCG and its localities together is one consistent deletion', () => {
    const next = applyOk(fixtureWorkspace(), {
      type: 'deleteItems',
      scenarioId: B,
      ids: ['b-n', 'bourne', 'b-s'],
    });
    expect(ids(scenarioOf(next).nodes)).toEqual(['cl', 'ashby', 'la', 'csu', 'acme']);
  });

  it('deleting the last localities of a CCG without a population of its own is refused', () => {
    expect(
      applyRefused(fixtureWorkspace(), { type: 'deleteItems', scenarioId: B, ids: ['b-n', 'b-s'] }),
    ).toEqual([
      'scenario "Option B" › CCG "Bourne CCG": population: deleting its last locality would leave it with no population (it has no population of its own); give Bourne CCG a population first',
    ]);
  });

  it('deleting something that does not exist is refused', () => {
    expect(
      applyRefused(fixtureWorkspace(), {
        type: 'deleteItems',
        scenarioId: B,
        ids: ['ashby', 'ghost'],
      }),
    ).toEqual(['Nothing with id "ghost" exists in scenario "Option B", so it cannot be deleted']);
  });
});
