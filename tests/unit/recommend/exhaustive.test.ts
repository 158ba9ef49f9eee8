/**
 * Recommend against an exhaustive search on workspaces small enough to enumerate: the
 * recommendation's running cost (the engine's) must equal the best the search finds under the
 * same rules, to the pound — or, when no configuration keeps every CCG within its allowance, the
 * least largest overshoot and then the least cost.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';
import { recommendOptions, type RecommendModel } from '../../../shared/recommend/options';
import { recommend, type Recommendation } from '../../../shared/recommend/recommend';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import type { Workspace } from '../../../shared/model/workspace';
import { bruteForce } from './bruteForce';
import { SMALL_CCG, highsSolver, smallWorkspace } from './recommendFixtures';

const ALL_MODELS: RecommendModel[] = [
  'in-house',
  'shared-service',
  'csu',
  'host-ccg',
  'la-partnership',
  'external',
];

interface Case {
  readonly name: string;
  readonly workspace: Workspace;
  readonly ccgIds: readonly string[];
  readonly functionIds: readonly string[];
  readonly models: readonly RecommendModel[];
  readonly maxMembers: number;
  /** The rule changes the answer: the cheapest configuration ignoring it breaks it. */
  readonly allowanceBinds?: boolean;
}

const THREE = [SMALL_CCG(0), SMALL_CCG(1), SMALL_CCG(2)];
const POOLED: RecommendModel[] = ['in-house', 'shared-service', 'host-ccg', 'la-partnership'];

const cases: Case[] = [
  {
    // Cost alone pairs the two small CCGs with each other's council; within a £38 cap one of them
    // would be over, so the allowance forces a dearer pairing.
    name: 'three CCGs, contracting and IT, pooled models in pairs, the allowance changes the answer',
    workspace: smallWorkspace({ populations: [50_000, 60_000, 200_000], capPerHead: 38 }),
    ccgIds: THREE,
    functionIds: ['contracting', 'it'],
    models: POOLED,
    maxMembers: 2,
    allowanceBinds: true,
  },
  {
    name: 'the same at a £30 cap: no pairing keeps every CCG within, so the least largest overshoot',
    workspace: smallWorkspace({ populations: [50_000, 60_000, 200_000], capPerHead: 30 }),
    ccgIds: THREE,
    functionIds: ['contracting', 'it'],
    models: POOLED,
    maxMembers: 2,
  },
  {
    name: 'three CCGs, BI and redesign, a CSU with no other customers (its price depends on who buys) and an external provider',
    workspace: smallWorkspace({
      populations: [45_000, 70_000, 130_000],
      capPerHead: 33,
      csuOthers: 0,
    }),
    ccgIds: THREE,
    functionIds: ['bi', 'redesign'],
    models: ['in-house', 'shared-service', 'csu', 'external'],
    maxMembers: 2,
  },
  {
    name: 'three CCGs, finance and HR, every model, a CSU customer out of scope',
    workspace: smallWorkspace({
      populations: [45_000, 70_000, 130_000],
      capPerHead: 39,
      csuOthers: 100_000,
      outsider: 90_000,
    }),
    ccgIds: THREE,
    functionIds: ['finance', 'hr'],
    models: ALL_MODELS,
    maxMembers: 2,
  },
  {
    name: 'three CCGs, HR and comms, every model, a cheap private provider',
    workspace: smallWorkspace({
      populations: [40_000, 60_000, 80_000],
      capPerHead: 22,
      providerPrices: { hr: 0.3 },
    }),
    ccgIds: THREE,
    functionIds: ['hr', 'comms'],
    models: ALL_MODELS,
    maxMembers: 6,
  },
  {
    name: 'four CCGs, procurement, shared service, CSU and external only',
    workspace: smallWorkspace({ populations: [62_000, 80_000, 122_000, 150_000], capPerHead: 27 }),
    ccgIds: [SMALL_CCG(0), SMALL_CCG(1), SMALL_CCG(2), SMALL_CCG(3)],
    functionIds: ['procurement'],
    models: ['in-house', 'shared-service', 'csu', 'external'],
    maxMembers: 3,
  },
];

function pinnedOthers(c: Case): { ccgId: string; functionId: string }[] {
  return c.ccgIds.flatMap((ccgId) =>
    DEFAULT_ASSUMPTIONS.functions
      .filter((f) => !c.functionIds.includes(f.id))
      .map((f) => ({ ccgId, functionId: f.id })),
  );
}

function scopeRunning(
  rec: Recommendation,
  ccgIds: readonly string[],
): { running: number; worst: number } {
  let running = 0;
  let worst = -Infinity;
  for (const c of rec.result.ccgs) {
    if (!ccgIds.includes(c.id)) continue;
    running += c.running;
    worst = Math.max(worst, c.running - c.allowance);
  }
  return { running, worst };
}

describe('Recommend equals exhaustive search', { timeout: 120_000 }, () => {
  for (const c of cases) {
    it(c.name, async () => {
      const solve = await highsSolver();
      const outcome = recommend(
        c.workspace,
        'start',
        recommendOptions({
          scope: { kind: 'ccgs', ccgIds: c.ccgIds },
          models: c.models,
          maxMembers: c.maxMembers,
          pinned: pinnedOthers(c),
        }),
        solve,
      );
      if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
      const rec = outcome.recommendation;
      const brute = bruteForce(c.workspace, 'start', {
        ccgIds: c.ccgIds,
        functionIds: c.functionIds,
        models: c.models,
        maxMembers: c.maxMembers,
        withinAllowance: true,
        noExternalBi: true,
        noDominantHost: true,
      });
      if (c.allowanceBinds) {
        const free = bruteForce(c.workspace, 'start', {
          ccgIds: c.ccgIds,
          functionIds: c.functionIds,
          models: c.models,
          maxMembers: c.maxMembers,
          withinAllowance: false,
          noExternalBi: true,
          noDominantHost: true,
        });
        expect(free.worstOvershoot).toBeGreaterThan(0);
        expect(free.running).toBeLessThan(brute.running - 1000);
      }
      expect(brute.count).toBeGreaterThan(c.functionIds.length > 1 ? 1000 : 50);
      const got = scopeRunning(rec, c.ccgIds);
      if (brute.worstOvershoot <= 0) {
        expect(rec.withinAllowance).toBe(true);
        expect(got.worst).toBeLessThanOrEqual(0.005);
      } else {
        expect(rec.withinAllowance).toBe(false);
        expect(got.worst).toBeCloseTo(brute.worstOvershoot, 0);
      }
      expect(Math.abs(got.running - brute.running)).toBeLessThan(1);
      // The solver's own objective is the engine's figure for the scope, to the pound.
      expect(Math.abs(rec.solverRunning - rec.engineRunning)).toBeLessThan(1);
      expect(rec.convergence).toBe('fixed-point');
      // The new scenario is a valid document in the workspace.
      const withIt = { ...c.workspace, scenarios: [...c.workspace.scenarios, rec.scenario] };
      const valid = validateWorkspace(withIt);
      expect(valid.ok ? [] : valid.errors).toEqual([]);
    });
  }
});
