/**
 * The rules that make Recommend fast must keep its answer: dropping group columns that single
 * deliveries beat, solving each part (cluster) apart, and starting from the overshoot floor.
 * Each is checked by hand on figures, and against the exhaustive search on cases where the rule
 * is known to act.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';
import { costScenario } from '../../../shared/costing/costScenario';
import type { Workspace } from '../../../shared/model/workspace';
import { fourSmallCcgsSample } from '../../../shared/samples/fourSmallCcgsSample';
import type { CandidateCost } from '../../../shared/recommend/candidateCosts';
import { costCandidates } from '../../../shared/recommend/candidateCosts';
import { generateCandidates, type Candidate } from '../../../shared/recommend/candidates';
import { undominatedFunctions } from '../../../shared/recommend/dominance';
import type { LpSolver } from '../../../shared/recommend/lpSolver';
import { recommendOptions, type RecommendModel } from '../../../shared/recommend/options';
import { splitIntoParts } from '../../../shared/recommend/parts';
import { prepareProblem } from '../../../shared/recommend/problem';
import { recommend, type Recommendation } from '../../../shared/recommend/recommend';
import { bruteForce } from './bruteForce';
import { SMALL_CCG, highsSolver, smallWorkspace } from './recommendFixtures';

const POOLED: RecommendModel[] = ['in-house', 'shared-service', 'host-ccg', 'la-partnership'];

function cand(
  key: string,
  model: RecommendModel,
  members: string[],
  functions: string[],
): Candidate {
  return { key, model, members, functions };
}
const costs = (byFunction: Record<string, number[]>, procurement?: number[]): CandidateCost => ({
  byFunction: new Map(Object.entries(byFunction)),
  ...(procurement ? { procurement } : {}),
});

function pinnedOthers(
  ccgIds: readonly string[],
  functionIds: readonly string[],
): { ccgId: string; functionId: string }[] {
  return ccgIds.flatMap((ccgId) =>
    DEFAULT_ASSUMPTIONS.functions
      .filter((f) => !functionIds.includes(f.id))
      .map((f) => ({ ccgId, functionId: f.id })),
  );
}

function scopeFigures(
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

/** A solver that counts its calls. */
async function countingSolver(): Promise<{ solve: LpSolver; calls: () => number }> {
  const real = await highsSolver();
  let n = 0;
  return {
    solve: (text, options) => {
      n += 1;
      return real(text, options);
    },
    calls: () => n,
  };
}

describe('costing shared-service candidates without a scenario per batch', () => {
  it('gives each member exactly the engine’s figure, in a year with a cost index', () => {
    const ws = fourSmallCcgsSample();
    const members = ['ccg-ashvale', 'ccg-cressingham', 'ccg-dunmere'];
    const functions = ['bi', 'finance', 'chc'];
    const prepared = prepareProblem(ws, 'all-in-house', recommendOptions({ yearId: '2015-16' }));
    if (!prepared.ok) throw new Error(prepared.errors.join('\n'));
    const [got] = costCandidates(prepared.problem, [
      cand('shared-service||x', 'shared-service', members, functions),
    ]);
    const s = ws.scenarios.find((x) => x.id === 'all-in-house');
    if (!s) throw new Error('no scenario');
    const scenario = {
      ...s,
      arrangements: [
        {
          id: 'pool',
          name: 'Pool',
          model: 'shared-service' as const,
          members,
          functions,
          allocation: 'population' as const,
        },
      ],
    };
    const engine = costScenario({ ...ws, scenarios: [scenario] }, scenario.id, {
      yearId: '2015-16',
    });
    expect(engine.year.costIndex).not.toBe(1);
    for (const f of functions) {
      expect(got?.byFunction.get(f)).toEqual(
        members.map((m) => engine.ccgs.find((c) => c.id === m)?.functions[f]?.cost),
      );
    }
  });
});

describe('dropping group columns a single delivery beats', () => {
  const a = SMALL_CCG(0);
  const b = SMALL_CCG(1);
  it('drops a pair only when each member alone pays no more and the two together less', () => {
    const candidates = [
      cand('in-house||a', 'in-house', [a], ['hr', 'it']),
      cand('csu|csu|a', 'csu', [a], ['hr', 'it']),
      cand('in-house||b', 'in-house', [b], ['hr', 'it']),
      cand('shared-service||a,b', 'shared-service', [a, b], ['hr', 'it']),
    ];
    const kept = undominatedFunctions(candidates, [
      costs({ hr: [120], it: [50] }),
      costs({ hr: [90], it: [70] }),
      costs({ hr: [200], it: [100] }),
      // hr: a pays 100 (alone at best 90), b 200 (alone 200): 290 < 300, dropped.
      // it: together 159 against 150 alone, but a pays 49 (alone at best 50): kept, as a's
      // allowance may need the pair.
      costs({ hr: [100, 200], it: [49, 110] }),
    ]);
    expect(kept).toEqual([['hr', 'it'], ['hr', 'it'], ['hr', 'it'], ['it']]);
  });

  it('keeps a pair that costs exactly what its members pay alone, and never uses an external contract as the alternative', () => {
    const candidates = [
      cand('in-house||a', 'in-house', [a], ['hr']),
      cand('in-house||b', 'in-house', [b], ['hr']),
      cand('external|acme|a', 'external', [a], ['hr']),
      cand('external|acme|b', 'external', [b], ['hr']),
      cand('shared-service||a,b', 'shared-service', [a, b], ['hr']),
      cand('external|acme|a,b', 'external', [a, b], ['hr']),
    ];
    const kept = undominatedFunctions(candidates, [
      costs({ hr: [100] }),
      costs({ hr: [200] }),
      costs({ hr: [1] }, [50_000]),
      costs({ hr: [1] }, [50_000]),
      costs({ hr: [100, 200] }),
      // A joint contract dearer than in-house for both members is dropped like any group.
      costs({ hr: [101, 201] }, [25_000, 25_000]),
    ]);
    expect(kept.map((k) => k.length)).toEqual([1, 1, 1, 1, 1, 0]);
  });

  it(
    'keeps the exhaustive search\u2019s optimum where a cheap CSU beats most groups',
    { timeout: 120_000 },
    async () => {
      const ws = smallWorkspace({ populations: [45_000, 70_000, 130_000], capPerHead: 33 });
      const ccgIds = [SMALL_CCG(0), SMALL_CCG(1), SMALL_CCG(2)];
      const functionIds = ['finance', 'hr'];
      const models: RecommendModel[] = ['in-house', 'shared-service', 'csu'];
      const options = recommendOptions({
        scope: { kind: 'ccgs', ccgIds },
        models,
        maxMembers: 3,
        pinned: pinnedOthers(ccgIds, functionIds),
      });
      // The rule acts here: with the CSU at its largest scale, groups lose columns.
      const prepared = prepareProblem(ws, 'start', options);
      if (!prepared.ok) throw new Error(prepared.errors.join('\n'));
      const generated = generateCandidates(prepared.problem);
      if (!generated.ok) throw new Error(generated.errors.join('\n'));
      const all = generated.candidates;
      const scale = 1_500_000 + 245_000;
      const kept = undominatedFunctions(
        all,
        costCandidates(prepared.problem, all, () => scale),
      );
      const dropped = all.reduce((n, c, i) => n + c.functions.length - (kept[i]?.length ?? 0), 0);
      expect(dropped).toBeGreaterThan(0);

      const outcome = recommend(ws, 'start', options, await highsSolver());
      if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
      const brute = bruteForce(ws, 'start', {
        ccgIds,
        functionIds,
        models,
        maxMembers: 3,
        withinAllowance: true,
        noExternalBi: true,
        noDominantHost: true,
      });
      const got = scopeFigures(outcome.recommendation, ccgIds);
      expect(Math.max(0, got.worst)).toBeCloseTo(Math.max(0, brute.worstOvershoot), 0);
      expect(Math.abs(got.running - brute.running)).toBeLessThan(1);
      expect(
        Math.abs(outcome.recommendation.solverRunning - outcome.recommendation.engineRunning),
      ).toBeLessThan(1);
    },
  );
});

describe('solving each cluster apart', () => {
  it('splits candidates into the groups of CCGs they link', () => {
    const parts = splitIntoParts([['a'], ['b'], ['a', 'b'], ['c'], [], ['d', 'c'], ['e']]);
    expect(parts.map((p) => [[...p.ccgIds].sort(), p.candidates])).toEqual([
      [
        ['a', 'b'],
        [0, 1, 2],
      ],
      [
        ['c', 'd'],
        [3, 5],
      ],
      [['e'], [6]],
    ]);
  });

  /** Four CCGs in two clusters: Aville and Bville, and Cville and Dville. */
  function twoClusters(capPerHead: number): Workspace {
    const ws = smallWorkspace({ populations: [50_000, 60_000, 200_000, 45_000], capPerHead });
    const s = ws.scenarios[0];
    if (!s) throw new Error('no scenario');
    const nodes = s.nodes.map((n) =>
      n.kind === 'ccg' && (n.id === SMALL_CCG(2) || n.id === SMALL_CCG(3))
        ? { ...n, clusterId: 'cl2' }
        : n,
    );
    nodes.push({
      kind: 'cluster',
      id: 'cl2',
      name: 'Second cluster',
      x: 0,
      y: 900,
      width: 1400,
      height: 400,
    });
    return { ...ws, scenarios: [{ ...s, nodes }] };
  }
  const ccgIds = [SMALL_CCG(0), SMALL_CCG(1), SMALL_CCG(2), SMALL_CCG(3)];
  const clusterOf = new Map([
    [SMALL_CCG(0), 'cl'],
    [SMALL_CCG(1), 'cl'],
    [SMALL_CCG(2), 'cl2'],
    [SMALL_CCG(3), 'cl2'],
  ]);
  const functionIds = ['contracting', 'it'];

  for (const cap of [30, 36]) {
    it(
      `equals the exhaustive search over both clusters at once (£${cap} a head)`,
      { timeout: 120_000 },
      async () => {
        const ws = twoClusters(cap);
        const options = recommendOptions({
          scope: { kind: 'ccgs', ccgIds },
          models: POOLED,
          maxMembers: 2,
          pinned: pinnedOthers(ccgIds, functionIds),
        });
        const prepared = prepareProblem(ws, 'start', options);
        if (!prepared.ok) throw new Error(prepared.errors.join('\n'));
        const generated = generateCandidates(prepared.problem);
        if (!generated.ok) throw new Error(generated.errors.join('\n'));
        expect(splitIntoParts(generated.candidates.map((c) => c.members))).toHaveLength(2);

        const outcome = recommend(ws, 'start', options, await highsSolver());
        if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
        const rec = outcome.recommendation;
        const brute = bruteForce(ws, 'start', {
          ccgIds,
          functionIds,
          models: POOLED,
          maxMembers: 2,
          withinAllowance: true,
          noExternalBi: true,
          noDominantHost: true,
          clusterOf,
        });
        expect(brute.count).toBeGreaterThan(100);
        const got = scopeFigures(rec, ccgIds);
        if (brute.worstOvershoot <= 0) expect(got.worst).toBeLessThanOrEqual(0.005);
        else expect(got.worst).toBeCloseTo(brute.worstOvershoot, 0);
        expect(Math.abs(got.running - brute.running)).toBeLessThan(1);
        expect(Math.abs(rec.solverRunning - rec.engineRunning)).toBeLessThan(1);
        expect(rec.optimal).toBe(true);
      },
    );
  }
});

describe('starting from the overshoot floor', () => {
  it(
    'finds the least overshoot when two CCGs both need the same partner, and still equals the exhaustive search',
    { timeout: 120_000 },
    async () => {
      // Aville and Bville are each cheapest paired with Cville; only one can be: the floor (each at
      // its cheapest) cannot be reached, so the part is solved for its least overshoot and again.
      const ws = smallWorkspace({ populations: [50_000, 60_000, 200_000], capPerHead: 30 });
      const ccgIds = [SMALL_CCG(0), SMALL_CCG(1), SMALL_CCG(2)];
      const functionIds = ['contracting', 'it'];
      const models: RecommendModel[] = ['in-house', 'shared-service'];
      const { solve, calls } = await countingSolver();
      const outcome = recommend(
        ws,
        'start',
        recommendOptions({
          scope: { kind: 'ccgs', ccgIds },
          models,
          maxMembers: 2,
          pinned: pinnedOthers(ccgIds, functionIds),
        }),
        solve,
      );
      if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
      // At the floor (infeasible), for the least overshoot, then at the least overshoot.
      expect(calls()).toBe(3);
      const brute = bruteForce(ws, 'start', {
        ccgIds,
        functionIds,
        models,
        maxMembers: 2,
        withinAllowance: true,
        noExternalBi: true,
        noDominantHost: true,
      });
      expect(brute.worstOvershoot).toBeGreaterThan(0);
      const got = scopeFigures(outcome.recommendation, ccgIds);
      expect(got.worst).toBeCloseTo(brute.worstOvershoot, 0);
      expect(Math.abs(got.running - brute.running)).toBeLessThan(1);
    },
  );
});

describe('the time limit', () => {
  it(
    'reaches every solve within the limit, and a solve it stops makes the answer not proved optimal',
    { timeout: 120_000 },
    async () => {
      const real = await highsSolver();
      const limits: (number | undefined)[] = [];
      // HiGHS stops where the limit falls; here every solve reports it was stopped at its answer.
      const stopped: LpSolver = (text, options) => {
        limits.push(options?.timeLimitSeconds);
        return { ...real(text, options), optimal: false, status: 'Time limit reached' };
      };
      const ws = smallWorkspace({ populations: [50_000, 60_000, 200_000], capPerHead: 36 });
      const ccgIds = [SMALL_CCG(0), SMALL_CCG(1), SMALL_CCG(2)];
      const outcome = recommend(
        ws,
        'start',
        recommendOptions({
          scope: { kind: 'ccgs', ccgIds },
          models: POOLED,
          maxMembers: 2,
          pinned: pinnedOthers(ccgIds, ['contracting']),
        }),
        stopped,
        { timeLimitSeconds: 30 },
      );
      if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
      expect(limits.length).toBeGreaterThan(0);
      for (const l of limits) expect(l).toBeGreaterThan(0);
      for (const l of limits) expect(l).toBeLessThanOrEqual(30);
      expect(outcome.recommendation.optimal).toBe(false);
      expect(outcome.recommendation.status).toBe('Time limit reached');
    },
  );
});
