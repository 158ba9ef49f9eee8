/**
 * The Recommend half of the Node benchmark: the time to a recommendation (HiGHS loaded and one
 * warm-up run made before timing) on the Four small CCGs sample, on one 12-CCG cluster and on all England sharing
 * within clusters in groups of up to five. England is the England 2013 sample when the build has
 * it, else the synthetic one.
 */
import loadHighs from 'highs';
import { highsLpSolver, type LpSolver } from '../../shared/recommend/lpSolver';
import { recommendOptions, type RecommendOptions } from '../../shared/recommend/options';
import { recommend } from '../../shared/recommend/recommend';
import { findSample } from '../../shared/samples/index';
import { englandSample } from '../../shared/samples/england/englandSample';
import { fourSmallCcgsSample } from '../../shared/samples/fourSmallCcgsSample';
import type { Workspace } from '../../shared/model/workspace';

export interface RecommendFigures {
  readonly recommendSmallMs: number;
  readonly recommendClusterMs: number;
  readonly recommendEnglandMs: number;
  /** Which England workspace recommendEnglandMs is for. */
  readonly recommendEnglandSample: string;
  readonly recommendEnglandRounds: number;
  readonly recommendEnglandOptimal: boolean;
}

/** Twelve generated CCGs, all in one cluster (the synthetic England's clusters are smaller). */
export function twelveCcgCluster(): Workspace {
  const ws = englandSample({ ccgs: 12, seed: 2013 });
  const scenario = ws.scenarios[0];
  if (!scenario) throw new Error('The generated workspace has no scenario.');
  const clusterId = scenario.nodes.find((n) => n.kind === 'cluster')?.id ?? '';
  return {
    ...ws,
    scenarios: [
      {
        ...scenario,
        nodes: scenario.nodes.map((n) => (n.kind === 'ccg' ? { ...n, clusterId } : n)),
      },
    ],
  };
}

function timed(
  log: (line: string) => void,
  label: string,
  ws: Workspace,
  options: RecommendOptions,
  solve: LpSolver,
): { ms: number; rounds: number; optimal: boolean } {
  const scenarioId = ws.scenarios[0]?.id ?? '';
  let reports = 0;
  let longestQuietMs = 0;
  const started = performance.now();
  let last = started;
  // Progress as the dialog gets it: how often, and the longest wait between two reports.
  const outcome = recommend(ws, scenarioId, options, solve, {
    onProgress: () => {
      const now = performance.now();
      reports += 1;
      longestQuietMs = Math.max(longestQuietMs, now - last);
      last = now;
    },
  });
  const ms = performance.now() - started;
  if (!outcome.ok) throw new Error(`Recommend on ${label} refused: ${outcome.errors.join('; ')}`);
  const r = outcome.recommendation;
  log(
    `Recommend, ${label}: ${ms.toFixed(0)} ms, ${r.rounds} round${r.rounds === 1 ? '' : 's'} (${r.convergence}), ${r.optimal ? 'optimal' : `not proved optimal: ${r.status}`}, running ${Math.round(r.engineRunning).toLocaleString('en-GB')}; ${reports} progress reports, at most ${(longestQuietMs / 1000).toFixed(1)} s apart.`,
  );
  return { ms, rounds: r.rounds, optimal: r.optimal };
}

export async function benchRecommend(log: (line: string) => void): Promise<RecommendFigures> {
  const solve = highsLpSolver(await loadHighs());
  // One untimed run first, as the costing bench warms up: the first run pays for the JIT
  // compiling the engine and HiGHS's WebAssembly, which a person pays once per session.
  recommend(fourSmallCcgsSample(), 'all-in-house', recommendOptions(), solve);
  const small = timed(log, 'Four small CCGs', fourSmallCcgsSample(), recommendOptions(), solve);
  const cluster = ((): { ms: number } => {
    const ws = twelveCcgCluster();
    const clusterId = ws.scenarios[0]?.nodes.find((n) => n.kind === 'cluster')?.id ?? '';
    return timed(
      log,
      'a 12-CCG cluster',
      ws,
      recommendOptions({ scope: { kind: 'cluster', clusterId } }),
      solve,
    );
  })();
  const real = findSample('england-2013');
  const england = real ? real.create() : englandSample();
  const sampleName = real ? 'england-2013' : 'england-synthetic';
  const all = timed(
    log,
    `England (${sampleName}), groups of up to 5 within clusters`,
    england,
    recommendOptions({ maxMembers: 5 }),
    solve,
  );
  return {
    recommendSmallMs: small.ms,
    recommendClusterMs: cluster.ms,
    recommendEnglandMs: all.ms,
    recommendEnglandSample: sampleName,
    recommendEnglandRounds: all.rounds,
    recommendEnglandOptimal: all.optimal,
  };
}
