import { describe, expect, it } from 'vitest';
import { costScenario } from '../../../shared/costing/costScenario';
import { copyItems } from '../../../shared/edits/copyItems';
import type { Edit } from '../../../shared/edits/edit';
import { idPrefixFor, newId, newIdsFor } from '../../../shared/edits/newId';
import type { Workspace } from '../../../shared/model/workspace';
import {
  B,
  C,
  applyOk,
  applyRefused,
  arrangementOf,
  fixtureWorkspace,
  nodeOf,
  scenarioOf,
} from './editFixtures';

/** Copies ids from one scenario and builds the paste edit into another, as the UI does. */
function pasteEdit(
  ws: Workspace,
  ids: readonly string[],
  from: string,
  to: string,
  dx = 40,
  dy = 20,
): Extract<Edit, { type: 'paste' }> {
  const clipboard = copyItems(scenarioOf(ws, from), ids);
  return {
    type: 'paste',
    scenarioId: to,
    clipboard,
    dx,
    dy,
    newIds: newIdsFor(clipboard, scenarioOf(ws, to)),
  };
}

describe('copyItems', () => {
  it('copies the selected nodes with the localities of selected CCGs, in document order', () => {
    const clip = copyItems(scenarioOf(fixtureWorkspace()), ['la', 'bourne', 'ghost']);
    expect(clip.nodes.map((n) => n.id)).toEqual(['bourne', 'b-n', 'b-s', 'la']);
    expect(clip.arrangements).toEqual([]);
  });

  it('copies arrangements only when they are selected', () => {
    const clip = copyItems(scenarioOf(fixtureWorkspace()), ['ashby', 'north']);
    expect(clip.nodes.map((n) => n.id)).toEqual(['ashby']);
    expect(clip.arrangements.map((a) => a.id)).toEqual(['north']);
  });
});

describe('newId and newIdsFor', () => {
  it('gives the first free readable id with the prefix', () => {
    expect(newId('ccg', new Set())).toBe('ccg-1');
    expect(newId('ccg', new Set(['ccg-1', 'ccg-2', 'ccg-4']))).toBe('ccg-3');
  });

  it('names each kind as the palette does', () => {
    const s = scenarioOf(fixtureWorkspace());
    expect(s.nodes.map(idPrefixFor)).toEqual([
      'cluster',
      'ccg',
      'ccg',
      'locality',
      'locality',
      'la',
      'csu',
      'provider',
    ]);
  });

  it('keeps ids that are free in the target scenario and gives the others fresh ones', () => {
    const ws = fixtureWorkspace({ withOptionC: true });
    const clip = copyItems(scenarioOf(ws), ['cl', 'ashby', 'csu', 'acme', 'north']);
    expect(newIdsFor(clip, scenarioOf(ws, C))).toEqual({
      cl: 'cl',
      ashby: 'ccg-1',
      csu: 'csu-1',
      acme: 'acme',
      north: 'north',
    });
    expect(newIdsFor(clip, scenarioOf(ws))).toEqual({
      cl: 'cluster-1',
      ashby: 'ccg-1',
      csu: 'csu-1',
      acme: 'provider-1',
      north: 'arr-1',
    });
  });
});

describe('paste within a scenario', () => {
  it('copies a CCG with its localities under new ids, offset, keeping its cluster', () => {
    const ws = fixtureWorkspace();
    const next = applyOk(ws, pasteEdit(ws, ['ashby', 'bourne'], B, B));
    expect(nodeOf(next, 'ccg-1')).toEqual({
      kind: 'ccg',
      id: 'ccg-1',
      name: 'Ashby CCG',
      population: 120000,
      clusterId: 'cl',
      federated: false,
      x: 50,
      y: 30,
    });
    expect(nodeOf(next, 'ccg-2')).toMatchObject({ name: 'Bourne CCG', x: 340, y: 30 });
    expect(nodeOf(next, 'locality-1')).toMatchObject({ name: 'Bourne North', ccgId: 'ccg-2' });
    expect(nodeOf(next, 'locality-2')).toMatchObject({
      name: 'Bourne South',
      ccgId: 'ccg-2',
      practices: 12,
    });
    expect(costScenario(next, B).ccgs.find((c) => c.id === 'ccg-2')?.population).toBe(130000);
    // The originals are untouched (same records), and so are the lists the paste did not add to.
    scenarioOf(ws).nodes.forEach((n, i) => expect(scenarioOf(next).nodes[i]).toBe(n));
    expect(scenarioOf(next).arrangements).toBe(scenarioOf(ws).arrangements);
  });

  it('points references to copied items at the copies and keeps the others', () => {
    const ws = fixtureWorkspace();
    const next = applyOk(ws, pasteEdit(ws, ['bourne', 'ext-c'], B, B));
    expect(arrangementOf(next, 'arr-1')).toEqual({
      id: 'arr-1',
      name: 'Acme finance',
      model: 'external',
      providerId: 'acme',
      members: ['ccg-1'],
      functions: ['finance'],
    });
  });

  it('shifts an arrangement hub that has a position', () => {
    let ws = applyOk(fixtureWorkspace(), {
      type: 'moveItems',
      scenarioId: B,
      moves: [{ id: 'ext-c', x: 100, y: 200 }],
    });
    ws = applyOk(ws, pasteEdit(ws, ['bourne', 'ext-c'], B, B, 10, -10));
    expect(arrangementOf(ws, 'arr-1')).toMatchObject({ x: 110, y: 190 });
  });

  it('pasting an arrangement without its members is refused: it would cover them twice', () => {
    const ws = fixtureWorkspace();
    expect(applyRefused(ws, pasteEdit(ws, ['ext-c'], B, B))).toEqual([
      'scenario "Option B" › arrangement "Acme finance": CCG "Bourne CCG" already gets Finance (transactional & management) from arrangement "Acme finance"; a CCG\'s function can be covered by only one arrangement',
    ]);
  });
});

describe('paste into another scenario', () => {
  it('keeps references to organisations that exist there and drops the rest', () => {
    const ws = fixtureWorkspace({ withOptionC: true });
    const next = applyOk(
      ws,
      pasteEdit(ws, ['cl', 'ashby', 'bourne', 'north', 'la-p', 'csu-c', 'ext-c'], B, C, 0, 0),
    );
    const s = scenarioOf(next, C);
    expect(s.nodes.map((n) => n.id)).toEqual([
      'ashby',
      'csu',
      'la-c',
      'cl',
      'ccg-1',
      'bourne',
      'b-n',
      'b-s',
    ]);
    expect(nodeOf(next, 'ccg-1', C)).toMatchObject({ name: 'Ashby CCG', clusterId: 'cl' });
    expect(nodeOf(next, 'ashby', C)).toBe(nodeOf(ws, 'ashby', C));
    // North's members are the copies; the CSU contract keeps Option C's own CSU.
    expect(arrangementOf(next, 'north', C)?.members).toEqual(['ccg-1', 'bourne']);
    expect(arrangementOf(next, 'csu-c', C)).toMatchObject({
      providerId: 'csu',
      members: ['ccg-1', 'bourne'],
    });
    // No county council and no Acme in Option C: those arrangements cannot be pasted.
    expect(s.arrangements.map((a) => a.id)).toEqual(['north', 'csu-c']);
    expect(scenarioOf(next, B)).toBe(scenarioOf(ws, B));
  });

  it('clears a cluster that is missing, removes missing members and drops a locality whose CCG is missing', () => {
    const ws = fixtureWorkspace({ withOptionC: true });
    const pastedCcg = applyOk(ws, pasteEdit(ws, ['ashby'], B, C));
    expect(nodeOf(pastedCcg, 'ccg-1', C)).not.toHaveProperty('clusterId');

    const pastedArrangement = applyOk(ws, pasteEdit(ws, ['north'], B, C));
    expect(arrangementOf(pastedArrangement, 'north', C)?.members).toEqual(['ashby']); // Bourne is not in Option C

    const hosted = applyOk(ws, pasteEdit(ws, ['host'], B, C));
    expect(arrangementOf(hosted, 'host', C)).toMatchObject({ hostCcgId: 'ashby', members: [] }); // the host is its member

    // A locality of a CCG Option C does not have is not pasted: nothing changes at all.
    expect(applyOk(ws, pasteEdit(ws, ['b-n'], B, C))).toBe(ws);
  });
});

describe('paste refusals', () => {
  it('every clipboard item needs a new id that is unused and not given twice', () => {
    const ws = fixtureWorkspace();
    const clipboard = copyItems(scenarioOf(ws), ['bourne']);
    expect(
      applyRefused(ws, {
        type: 'paste',
        scenarioId: B,
        clipboard,
        dx: 0,
        dy: 0,
        newIds: { bourne: 'ccg-1', 'b-n': 'loc-1' },
      }),
    ).toEqual(['Cannot paste "Bourne South": it has no new id']);
    expect(
      applyRefused(ws, {
        type: 'paste',
        scenarioId: B,
        clipboard,
        dx: 0,
        dy: 0,
        newIds: { bourne: 'ashby', 'b-n': 'x', 'b-s': 'x' },
      }),
    ).toEqual([
      'Cannot paste "Bourne CCG" as "ashby": that id is already used in scenario "Option B"',
      'Cannot paste "Bourne South" as "x": that new id is given to another pasted item too',
    ]);
  });

  it('an offset that is not a finite number is refused', () => {
    const ws = fixtureWorkspace();
    expect(applyRefused(ws, { ...pasteEdit(ws, ['la'], B, B), dx: Number.NaN })).toEqual([
      'Cannot paste with an offset of (NaN, 20): an offset must be finite numbers',
    ]);
  });
});
