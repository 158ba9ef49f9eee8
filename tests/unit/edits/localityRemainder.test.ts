import { describe, expect, it } from 'vitest';
import { costScenario } from '../../../shared/costing/costScenario';
import {
  localityCoverage,
  populationNotices,
  REMAINDER_SUFFIX,
} from '../../../shared/edits/localityRemainder';
import type { LocalityNode, Workspace } from '../../../shared/model/workspace';
import { B, applyOk, fixtureWorkspace, scenarioOf } from './editFixtures';

// Ashby CCG in the fixture has its own population of 120,000 and no localities; Bourne CCG's
// 130,000 come from Bourne North (60,000) and Bourne South (70,000).
const populationOf = (ws: Workspace, ccgId: string): number =>
  costScenario(ws, B).ccgs.find((c) => c.id === ccgId)?.population ?? Number.NaN;
const localitiesOf = (ws: Workspace, ccgId: string): { name: string; population: number }[] =>
  scenarioOf(ws)
    .nodes.filter((n): n is LocalityNode => n.kind === 'locality' && n.ccgId === ccgId)
    .map((l) => ({ name: l.name, population: l.population }));
const remainderOf = (ws: Workspace): number | undefined =>
  localitiesOf(ws, 'ashby').find((l) => l.name === `Ashby CCG${REMAINDER_SUFFIX}`)?.population;
const addLocality = (ws: Workspace, id: string, population: number, ccgId = 'ashby'): Workspace =>
  applyOk(ws, {
    type: 'addNode',
    scenarioId: B,
    node: { kind: 'locality', id, name: `Locality ${id}`, ccgId, population },
  });

describe('a CCG keeps its own population when its first locality is added', () => {
  it('regression: a 20,000 locality added to a CCG of 120,000 no longer makes it a CCG of 20,000', () => {
    const ws = addLocality(fixtureWorkspace(), 'a1', 20000);
    expect(populationOf(ws, 'ashby')).toBe(120000);
    expect(localitiesOf(ws, 'ashby')).toEqual([
      { name: 'Locality a1', population: 20000 },
      { name: `Ashby CCG${REMAINDER_SUFFIX}`, population: 100000 },
    ]);
    expect(localityCoverage(scenarioOf(ws), 'ashby')).toMatchObject({
      own: 120000,
      named: 20000,
      notYetInALocality: 100000,
    });
  });

  it('regression, as the palette does it: a first locality starts at the CCG’s whole 120,000 and is typed down to 20,000', () => {
    let ws = addLocality(fixtureWorkspace(), 'a1', 120000);
    ws = applyOk(ws, { type: 'updateNode', scenarioId: B, id: 'a1', patch: { population: 20000 } });
    expect(populationOf(ws, 'ashby')).toBe(120000);
    expect(remainderOf(ws)).toBe(100000);
  });

  it('says so in a notice', () => {
    const before = fixtureWorkspace();
    const after = addLocality(before, 'a1', 20000);
    expect(populationNotices(scenarioOf(before), scenarioOf(after))).toEqual([
      'Ashby CCG keeps its population of 120,000: its localities total 20,000, so the other 100,000 are in “Ashby CCG — not yet in a locality” until you add them to localities.',
    ]);
  });

  it('the remainder shrinks as named localities are added or grow, and grows as they leave', () => {
    let ws = addLocality(fixtureWorkspace(), 'a1', 20000);
    ws = addLocality(ws, 'a2', 30000);
    expect(remainderOf(ws)).toBe(70000);
    ws = applyOk(ws, { type: 'updateNode', scenarioId: B, id: 'a2', patch: { population: 35000 } });
    expect(remainderOf(ws)).toBe(65000);
    ws = applyOk(ws, { type: 'moveLocality', scenarioId: B, localityId: 'b-n', toCcgId: 'ashby' });
    expect(remainderOf(ws)).toBe(120000 - 20000 - 35000 - 60000);
    expect(populationOf(ws, 'ashby')).toBe(120000);
    ws = applyOk(ws, { type: 'deleteItems', scenarioId: B, ids: ['a2'] });
    expect(remainderOf(ws)).toBe(40000);
    expect(populationOf(ws, 'ashby')).toBe(120000);
  });

  it('when the named localities pass the CCG’s figure the remainder goes, and the notice says the population changed', () => {
    const before = addLocality(fixtureWorkspace(), 'a1', 20000);
    const after = applyOk(before, {
      type: 'moveLocality',
      scenarioId: B,
      localityId: 'b-s',
      toCcgId: 'ashby',
    });
    const afterMore = applyOk(after, {
      type: 'updateNode',
      scenarioId: B,
      id: 'a1',
      patch: { population: 60000 },
    });
    expect(localitiesOf(afterMore, 'ashby')).toEqual([
      { name: 'Bourne South', population: 70000 },
      { name: 'Locality a1', population: 60000 },
    ]);
    expect(populationOf(afterMore, 'ashby')).toBe(130000);
    expect(populationNotices(scenarioOf(after), scenarioOf(afterMore))).toEqual([
      'Ashby CCG’s population is now 130,000 (was 120,000): its localities total 130,000, more than its own figure of 120,000, so “Ashby CCG — not yet in a locality” was removed. Undo brings it back.',
    ]);
  });

  it('“Use the localities’ total” is deleting the remainder: one edit, the CCG then counts its localities', () => {
    const ws = addLocality(fixtureWorkspace(), 'a1', 20000);
    const remainder = localityCoverage(scenarioOf(ws), 'ashby')?.remainder;
    if (!remainder) throw new Error('no remainder');
    const used = applyOk(ws, { type: 'deleteItems', scenarioId: B, ids: [remainder.id] });
    expect(populationOf(used, 'ashby')).toBe(20000);
    expect(localityCoverage(scenarioOf(used), 'ashby')).toBeNull();
    // Later edits leave it alone: no remainder comes back.
    expect(localitiesOf(addLocality(used, 'a2', 5000), 'ashby')).toHaveLength(2);
  });

  it('a remainder left alone when its last named locality leaves is removed: the CCG counts its own figure again', () => {
    const ws = addLocality(fixtureWorkspace(), 'a1', 20000);
    const emptied = applyOk(ws, {
      type: 'moveLocality',
      scenarioId: B,
      localityId: 'a1',
      toCcgId: 'bourne',
    });
    expect(localitiesOf(emptied, 'ashby')).toEqual([]);
    expect(populationOf(emptied, 'ashby')).toBe(120000);
  });

  it('a CCG without a figure of its own, or with localities already, gets no remainder', () => {
    expect(
      localitiesOf(addLocality(fixtureWorkspace(), 'b3', 5000, 'bourne'), 'bourne'),
    ).toHaveLength(3);
    const same = addLocality(fixtureWorkspace(), 'a1', 120000);
    expect(localitiesOf(same, 'ashby')).toEqual([{ name: 'Locality a1', population: 120000 }]);
  });
});

describe('the remainder in the costing', () => {
  it('is not a devolved locality: a federated CCG pays for its named localities only', () => {
    const federated = applyOk(fixtureWorkspace(), {
      type: 'updateNode',
      scenarioId: B,
      id: 'ashby',
      patch: { federated: true },
    });
    const ws = addLocality(federated, 'a1', 20000);
    const ashby = costScenario(ws, B).ccgs.find((c) => c.id === 'ashby');
    // One named locality at the default £150,000; the remainder adds nothing.
    expect(ashby?.coreParts.devolvedLocalities).toBe(150000);
  });
});
