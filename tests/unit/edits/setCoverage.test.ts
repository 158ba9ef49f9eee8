import { describe, expect, it } from 'vitest';
import { costScenario } from '../../../shared/costing/costScenario';
import type { Workspace } from '../../../shared/model/workspace';
import {
  B,
  applyOk,
  applyRefused,
  arrangementOf,
  fixtureWorkspace,
  scenarioOf,
} from './editFixtures';

// Fixture arrangements (Option B): north = shared service of Ashby + Bourne for HR and IT;
// host = BI hosted by Ashby for Bourne; la-p = comms with the county for Ashby; csu-c =
// contracting from the CSU for both; ext-c = finance from Acme for Bourne.

/** Who delivers a function to a CCG, as the costing engine sees it: an arrangement id or 'in-house'. */
const deliveredBy = (ws: Workspace, ccgId: string, functionId: string): string => {
  const cost = costScenario(ws, B).ccgs.find((c) => c.id === ccgId)?.functions[functionId];
  return cost?.arrangementId ?? cost?.mode ?? 'missing';
};

const cover = (ccgId: string, functionId: string, arrangementId: string | null) =>
  ({ type: 'setCoverage', scenarioId: B, ccgId, functionId, arrangementId }) as const;

describe('setCoverage: in-house to an arrangement', () => {
  it('joins the CCG to the arrangement when the arrangement already covers the function', () => {
    const next = applyOk(fixtureWorkspace(), cover('ashby', 'finance', 'ext-c'));
    expect(arrangementOf(next, 'ext-c')).toMatchObject({
      members: ['bourne', 'ashby'],
      functions: ['finance'],
    });
    expect(deliveredBy(next, 'ashby', 'finance')).toBe('ext-c');
  });

  it('adds the function to an arrangement the CCG is in, which covers its other members for it too', () => {
    const ws = fixtureWorkspace();
    expect(deliveredBy(ws, 'bourne', 'medicines')).toBe('in-house');
    const next = applyOk(ws, cover('ashby', 'medicines', 'north'));
    expect(arrangementOf(next, 'north')).toMatchObject({
      members: ['ashby', 'bourne'],
      functions: ['hr', 'it', 'medicines'],
    });
    expect(deliveredBy(next, 'ashby', 'medicines')).toBe('north');
    expect(deliveredBy(next, 'bourne', 'medicines')).toBe('north');
  });

  it('a host counts as a member: it is not added to the members list', () => {
    const next = applyOk(fixtureWorkspace(), cover('ashby', 'medicines', 'host'));
    expect(arrangementOf(next, 'host')).toMatchObject({
      hostCcgId: 'ashby',
      members: ['bourne'],
      functions: ['bi', 'medicines'],
    });
  });

  it('joining an arrangement also brings its other functions to the CCG', () => {
    const next = applyOk(fixtureWorkspace(), cover('bourne', 'medicines', 'la-p'));
    expect(arrangementOf(next, 'la-p')).toMatchObject({
      members: ['ashby', 'bourne'],
      functions: ['comms', 'medicines'],
    });
    expect(deliveredBy(next, 'bourne', 'comms')).toBe('la-p');
  });

  it('is refused when the function added to the arrangement would cover another member twice', () => {
    const ws = fixtureWorkspace();
    const errors = applyRefused(ws, cover('ashby', 'finance', 'csu-c'));
    expect(errors).toEqual([
      'scenario "Option B" › arrangement "Acme finance": CCG "Bourne CCG" already gets Finance (transactional & management) from arrangement "CSU contract"; a CCG\'s function can be covered by only one arrangement',
    ]);
  });
});

describe('setCoverage: an arrangement to in-house', () => {
  it('removes the CCG from the arrangement when it gets nothing else from it', () => {
    const ws = fixtureWorkspace();
    const next = applyOk(ws, cover('bourne', 'bi', null));
    expect(arrangementOf(next, 'host')).toMatchObject({
      hostCcgId: 'ashby',
      members: [],
      functions: ['bi'],
    });
    expect(deliveredBy(next, 'bourne', 'bi')).toBe('in-house');
    expect(deliveredBy(next, 'ashby', 'bi')).toBe('host');
    // Only the changed arrangement is a new record.
    scenarioOf(next).arrangements.forEach((a, i) => {
      if (a.id === 'host') expect(a).not.toBe(scenarioOf(ws).arrangements[i]);
      else expect(a).toBe(scenarioOf(ws).arrangements[i]);
    });
    expect(scenarioOf(next).nodes).toBe(scenarioOf(ws).nodes);
  });

  it('deletes an arrangement that covered only this CCG and this function', () => {
    const next = applyOk(fixtureWorkspace(), cover('ashby', 'comms', null));
    expect(arrangementOf(next, 'la-p')).toBeUndefined();
    expect(deliveredBy(next, 'ashby', 'comms')).toBe('in-house');
  });

  it('takes the function off an arrangement whose only member is this CCG', () => {
    const ws = applyOk(fixtureWorkspace(), cover('ashby', 'medicines', 'la-p'));
    const next = applyOk(ws, cover('ashby', 'comms', null));
    expect(arrangementOf(next, 'la-p')).toMatchObject({
      members: ['ashby'],
      functions: ['medicines'],
    });
  });

  it('is refused when the arrangement covers the function for other members and the CCG gets more from it', () => {
    expect(applyRefused(fixtureWorkspace(), cover('ashby', 'hr', null))).toEqual([
      '"North shared service" covers HR & organisational development for all its members; remove Ashby CCG from it (it also gets IT & information governance from it) or remove HR & organisational development from it for everyone',
    ]);
  });

  it('is refused for the host of a host-ccg arrangement, which always gets what it hosts', () => {
    expect(applyRefused(fixtureWorkspace(), cover('ashby', 'bi', null))).toEqual([
      'Ashby CCG hosts "Ashby hosted BI", so it gets everything the arrangement covers, including Business intelligence & population data; choose another host for it or delete "Ashby hosted BI"',
    ]);
  });
});

describe('setCoverage: one arrangement to another', () => {
  it('leaves the first arrangement and joins the second', () => {
    const ws = fixtureWorkspace();
    expect(deliveredBy(ws, 'ashby', 'finance')).toBe('in-house');
    const next = applyOk(ws, cover('bourne', 'finance', 'csu-c'));
    // Acme finance covered only Bourne's finance, so it goes; the CSU contract now covers
    // finance for both its members (inherent: an arrangement covers members × functions).
    expect(arrangementOf(next, 'ext-c')).toBeUndefined();
    expect(arrangementOf(next, 'csu-c')).toMatchObject({
      members: ['ashby', 'bourne'],
      functions: ['contracting', 'finance'],
    });
    expect(deliveredBy(next, 'bourne', 'finance')).toBe('csu-c');
    expect(deliveredBy(next, 'ashby', 'finance')).toBe('csu-c');
  });

  it('moves a CCG out of an arrangement it gets only this function from', () => {
    const next = applyOk(fixtureWorkspace(), cover('bourne', 'bi', 'ext-c'));
    expect(arrangementOf(next, 'host')?.members).toEqual([]);
    expect(arrangementOf(next, 'ext-c')).toMatchObject({
      members: ['bourne'],
      functions: ['finance', 'bi'],
    });
    expect(deliveredBy(next, 'bourne', 'bi')).toBe('ext-c');
    expect(deliveredBy(next, 'ashby', 'bi')).toBe('host');
  });

  it('is refused when the second arrangement would then cover one of its members twice', () => {
    // North covers Ashby too, and Ashby hosts its own BI: adding BI to North would cover it twice.
    expect(applyRefused(fixtureWorkspace(), cover('bourne', 'bi', 'north'))).toEqual([
      'scenario "Option B" › arrangement "Ashby hosted BI": CCG "Ashby CCG" already gets Business intelligence & population data from arrangement "North shared service"; a CCG\'s function can be covered by only one arrangement',
    ]);
  });

  it('is refused, changing nothing, when the CCG cannot leave the first arrangement alone', () => {
    const ws = fixtureWorkspace();
    expect(applyRefused(ws, cover('bourne', 'hr', 'csu-c'))).toEqual([
      '"North shared service" covers HR & organisational development for all its members; remove Bourne CCG from it (it also gets IT & information governance from it) or remove HR & organisational development from it for everyone',
    ]);
  });
});

describe('setCoverage: names that do not exist', () => {
  it('refuses an unknown CCG, function or arrangement', () => {
    const ws = fixtureWorkspace();
    expect(applyRefused(ws, cover('zz', 'hr', null))).toEqual([
      'CCG "zz" does not exist in scenario "Option B"',
    ]);
    expect(applyRefused(ws, cover('ashby', 'zz', null))).toEqual([
      'Support function "zz" does not exist in this workspace\'s assumptions',
    ]);
    expect(applyRefused(ws, cover('ashby', 'hr', 'zz'))).toEqual([
      'Arrangement "zz" does not exist in scenario "Option B"',
    ]);
    expect(applyRefused(ws, cover('la', 'hr', null))).toEqual([
      '"Northshire County Council" is a local authority, not a CCG (scenario "Option B")',
    ]);
  });
});
