import { describe, expect, it } from 'vitest';
import { ASSUMPTION_INFO } from '../../../shared/assumptions/assumptionInfo';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';
import { costScenario } from '../../../shared/costing/costScenario';
import {
  assumptionValue,
  overriddenPaths,
  overrideValue,
  withAssumptionValue,
  withOverride,
} from '../../../shared/assumptions/assumptionPaths';
import type { Workspace } from '../../../shared/model/workspace';
import {
  B,
  C,
  applyOk,
  applyRefused,
  deepFreeze,
  fixtureWorkspace,
  scenarioOf,
} from './editFixtures';

/**
 * One CCG of 250,000, everything in-house, with the default assumptions (DESIGN.md §4):
 * core = 600,000 + 8.00 × 250,000 = 2,600,000; at the reference population each function costs
 * its quoted £/head, 2.20+2.40+0.60+1.60+0.70+1.50+0.80+2.00+1.00+1.20 = £14.00 → 3,500,000;
 * total 6,100,000, so £24.40 a head. With the £25 cap the amber line is 25 × 0.96 = £24.00, so
 * the CCG is tight; with £35 (amber line £33.60) it is within; with £24 it is over.
 */
function oneCcg(): Workspace {
  const ws = fixtureWorkspace();
  return deepFreeze({
    ...ws,
    assumptions: DEFAULT_ASSUMPTIONS,
    scenarios: [
      {
        id: 'one',
        name: 'One CCG',
        nodes: [
          {
            kind: 'ccg',
            id: 'c',
            name: 'Solo CCG',
            population: 250_000,
            federated: false,
            x: 0,
            y: 0,
          },
        ],
        laOverlaps: [],
        arrangements: [],
      },
      {
        id: 'two',
        name: 'Same CCG',
        nodes: [
          {
            kind: 'ccg',
            id: 'c',
            name: 'Solo CCG',
            population: 250_000,
            federated: false,
            x: 0,
            y: 0,
          },
        ],
        laOverlaps: [],
        arrangements: [],
      },
    ],
  });
}

const status = (ws: Workspace, scenarioId: string) => costScenario(ws, scenarioId).ccgs[0]?.status;

describe('setWorkspaceAssumptions', () => {
  it('a new base cap re-evaluates every scenario that does not override it (£24.40 a head: tight at £25, within at £35)', () => {
    const ws = oneCcg();
    expect(costScenario(ws, 'one').ccgs[0]?.perHead).toBeCloseTo(24.4, 10);
    expect(status(ws, 'one')).toBe('tight');
    const next = applyOk(ws, {
      type: 'setWorkspaceAssumptions',
      assumptions: withAssumptionValue(ws.assumptions, 'years.2013-14.allowancePerHead', 35),
    });
    expect(next.assumptions.years[0]?.allowancePerHead).toBe(35);
    expect(status(next, 'one')).toBe('within');
    expect(status(next, 'two')).toBe('within');
    expect(next.scenarios).toBe(ws.scenarios);
  });

  it('a scenario override wins over the base: only the other scenario follows the new base', () => {
    const ws = applyOk(oneCcg(), {
      type: 'setAssumptionOverrides',
      scenarioId: 'two',
      overrides: { years: [{ id: '2013-14', allowancePerHead: 24 }] },
    });
    const next = applyOk(ws, {
      type: 'setWorkspaceAssumptions',
      assumptions: withAssumptionValue(ws.assumptions, 'years.2013-14.allowancePerHead', 35),
    });
    expect(status(next, 'one')).toBe('within');
    expect(status(next, 'two')).toBe('over');
  });

  it('refuses a value out of its range with the range in words, and changes nothing', () => {
    const ws = fixtureWorkspace();
    expect(
      applyRefused(ws, {
        type: 'setWorkspaceAssumptions',
        assumptions: withAssumptionValue(ws.assumptions, 'years.2013-14.allowancePerHead', 0),
      }),
    ).toEqual([
      'assumptions: years.2013-14.allowancePerHead: 2013/14: running cost allowance per head must be 5 or more and at most 60, not 0',
    ]);
    expect(
      applyRefused(ws, {
        type: 'setWorkspaceAssumptions',
        assumptions: withAssumptionValue(ws.assumptions, 'functions.bi.scaleElasticity', 1.2),
      }),
    ).toEqual([
      'assumptions: functions.bi.scaleElasticity: Business intelligence & population data: scale elasticity must be 0 or more and at most 0.99, not 1.2',
    ]);
  });

  it('the same values (even as a new object) are no change and no undo step', () => {
    const ws = fixtureWorkspace();
    expect(
      applyOk(ws, {
        type: 'setWorkspaceAssumptions',
        assumptions: structuredClone(ws.assumptions),
      }),
    ).toBe(ws);
  });

  it("refuses structural damage (a function with no name) in the validator's words", () => {
    const ws = fixtureWorkspace();
    const broken = {
      ...ws.assumptions,
      functions: ws.assumptions.functions.map((f) => (f.id === 'hr' ? { ...f, name: '' } : f)),
    };
    expect(applyRefused(ws, { type: 'setWorkspaceAssumptions', assumptions: broken })).toEqual([
      'assumptions › function "hr": name: must not be empty',
    ]);
  });
});

describe('one assumption by its path', () => {
  it('reads every parameter of DESIGN.md §4 by its assumptionInfo path', () => {
    for (const info of ASSUMPTION_INFO)
      expect(assumptionValue(DEFAULT_ASSUMPTIONS, info.path), info.path).toEqual(
        expect.any(Number),
      );
    expect(assumptionValue(DEFAULT_ASSUMPTIONS, 'models.csu.otherCustomersPopulation')).toBe(
      1_500_000,
    );
    expect(assumptionValue(DEFAULT_ASSUMPTIONS, 'functions.contracting.costPerHead')).toBe(2.4);
    expect(assumptionValue(DEFAULT_ASSUMPTIONS, 'functions.nope.costPerHead')).toBeUndefined();
  });

  it('sets a base value without touching the rest; the same value returns the same object', () => {
    const a = deepFreeze(structuredClone(DEFAULT_ASSUMPTIONS));
    const next = withAssumptionValue(a, 'models.external.contractYears', 5);
    expect(next.models.external).toEqual({ ...a.models.external, contractYears: 5 });
    expect(next.models.csu).toBe(a.models.csu);
    expect(next.functions).toBe(a.functions);
    const fn = withAssumptionValue(a, 'functions.hr.costPerHead', 0.9);
    expect(fn.functions.find((f) => f.id === 'hr')?.costPerHead).toBe(0.9);
    expect(fn.functions.filter((f, i) => f !== a.functions[i])).toHaveLength(1);
    expect(withAssumptionValue(a, 'core.perHead', 8)).toBe(a);
    expect(() => withAssumptionValue(a, 'core.nothing', 1)).toThrow(
      'No assumption at "core.nothing"',
    );
  });

  it('sets and resets overrides one field at a time, functions matched by id, leaving nothing empty behind', () => {
    let o = withOverride(undefined, 'models.csu.margin', 0.07);
    expect(o).toEqual({ models: { csu: { margin: 0.07 } } });
    o = withOverride(o ?? undefined, 'functions.bi.costPerHead', 1.5);
    o = withOverride(o ?? undefined, 'functions.bi.scaleElasticity', 0.4);
    o = withOverride(o ?? undefined, 'functions.it.costPerHead', 1.2);
    expect(o?.functions).toEqual([
      { id: 'bi', costPerHead: 1.5, scaleElasticity: 0.4 },
      { id: 'it', costPerHead: 1.2 },
    ]);
    expect(overrideValue(o ?? undefined, 'functions.bi.scaleElasticity')).toBe(0.4);
    expect(overrideValue(o ?? undefined, 'functions.hr.costPerHead')).toBeUndefined();
    expect(
      overriddenPaths(o ?? undefined, [
        'years.2013-14.allowancePerHead',
        'models.csu.margin',
        'functions.bi.costPerHead',
        'functions.bi.scaleElasticity',
        'functions.it.costPerHead',
      ]),
    ).toEqual([
      'models.csu.margin',
      'functions.bi.costPerHead',
      'functions.bi.scaleElasticity',
      'functions.it.costPerHead',
    ]);

    o = withOverride(o ?? undefined, 'functions.bi.costPerHead', null);
    expect(o?.functions).toEqual([
      { id: 'bi', scaleElasticity: 0.4 },
      { id: 'it', costPerHead: 1.2 },
    ]);
    o = withOverride(o ?? undefined, 'functions.bi.scaleElasticity', null);
    o = withOverride(o ?? undefined, 'functions.it.costPerHead', null);
    expect(o).toEqual({ models: { csu: { margin: 0.07 } } });
    expect(withOverride(o ?? undefined, 'models.csu.margin', null)).toBeNull();
  });

  it('an override that is already so returns the same object (no undo step)', () => {
    const o = deepFreeze({
      years: [{ id: '2013-14', allowancePerHead: 30 }],
      functions: [{ id: 'bi', costPerHead: 2 }],
    });
    expect(withOverride(o, 'years.2013-14.allowancePerHead', 30)).toBe(o);
    expect(withOverride(o, 'amberMargin', null)).toBe(o);
    expect(withOverride(o, 'functions.bi.costPerHead', 2)).toBe(o);
    expect(withOverride(o, 'functions.hr.costPerHead', null)).toBe(o);
  });

  it('through setAssumptionOverrides, a per-field override changes only its scenario and can be reset', () => {
    const ws = fixtureWorkspace({ withOptionC: true });
    const set = applyOk(ws, {
      type: 'setAssumptionOverrides',
      scenarioId: B,
      overrides: withOverride(undefined, 'years.2013-14.allowancePerHead', 35),
    });
    expect(scenarioOf(set, B).assumptionOverrides).toEqual({
      years: [{ id: '2013-14', allowancePerHead: 35 }],
    });
    expect(scenarioOf(set, C)).toBe(scenarioOf(ws, C));
    const reset = applyOk(set, {
      type: 'setAssumptionOverrides',
      scenarioId: B,
      overrides: withOverride(
        scenarioOf(set, B).assumptionOverrides,
        'years.2013-14.allowancePerHead',
        null,
      ),
    });
    expect(scenarioOf(reset, B)).not.toHaveProperty('assumptionOverrides');
  });

  it('an override out of range is refused, located in the scenario', () => {
    expect(
      applyRefused(fixtureWorkspace(), {
        type: 'setAssumptionOverrides',
        scenarioId: B,
        overrides: withOverride(undefined, 'amberMargin', 1.5),
      }),
    ).toEqual([
      'scenario "Option B" › assumption overrides: amberMargin: Amber margin below the cap must be 0 or more and at most 1, not 1.5',
    ]);
  });
});
