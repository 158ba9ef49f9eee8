import { describe, expect, it } from 'vitest';
import { costScenario } from '../../../shared/costing/costScenario';
import type { Workspace } from '../../../shared/model/workspace';
import { B, applyOk, applyRefused, fixtureWorkspace, nodeOf, scenarioOf } from './editFixtures';

const populationOf = (ws: Workspace, ccgId: string): number =>
  costScenario(ws, B).ccgs.find((c) => c.id === ccgId)?.population ?? Number.NaN;

describe('moveLocality', () => {
  it('moving a locality moves its population to the new CCG', () => {
    // Ashby first gets a locality of its own, so both CCGs take their population from localities.
    const ws = applyOk(fixtureWorkspace(), {
      type: 'addNode',
      scenarioId: B,
      node: { kind: 'locality', id: 'a-1', name: 'Ashby Town', ccgId: 'ashby', population: 120000 },
    });
    const next = applyOk(ws, {
      type: 'moveLocality',
      scenarioId: B,
      localityId: 'b-n',
      toCcgId: 'ashby',
    });
    const moved = 60000;
    expect(populationOf(next, 'ashby') - populationOf(ws, 'ashby')).toBe(moved);
    expect(populationOf(ws, 'bourne') - populationOf(next, 'bourne')).toBe(moved);
    expect(nodeOf(next, 'b-n')).toMatchObject({ ccgId: 'ashby', population: moved });
    // Only the locality record is new; its place in the list (chip order) is kept.
    scenarioOf(next).nodes.forEach((n, i) => {
      if (n.id === 'b-n') expect(n).not.toBe(scenarioOf(ws).nodes[i]);
      else expect(n).toBe(scenarioOf(ws).nodes[i]);
    });
  });

  it('moving the last locality of a CCG without a population of its own is refused', () => {
    const ws = applyOk(fixtureWorkspace(), {
      type: 'moveLocality',
      scenarioId: B,
      localityId: 'b-n',
      toCcgId: 'ashby',
    });
    expect(
      applyRefused(ws, {
        type: 'moveLocality',
        scenarioId: B,
        localityId: 'b-s',
        toCcgId: 'ashby',
      }),
    ).toEqual([
      'scenario "Option B" › CCG "Bourne CCG": population: moving its last locality "Bourne South" to Ashby CCG would leave it with no population (it has no population of its own); give Bourne CCG a population first',
    ]);
  });

  it('moving the last locality of a CCG that has its own population is allowed: it falls back to that population', () => {
    let ws = applyOk(fixtureWorkspace(), {
      type: 'updateNode',
      scenarioId: B,
      id: 'bourne',
      patch: { population: 50000 },
    });
    ws = applyOk(ws, { type: 'moveLocality', scenarioId: B, localityId: 'b-n', toCcgId: 'ashby' });
    ws = applyOk(ws, { type: 'moveLocality', scenarioId: B, localityId: 'b-s', toCcgId: 'ashby' });
    expect(populationOf(ws, 'bourne')).toBe(50000);
    expect(populationOf(ws, 'ashby')).toBe(130000);
  });

  it('moving a locality to something that is not a CCG, or to its own CCG, is refused', () => {
    expect(
      applyRefused(fixtureWorkspace(), {
        type: 'moveLocality',
        scenarioId: B,
        localityId: 'b-n',
        toCcgId: 'cl',
      }),
    ).toEqual([
      'Cannot move locality "Bourne North": "Northshire cluster" is a cluster, not a CCG (scenario "Option B")',
    ]);
    expect(
      applyRefused(fixtureWorkspace(), {
        type: 'moveLocality',
        scenarioId: B,
        localityId: 'b-n',
        toCcgId: 'bourne',
      }),
    ).toEqual([
      'Locality "Bourne North" is already in Bourne CCG; choose another CCG to move it to',
    ]);
    expect(
      applyRefused(fixtureWorkspace(), {
        type: 'moveLocality',
        scenarioId: B,
        localityId: 'zz',
        toCcgId: 'ashby',
      }),
    ).toEqual(['Locality "zz" does not exist in scenario "Option B"']);
  });
});
