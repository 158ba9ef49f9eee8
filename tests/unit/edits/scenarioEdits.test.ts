import { describe, expect, it } from 'vitest';
import { costScenario } from '../../../shared/costing/costScenario';
import { applyEdit } from '../../../shared/edits/applyEdit';
import { branchName, newScenarioId, newScenarioName } from '../../../shared/edits/scenarioNames';
import type { Workspace } from '../../../shared/model/workspace';
import { B, C, applyOk, applyRefused, fixtureWorkspace, nodeOf, scenarioOf } from './editFixtures';

const names = (ws: Workspace) => ws.scenarios.map((s) => s.name);

/** Every object reachable from `value`, to check that a copy shares none with its source. */
function objectsIn(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value === 'object' && value !== null && !into.has(value)) {
    into.add(value);
    for (const v of Object.values(value)) objectsIn(v, into);
  }
  return into;
}

describe('addScenario', () => {
  it('adds a blank scenario (no organisations, links, arrangements or overrides) at the end', () => {
    const ws = fixtureWorkspace();
    const next = applyOk(ws, {
      type: 'addScenario',
      scenarioId: 'scenario-1',
      name: '  Option D ',
    });
    expect(names(next)).toEqual(['Option B', 'Option D']);
    expect(scenarioOf(next, 'scenario-1')).toEqual({
      id: 'scenario-1',
      name: 'Option D',
      nodes: [],
      laOverlaps: [],
      arrangements: [],
    });
    expect(scenarioOf(next, B)).toBe(scenarioOf(ws, B));
  });

  it('can put the new scenario first', () => {
    const next = applyOk(fixtureWorkspace(), {
      type: 'addScenario',
      scenarioId: 's-new',
      name: 'Baseline',
      index: 0,
    });
    expect(names(next)).toEqual(['Baseline', 'Option B']);
  });

  it('refuses an id already used, an empty name, a name already used (any case) and a position off the list', () => {
    const ws = fixtureWorkspace();
    expect(applyRefused(ws, { type: 'addScenario', scenarioId: B, name: 'Other' })).toEqual([
      'Scenario id "opt-b" is already used in workspace "Northshire"',
    ]);
    expect(applyRefused(ws, { type: 'addScenario', scenarioId: 'x', name: '   ' })).toEqual([
      'A scenario needs a name',
    ]);
    expect(applyRefused(ws, { type: 'addScenario', scenarioId: 'x', name: 'option b' })).toEqual([
      'There is already a scenario called "Option B"; choose another name',
    ]);
    expect(applyRefused(ws, { type: 'addScenario', scenarioId: 'x', name: 'Z', index: 5 })).toEqual(
      ['A new scenario can go at position 1 to 2, not 6'],
    );
  });
});

describe('branchScenario', () => {
  it('puts a full copy just after its source, under the new id and name, keeping node and arrangement ids', () => {
    const ws = fixtureWorkspace({ withOptionC: true });
    const next = applyOk(ws, {
      type: 'branchScenario',
      scenarioId: B,
      newScenarioId: 'scenario-1',
      name: 'Option B (copy)',
    });
    expect(names(next)).toEqual(['Option B', 'Option B (copy)', 'Option C']);
    const source = scenarioOf(ws, B);
    const copy = scenarioOf(next, 'scenario-1');
    expect(copy).toEqual({ ...source, id: 'scenario-1', name: 'Option B (copy)' });
    expect(copy.nodes.map((n) => n.id)).toEqual(source.nodes.map((n) => n.id));
    expect(copy.arrangements.map((a) => a.id)).toEqual(source.arrangements.map((a) => a.id));
  });

  it('is a deep copy: it shares no object with its source, so the two can diverge', () => {
    const ws = fixtureWorkspace();
    const withOverride = applyOk(ws, {
      type: 'setAssumptionOverrides',
      scenarioId: B,
      overrides: { years: [{ id: '2013-14', allowancePerHead: 30 }], core: { perHead: 9 } },
    });
    const next = applyOk(withOverride, {
      type: 'branchScenario',
      scenarioId: B,
      newScenarioId: 'b2',
      name: 'B2',
    });
    const sourceObjects = objectsIn(scenarioOf(next, B));
    for (const o of objectsIn(scenarioOf(next, 'b2'))) expect(sourceObjects.has(o)).toBe(false);

    // Diverge: Ashby grows in the branch only, and only the branch's costing changes.
    const diverged = applyOk(next, {
      type: 'updateNode',
      scenarioId: 'b2',
      id: 'ashby',
      patch: { population: 200_000 },
    });
    expect(nodeOf(diverged, 'ashby', 'b2')).toMatchObject({ population: 200_000 });
    expect(nodeOf(diverged, 'ashby', B)).toMatchObject({ population: 120_000 });
    expect(costScenario(diverged, B)).toEqual(costScenario(withOverride, B));
    expect(costScenario(diverged, 'b2').totals.population).toBe(
      costScenario(diverged, B).totals.population + 80_000,
    );
  });

  it('refuses a missing source, a used id and a used name, naming the scenario it was asked to branch', () => {
    const ws = fixtureWorkspace({ withOptionC: true });
    expect(
      applyRefused(ws, {
        type: 'branchScenario',
        scenarioId: 'nope',
        newScenarioId: 'x',
        name: 'X',
      }),
    ).toEqual(['Scenario "nope" does not exist in workspace "Northshire"']);
    expect(
      applyRefused(ws, { type: 'branchScenario', scenarioId: B, newScenarioId: C, name: 'X' }),
    ).toEqual([
      'Cannot branch scenario "Option B": scenario id "opt-c" is already used in workspace "Northshire"',
    ]);
    expect(
      applyRefused(ws, {
        type: 'branchScenario',
        scenarioId: B,
        newScenarioId: 'x',
        name: 'Option C',
      }),
    ).toEqual([
      'Cannot branch scenario "Option B": there is already a scenario called "Option C"; choose another name',
    ]);
  });
});

describe('renameScenario', () => {
  it('trims the new name; the rest of the scenario is the same objects', () => {
    const ws = fixtureWorkspace();
    const next = applyOk(ws, {
      type: 'renameScenario',
      scenarioId: B,
      name: '  Option B revised ',
    });
    expect(scenarioOf(next).name).toBe('Option B revised');
    expect(scenarioOf(next).nodes).toBe(scenarioOf(ws).nodes);
  });

  it('the same name (after trimming) is no change and no undo step', () => {
    const ws = fixtureWorkspace();
    expect(applyOk(ws, { type: 'renameScenario', scenarioId: B, name: 'Option B ' })).toBe(ws);
  });

  it("only a change of case is allowed; an empty, over-long or another scenario's name is refused", () => {
    const ws = fixtureWorkspace({ withOptionC: true });
    expect(
      scenarioOf(applyOk(ws, { type: 'renameScenario', scenarioId: B, name: 'OPTION B' })).name,
    ).toBe('OPTION B');
    expect(applyRefused(ws, { type: 'renameScenario', scenarioId: B, name: ' ' })).toEqual([
      'A scenario needs a name',
    ]);
    expect(
      applyRefused(ws, { type: 'renameScenario', scenarioId: B, name: 'x'.repeat(501) }),
    ).toEqual(['A scenario name must be at most 500 characters, not 501']);
    expect(applyRefused(ws, { type: 'renameScenario', scenarioId: B, name: 'option c' })).toEqual([
      'There is already a scenario called "Option C"; choose another name',
    ]);
  });
});

describe('moveScenario', () => {
  const three = () =>
    applyOk(fixtureWorkspace({ withOptionC: true }), {
      type: 'addScenario',
      scenarioId: 'd',
      name: 'Option D',
    });

  it('moves a scenario to a position, the others keeping their order', () => {
    const ws = three();
    expect(names(applyOk(ws, { type: 'moveScenario', scenarioId: 'd', toIndex: 0 }))).toEqual([
      'Option D',
      'Option B',
      'Option C',
    ]);
    expect(names(applyOk(ws, { type: 'moveScenario', scenarioId: B, toIndex: 1 }))).toEqual([
      'Option C',
      'Option B',
      'Option D',
    ]);
    expect(names(applyOk(ws, { type: 'moveScenario', scenarioId: B, toIndex: 2 }))).toEqual([
      'Option C',
      'Option D',
      'Option B',
    ]);
  });

  it('to where it already is: no change; off the list: refused', () => {
    const ws = three();
    expect(applyOk(ws, { type: 'moveScenario', scenarioId: C, toIndex: 1 })).toBe(ws);
    expect(applyRefused(ws, { type: 'moveScenario', scenarioId: C, toIndex: 3 })).toEqual([
      'Cannot move scenario "Option C" to position 4: the positions are 1 to 3',
    ]);
    expect(applyRefused(ws, { type: 'moveScenario', scenarioId: C, toIndex: -1 })).toEqual([
      'Cannot move scenario "Option C" to position 0: the positions are 1 to 3',
    ]);
  });
});

describe('deleteScenario', () => {
  it('removes the scenario; the others are untouched', () => {
    const ws = fixtureWorkspace({ withOptionC: true });
    const next = applyOk(ws, { type: 'deleteScenario', scenarioId: B });
    expect(names(next)).toEqual(['Option C']);
    expect(next.scenarios[0]).toBe(scenarioOf(ws, C));
  });

  it('refuses to delete the only scenario, saying why and what to do', () => {
    expect(applyRefused(fixtureWorkspace(), { type: 'deleteScenario', scenarioId: B })).toEqual([
      'Cannot delete scenario "Option B": it is the only one, and a workspace needs at least one scenario. Add another first.',
    ]);
  });

  it('refuses a scenario that does not exist', () => {
    expect(
      applyRefused(fixtureWorkspace(), { type: 'deleteScenario', scenarioId: 'gone' }),
    ).toEqual(['Scenario "gone" does not exist in workspace "Northshire"']);
  });
});

describe('names and ids proposed for new scenarios', () => {
  it('a branch is "(copy)", then "(copy 2)"; branching a copy does not stack suffixes', () => {
    const ws = fixtureWorkspace();
    expect(branchName('Option B', ws.scenarios)).toBe('Option B (copy)');
    const once = applyOk(ws, {
      type: 'branchScenario',
      scenarioId: B,
      newScenarioId: 'b1',
      name: branchName('Option B', ws.scenarios),
    });
    expect(branchName('Option B', once.scenarios)).toBe('Option B (copy 2)');
    expect(branchName('Option B (copy)', once.scenarios)).toBe('Option B (copy 2)');
  });

  it('a new scenario is "New scenario", then "New scenario 2", with the first free scenario-n id', () => {
    const ws = fixtureWorkspace();
    expect(newScenarioName(ws.scenarios)).toBe('New scenario');
    expect(newScenarioId(ws.scenarios)).toBe('scenario-1');
    const next = applyOk(ws, {
      type: 'addScenario',
      scenarioId: newScenarioId(ws.scenarios),
      name: newScenarioName(ws.scenarios),
    });
    expect(newScenarioName(next.scenarios)).toBe('New scenario 2');
    expect(newScenarioId(next.scenarios)).toBe('scenario-2');
  });
});

describe('workspace edits never mutate their input', () => {
  it('every scenario edit on a frozen workspace leaves it as it was', () => {
    const ws = fixtureWorkspace({ withOptionC: true });
    const before = structuredClone(ws);
    for (const edit of [
      { type: 'addScenario', scenarioId: 'n', name: 'N' },
      { type: 'branchScenario', scenarioId: B, newScenarioId: 'n', name: 'N' },
      { type: 'renameScenario', scenarioId: B, name: 'N' },
      { type: 'moveScenario', scenarioId: C, toIndex: 0 },
      { type: 'deleteScenario', scenarioId: B },
    ] as const) {
      expect(applyEdit(ws, edit).ok).toBe(true);
    }
    expect(ws).toEqual(before);
  });
});
