import { describe, expect, it } from 'vitest';
import { withAssumptionValue } from '../../../shared/assumptions/assumptionPaths';
import { costScenarioWith } from '../../../shared/costing/costScenario';
import type { FunctionCost } from '../../../shared/costing/results';
import {
  ARRANGEMENT_MODELS,
  MODEL_LIST,
  MODEL_RULES,
  deliveryLabel,
  offersProvider,
  type ArrangementModel,
} from '../../../shared/model/arrangementModels';
import type {
  Arrangement,
  Assumptions,
  Scenario,
  Workspace,
} from '../../../shared/model/workspace';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import {
  assumptionsWith,
  buildWorkspace,
  ccg,
  fn,
  localAuthority,
  provider,
} from '../helpers/buildWorkspace';

// Two CCGs of 100,000 and 300,000, a council of 200,000, a CSU and a private provider; one
// function whose cost per head falls with scale, so pooling shows in the figures.
const assumptions = assumptionsWith([fn('bi', 10, 0.3)]);
const nodes = [
  ccg('a', 'Ashby CCG', { population: 100_000 }),
  ccg('b', 'Barford CCG', { population: 300_000 }),
  localAuthority('la', 'Northshire County Council', 200_000),
  provider('csu', 'North CSU', 'csu'),
  provider('acme', 'Acme Support Ltd', 'private'),
];

/** Each model's partner, written out by hand (not read from the table under test). */
const PARTNER: Readonly<Record<ArrangementModel, Partial<Arrangement>>> = {
  'shared-service': {},
  'host-ccg': { hostCcgId: 'a' },
  'la-partnership': { laId: 'la' },
  csu: { providerId: 'csu' },
  external: { providerId: 'acme' },
};

function arrangement(model: ArrangementModel, extra: Partial<Arrangement> = {}): Arrangement {
  return {
    id: 'arr',
    name: 'Test arrangement',
    model,
    members: ['a', 'b'],
    functions: ['bi'],
    ...PARTNER[model],
    ...extra,
  };
}

function workspaceWith(arr: Arrangement): Workspace {
  return buildWorkspace({ nodes, arrangements: [arr] }, assumptions);
}

function errorsOf(arr: Arrangement): readonly string[] {
  const v = validateWorkspace(workspaceWith(arr));
  return v.ok ? [] : v.errors;
}

function biCost(arr: Arrangement, a: Assumptions, ccgId: string): FunctionCost {
  const scenario = workspaceWith(arr).scenarios[0] as Scenario;
  const found = costScenarioWith(scenario, a).ccgs.find((c) => c.id === ccgId)?.functions.bi;
  if (!found) throw new Error(`no cost of bi for ${ccgId}`);
  return found;
}

describe('the arrangement-model table', () => {
  it('has one row per model, in the order the form offers them, with every field filled', () => {
    expect(MODEL_LIST.map((r) => r.model)).toEqual([...ARRANGEMENT_MODELS]);
    for (const model of ARRANGEMENT_MODELS) {
      const r = MODEL_RULES[model];
      expect(r.model).toBe(model);
      for (const text of [r.label, r.code, r.description, r.inSentence, r.nameWords])
        expect(text.trim()).not.toBe('');
      for (const flag of [r.pooled, r.memberSplit, r.bought, r.needsProvider])
        expect(typeof flag).toBe('boolean');
      expect(Object.keys(assumptions.models)).toContain(r.assumptionsKey);
    }
    expect(new Set(MODEL_LIST.map((r) => r.code)).size).toBe(MODEL_LIST.length);
    expect(new Set(MODEL_LIST.map((r) => r.label)).size).toBe(MODEL_LIST.length);
  });

  it('names each model in the arrangement form’s words, everywhere', () => {
    expect(Object.fromEntries(MODEL_LIST.map((r) => [r.model, [r.label, r.code]]))).toEqual({
      'shared-service': ['Shared service', 'SS'],
      'host-ccg': ['Host CCG', 'H'],
      'la-partnership': ['Local authority partnership', 'LA'],
      csu: ['CSU', 'CSU'],
      external: ['External provider', 'EXT'],
    });
    expect(deliveryLabel('in-house')).toBe('In-house');
    expect(deliveryLabel('la-partnership')).toBe('Local authority partnership');
  });

  for (const model of ARRANGEMENT_MODELS) {
    describe(model, () => {
      const rules = MODEL_RULES[model];
      const arr = arrangement(model);

      it('is a valid arrangement with its partner', () => {
        expect(errorsOf(arr)).toEqual([]);
      });

      it(`pooled = ${rules.pooled}: each member pays a share of one pool costed at the members' scale`, () => {
        const a = biCost(arr, assumptions, 'a');
        const b = biCost(arr, assumptions, 'b');
        expect(a.basis.share !== undefined && a.basis.pool !== undefined).toBe(rules.pooled);
        if (rules.pooled) {
          // The members' shares add up to the whole pool (an LA partnership's council pays the rest).
          const councilPays =
            model === 'la-partnership' ? (0.5 * 200_000) / (400_000 + 0.5 * 200_000) : 0;
          expect(a.cost + b.cost).toBeCloseTo((a.basis.pool ?? 0) * (1 - councilPays), 6);
        }
      });

      it(`bought = ${rules.bought}: priced by the provider, with its margin`, () => {
        const a = biCost(arr, assumptions, 'a');
        expect(a.providerId !== undefined && a.basis.margin !== undefined).toBe(rules.bought);
      });

      it(`needsProvider = ${rules.needsProvider}: refused without a provider`, () => {
        const { providerId: _dropped, ...without } = arr;
        const missing = errorsOf(without).some((e) => e.includes('providerId: is missing'));
        expect(missing).toBe(rules.needsProvider);
      });

      it(`partner ${rules.partner.field}: refused without it, and names the right kind of provider`, () => {
        const field = rules.partner.field;
        if (field === 'none') {
          expect(errorsOf({ ...arr, hostCcgId: 'a' }).join('\n')).toMatch(
            /hostCcgId: is only used by host-ccg/,
          );
          return;
        }
        const { [field]: _dropped, ...without } = arr;
        expect(errorsOf(without).join('\n')).toContain(`${field}: is missing`);
        for (const providerId of ['csu', 'acme']) {
          if (field !== 'providerId') continue;
          const type = providerId === 'csu' ? 'csu' : 'private';
          expect(errorsOf({ ...arr, providerId }).length === 0).toBe(offersProvider(model, type));
        }
      });

      it(`memberSplit = ${rules.memberSplit}: the members may choose equal shares`, () => {
        const equal = arrangement(model, { allocation: 'equal' });
        expect(errorsOf(equal).length === 0).toBe(rules.memberSplit);
        if (rules.memberSplit)
          expect(biCost(equal, assumptions, 'a').cost).toBeCloseTo(
            biCost(equal, assumptions, 'b').cost,
            6,
          );
      });

      it(`assumptionsKey ${rules.assumptionsKey}: its overhead or margin moves its cost, and no other model's does`, () => {
        const base = biCost(arr, assumptions, 'a').cost;
        const field = (key: string) =>
          key === 'csu' || key === 'external' ? 'margin' : 'overhead';
        const own = withAssumptionValue(
          assumptions,
          `models.${rules.assumptionsKey}.${field(rules.assumptionsKey)}`,
          0.5,
        );
        expect(biCost(arr, own, 'a').cost).toBeGreaterThan(base);
        for (const key of Object.keys(assumptions.models).filter(
          (k) => k !== rules.assumptionsKey,
        )) {
          const other = withAssumptionValue(assumptions, `models.${key}.${field(key)}`, 0.5);
          expect(biCost(arr, other, 'a').cost).toBe(base);
        }
      });
    });
  }
});
