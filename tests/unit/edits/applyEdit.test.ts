import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/applyEdit';
import type { AnyNodePatch } from '../../../shared/edits/edit';
import type { Node } from '../../../shared/model/workspace';
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

describe('applyEdit: refusals leave the workspace unchanged', () => {
  it('a negative population is refused and nothing changes', () => {
    const ws = fixtureWorkspace();
    const before = structuredClone(ws);
    const result = applyEdit(ws, {
      type: 'updateNode',
      scenarioId: B,
      id: 'ashby',
      patch: { population: -5 },
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        'scenario "Option B" › CCG "Ashby CCG": population: must be a positive number of people',
      ],
    });
    expect(ws).toEqual(before);
  });

  it('an edit naming an unknown scenario is refused with a sentence naming it', () => {
    expect(
      applyRefused(fixtureWorkspace(), { type: 'deleteItems', scenarioId: 'nope', ids: [] }),
    ).toEqual(['Scenario "nope" does not exist in workspace "Northshire"']);
  });

  it('an edit naming an unknown organisation is refused with a sentence naming the scenario', () => {
    expect(
      applyRefused(fixtureWorkspace(), {
        type: 'setCluster',
        scenarioId: B,
        ccgId: 'x',
        clusterId: null,
      }),
    ).toEqual(['CCG "x" does not exist in scenario "Option B"']);
    expect(
      applyRefused(fixtureWorkspace(), {
        type: 'updateNode',
        scenarioId: B,
        id: 'x',
        patch: { name: 'X' },
      }),
    ).toEqual(['Organisation "x" does not exist in scenario "Option B"']);
  });

  it('reports only the problems the edit causes, not those of other scenarios', () => {
    const ws = fixtureWorkspace({ withOptionC: true });
    const errors = applyRefused(ws, {
      type: 'updateNode',
      scenarioId: C,
      id: 'ashby',
      patch: { population: 0 },
    });
    expect(errors).toEqual([
      'scenario "Option C" › CCG "Ashby CCG": population: must be a positive number of people',
    ]);
  });
});

describe('applyEdit: structural sharing', () => {
  it('keeps untouched scenarios, nodes, lists and arrangements identical; only the changed records are new', () => {
    const ws = fixtureWorkspace({ withOptionC: true });
    const next = applyOk(ws, {
      type: 'updateNode',
      scenarioId: B,
      id: 'ashby',
      patch: { name: 'Ashby and District CCG' },
    });
    expect(next).not.toBe(ws);
    expect(scenarioOf(next, C)).toBe(scenarioOf(ws, C));
    expect(next.assumptions).toBe(ws.assumptions);
    const before = scenarioOf(ws);
    const after = scenarioOf(next);
    expect(after).not.toBe(before);
    expect(after.nodes).not.toBe(before.nodes);
    expect(after.arrangements).toBe(before.arrangements);
    expect(after.laOverlaps).toBe(before.laOverlaps);
    after.nodes.forEach((n, i) => {
      if (n.id === 'ashby') expect(n).not.toBe(before.nodes[i]);
      else expect(n).toBe(before.nodes[i]);
    });
  });

  it('an edit that changes nothing returns the very same workspace (no undo step)', () => {
    const ws = fixtureWorkspace();
    expect(
      applyOk(ws, {
        type: 'updateNode',
        scenarioId: B,
        id: 'ashby',
        patch: { population: 120000 },
      }),
    ).toBe(ws);
    expect(
      applyOk(ws, { type: 'moveItems', scenarioId: B, moves: [{ id: 'ashby', x: 10, y: 10 }] }),
    ).toBe(ws);
    expect(
      applyOk(ws, { type: 'setCluster', scenarioId: B, ccgId: 'ashby', clusterId: 'cl' }),
    ).toBe(ws);
    expect(
      applyOk(ws, { type: 'setLaOverlap', scenarioId: B, ccgId: 'ashby', laId: 'la', share: 0.9 }),
    ).toBe(ws);
    expect(
      applyOk(ws, {
        type: 'setCoverage',
        scenarioId: B,
        ccgId: 'ashby',
        functionId: 'hr',
        arrangementId: 'north',
      }),
    ).toBe(ws);
    expect(applyOk(ws, { type: 'setAssumptionOverrides', scenarioId: B, overrides: null })).toBe(
      ws,
    );
  });
});

describe('addNode and updateNode', () => {
  it('adding a node appends it to the scenario', () => {
    const node: Node = {
      kind: 'ccg',
      id: 'ccg-1',
      name: 'Cotton CCG',
      population: 90000,
      federated: false,
      x: 600,
      y: 10,
    };
    const next = applyOk(fixtureWorkspace(), { type: 'addNode', scenarioId: B, node });
    const nodes = scenarioOf(next).nodes;
    expect(nodes[nodes.length - 1]).toBe(node);
  });

  it('adding a node with an id already in use is refused', () => {
    const node: Node = {
      kind: 'localAuthority',
      id: 'ashby',
      name: 'Ashby Council',
      population: 1000,
      x: 0,
      y: 0,
    };
    expect(applyRefused(fixtureWorkspace(), { type: 'addNode', scenarioId: B, node })).toEqual([
      'scenario "Option B" › local authority "Ashby Council": id: "ashby" is used by another organisation in this scenario',
    ]);
  });

  it('a patch merges fields and null removes an optional field', () => {
    const ws = fixtureWorkspace();
    let next = applyOk(ws, {
      type: 'updateNode',
      scenarioId: B,
      id: 'b-s',
      patch: { practices: null, name: 'Bourne South & Fen' },
    });
    expect(nodeOf(next, 'b-s')).toEqual({
      kind: 'locality',
      id: 'b-s',
      name: 'Bourne South & Fen',
      ccgId: 'bourne',
      population: 70000,
    });
    next = applyOk(next, {
      type: 'updateNode',
      scenarioId: B,
      id: 'ashby',
      patch: { clusterId: null, code: '04X' },
    });
    expect(nodeOf(next, 'ashby')).not.toHaveProperty('clusterId');
    expect(nodeOf(next, 'ashby')).toMatchObject({ code: '04X', population: 120000 });
  });

  it('removing the population of a CCG without localities is refused: it would have none', () => {
    expect(
      applyRefused(fixtureWorkspace(), {
        type: 'updateNode',
        scenarioId: B,
        id: 'ashby',
        patch: { population: null },
      }),
    ).toEqual([
      'scenario "Option B" › CCG "Ashby CCG": population: is missing: a CCG needs a population or at least one locality',
    ]);
  });

  it("a patch cannot change a node's id or kind", () => {
    // Patches are typed without id and kind; this stands for an edit from outside the type checker.
    const patch = { id: 'ash', kind: 'provider' } as unknown as AnyNodePatch;
    const errors = applyRefused(fixtureWorkspace(), {
      type: 'updateNode',
      scenarioId: B,
      id: 'ashby',
      patch,
    });
    expect(errors).toEqual([
      'scenario "Option B" › CCG "Ashby CCG": id: cannot be changed (other records refer to it); add a new organisation instead',
      'scenario "Option B" › CCG "Ashby CCG": kind: cannot be changed; delete it and add an organisation of the other kind',
    ]);
  });

  it('a patch with a field the node does not have is refused by the validator', () => {
    expect(
      applyRefused(fixtureWorkspace(), {
        type: 'updateNode',
        scenarioId: B,
        id: 'la',
        patch: { federated: true },
      }),
    ).toEqual([
      'scenario "Option B" › local authority "Northshire County Council": unknown field "federated" (not part of file format version 4)',
    ]);
  });
});

describe('setAssumptionOverrides', () => {
  it("replaces the scenario's overrides, and null removes them", () => {
    const ws = fixtureWorkspace();
    const next = applyOk(ws, {
      type: 'setAssumptionOverrides',
      scenarioId: B,
      overrides: { years: [{ id: '2013-14', allowancePerHead: 30 }] },
    });
    expect(scenarioOf(next).assumptionOverrides).toEqual({
      years: [{ id: '2013-14', allowancePerHead: 30 }],
    });
    const replaced = applyOk(next, {
      type: 'setAssumptionOverrides',
      scenarioId: B,
      overrides: { amberMargin: 0.05 },
    });
    expect(scenarioOf(replaced).assumptionOverrides).toEqual({ amberMargin: 0.05 });
    const cleared = applyOk(replaced, {
      type: 'setAssumptionOverrides',
      scenarioId: B,
      overrides: null,
    });
    expect(scenarioOf(cleared)).not.toHaveProperty('assumptionOverrides');
    expect(scenarioOf(cleared).nodes).toBe(scenarioOf(ws).nodes);
  });

  it("an override out of range is refused with the validator's message", () => {
    const errors = applyRefused(fixtureWorkspace(), {
      type: 'setAssumptionOverrides',
      scenarioId: B,
      overrides: { functions: [{ id: 'nope', costPerHead: 1 }] },
    });
    expect(errors).toEqual([
      'scenario "Option B" › assumption overrides: functions: function "nope" does not exist in the workspace assumptions',
    ]);
  });
});

describe('arrangements', () => {
  it('adding an arrangement appends it; a second cover of the same pair is refused', () => {
    const ws = fixtureWorkspace();
    const next = applyOk(ws, {
      type: 'addArrangement',
      scenarioId: B,
      arrangement: {
        id: 'arr-1',
        name: 'Medicines share',
        model: 'shared-service',
        members: ['ashby', 'bourne'],
        functions: ['medicines'],
      },
    });
    expect(arrangementOf(next, 'arr-1')).toMatchObject({ name: 'Medicines share' });
    const errors = applyRefused(ws, {
      type: 'addArrangement',
      scenarioId: B,
      arrangement: {
        id: 'arr-1',
        name: 'HR again',
        model: 'shared-service',
        members: ['ashby'],
        functions: ['hr'],
      },
    });
    expect(errors).toEqual([
      'scenario "Option B" › arrangement "HR again": CCG "Ashby CCG" already gets HR & organisational development from arrangement "North shared service"; a CCG\'s function can be covered by only one arrangement',
    ]);
  });

  it('updating an arrangement merges its patch and null removes an optional field', () => {
    const next = applyOk(fixtureWorkspace(), {
      type: 'updateArrangement',
      scenarioId: B,
      id: 'north',
      patch: { allocation: null, riskShareAgreed: false, name: 'North SS' },
    });
    const north = arrangementOf(next, 'north');
    expect(north).not.toHaveProperty('allocation');
    expect(north).toMatchObject({
      riskShareAgreed: false,
      name: 'North SS',
      members: ['ashby', 'bourne'],
    });
  });

  it("a csu arrangement naming a private provider is refused with the validator's message", () => {
    expect(
      applyRefused(fixtureWorkspace(), {
        type: 'updateArrangement',
        scenarioId: B,
        id: 'csu-c',
        patch: { providerId: 'acme' },
      }),
    ).toEqual([
      'scenario "Option B" › arrangement "CSU contract": providerId: a csu arrangement must name a CSU, but "Acme Support Ltd" is a private provider',
    ]);
  });

  it('removing the host of a host-ccg arrangement is refused', () => {
    expect(
      applyRefused(fixtureWorkspace(), {
        type: 'updateArrangement',
        scenarioId: B,
        id: 'host',
        patch: { hostCcgId: null },
      }),
    ).toEqual([
      'scenario "Option B" › arrangement "Ashby hosted BI": hostCcgId: is missing: a host-ccg arrangement must name its host CCG',
    ]);
  });

  it('updating an unknown arrangement is refused', () => {
    expect(
      applyRefused(fixtureWorkspace(), {
        type: 'updateArrangement',
        scenarioId: B,
        id: 'zz',
        patch: { name: 'Z' },
      }),
    ).toEqual(['Arrangement "zz" does not exist in scenario "Option B"']);
  });
});

describe('setCluster', () => {
  it('puts a CCG into a cluster and takes it out again', () => {
    const ws = fixtureWorkspace();
    const inCluster = applyOk(ws, {
      type: 'setCluster',
      scenarioId: B,
      ccgId: 'bourne',
      clusterId: 'cl',
    });
    expect(nodeOf(inCluster, 'bourne')).toMatchObject({ clusterId: 'cl' });
    const out = applyOk(inCluster, {
      type: 'setCluster',
      scenarioId: B,
      ccgId: 'ashby',
      clusterId: null,
    });
    expect(nodeOf(out, 'ashby')).not.toHaveProperty('clusterId');
  });

  it('refuses a cluster that is not a cluster', () => {
    expect(
      applyRefused(fixtureWorkspace(), {
        type: 'setCluster',
        scenarioId: B,
        ccgId: 'bourne',
        clusterId: 'la',
      }),
    ).toEqual([
      'Cannot put Bourne CCG into a cluster: "Northshire County Council" is a local authority, not a cluster (scenario "Option B")',
    ]);
  });
});

describe('setLaOverlap', () => {
  it('adds, replaces and removes the link between a CCG and a local authority', () => {
    const ws = fixtureWorkspace();
    const replaced = applyOk(ws, {
      type: 'setLaOverlap',
      scenarioId: B,
      ccgId: 'ashby',
      laId: 'la',
      share: 0.5,
    });
    expect(scenarioOf(replaced).laOverlaps).toEqual([
      { ccgId: 'ashby', laId: 'la', share: 0.5 },
      { ccgId: 'bourne', laId: 'la', share: 1 },
    ]);
    const removed = applyOk(replaced, {
      type: 'setLaOverlap',
      scenarioId: B,
      ccgId: 'ashby',
      laId: 'la',
      share: null,
    });
    expect(scenarioOf(removed).laOverlaps).toEqual([{ ccgId: 'bourne', laId: 'la', share: 1 }]);
    const added = applyOk(removed, {
      type: 'setLaOverlap',
      scenarioId: B,
      ccgId: 'ashby',
      laId: 'la',
      share: 0.25,
    });
    expect(scenarioOf(added).laOverlaps).toEqual([
      { ccgId: 'bourne', laId: 'la', share: 1 },
      { ccgId: 'ashby', laId: 'la', share: 0.25 },
    ]);
  });

  it('a share outside 0..1 is refused', () => {
    expect(
      applyRefused(fixtureWorkspace(), {
        type: 'setLaOverlap',
        scenarioId: B,
        ccgId: 'ashby',
        laId: 'la',
        share: 1.2,
      }),
    ).toEqual([
      'scenario "Option B" › local authority link "ashby" → "la": share: must be between 0 and 1 (a share of the CCG\'s population)',
    ]);
  });

  it('a link to something that is not a local authority is refused', () => {
    expect(
      applyRefused(fixtureWorkspace(), {
        type: 'setLaOverlap',
        scenarioId: B,
        ccgId: 'ashby',
        laId: 'csu',
        share: 0.2,
      }),
    ).toEqual(['"Northern CSU" is a provider, not a local authority (scenario "Option B")']);
  });
});
