import { describe, expect, it } from 'vitest';
import {
  assumptionValue,
  overriddenPaths,
  overrideValue,
  withAssumptionValue,
  withOverride,
} from '../../../shared/assumptions/assumptionPaths';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';
import { assumptionInfos } from '../../../shared/compare/assumptionDisplay';
import { assumptionsWith, fn } from '../helpers/buildWorkspace';

const assumptions = assumptionsWith([fn('bi', 12, 0)]);

describe('assumption paths', () => {
  it('reads each kind of path: a top-level value, a group, a model, a function and a year', () => {
    expect(assumptionValue(DEFAULT_ASSUMPTIONS, 'amberMargin')).toBe(0.04);
    expect(assumptionValue(DEFAULT_ASSUMPTIONS, 'core.perHead')).toBe(8);
    expect(assumptionValue(DEFAULT_ASSUMPTIONS, 'models.csu.margin')).toBe(0.05);
    expect(assumptionValue(DEFAULT_ASSUMPTIONS, 'functions.bi.costPerHead')).toBe(2.2);
    expect(assumptionValue(DEFAULT_ASSUMPTIONS, 'years.2013-14.allowancePerHead')).toBe(25);
  });

  it('names nothing for a path that is not an assumption, even one the prototype would answer', () => {
    for (const path of [
      'core.nope',
      'functions.zz.costPerHead',
      'functions.bi.name',
      'years.2099-00.costIndex',
      'constructor',
      'core.constructor.name',
      'models',
    ]) {
      expect(assumptionValue(DEFAULT_ASSUMPTIONS, path)).toBeUndefined();
    }
  });

  it('sets every assumption the editor lists, changing that one value and no other', () => {
    const infos = assumptionInfos(DEFAULT_ASSUMPTIONS);
    expect(infos.length).toBeGreaterThan(30);
    for (const info of infos) {
      const before = assumptionValue(DEFAULT_ASSUMPTIONS, info.path);
      expect(before, info.path).toBeTypeOf('number');
      const next = withAssumptionValue(DEFAULT_ASSUMPTIONS, info.path, 123.5);
      for (const other of infos) {
        expect(assumptionValue(next, other.path), `${info.path} → ${other.path}`).toBe(
          other.path === info.path ? 123.5 : assumptionValue(DEFAULT_ASSUMPTIONS, other.path),
        );
      }
    }
  });

  it('replaces one value and refuses a path that names no number', () => {
    expect(withAssumptionValue(assumptions, 'core.fixedPerCcg', 1).core).toEqual({
      ...assumptions.core,
      fixedPerCcg: 1,
    });
    expect(
      withAssumptionValue(assumptions, 'functions.bi.scaleElasticity', 0.2).functions[0]
        ?.scaleElasticity,
    ).toBe(0.2);
    expect(() => withAssumptionValue(assumptions, 'core.nope', 1)).toThrow(
      'No assumption at "core.nope".',
    );
    expect(() => withAssumptionValue(assumptions, 'functions.zz.costPerHead', 1)).toThrow(
      /No assumption/,
    );
  });

  it('returns the very same assumptions when the value is already set, so nothing is recosted or undone', () => {
    expect(withAssumptionValue(DEFAULT_ASSUMPTIONS, 'models.csu.margin', 0.05)).toBe(
      DEFAULT_ASSUMPTIONS,
    );
    expect(withAssumptionValue(DEFAULT_ASSUMPTIONS, 'years.2013-14.allowancePerHead', 25)).toBe(
      DEFAULT_ASSUMPTIONS,
    );
    const changed = withAssumptionValue(DEFAULT_ASSUMPTIONS, 'models.csu.margin', 0.1);
    expect(changed.models.external).toBe(DEFAULT_ASSUMPTIONS.models.external);
    expect(changed.functions).toBe(DEFAULT_ASSUMPTIONS.functions);
  });

  it('sets and resets a scenario override, leaving no empty group behind', () => {
    const one = withOverride(undefined, 'models.csu.margin', 0.07);
    expect(one).toEqual({ models: { csu: { margin: 0.07 } } });
    const two = withOverride(one ?? undefined, 'functions.bi.costPerHead', 3);
    expect(overrideValue(two ?? undefined, 'functions.bi.costPerHead')).toBe(3);
    expect(
      overriddenPaths(two ?? undefined, [
        'core.perHead',
        'models.csu.margin',
        'functions.bi.costPerHead',
      ]),
    ).toEqual(['models.csu.margin', 'functions.bi.costPerHead']);
    const back = withOverride(
      withOverride(two ?? undefined, 'models.csu.margin', null) ?? undefined,
      'functions.bi.costPerHead',
      null,
    );
    expect(back).toBeNull();
  });
});
