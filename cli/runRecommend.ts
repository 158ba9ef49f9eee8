/**
 * The `recommend` command: argument parsing and I/O only; the search lives in shared/recommend
 * and the solver is HiGHS, handed in already loaded (cli/recommend.ts loads it).
 */
import { parseArgs } from 'node:util';
import { costReport } from '../shared/report/costReport';
import { formatPerHead, formatPounds } from '../shared/format/format';
import type { LpSolver } from '../shared/recommend/lpSolver';
import {
  isRecommendModel,
  RECOMMEND_MODELS,
  recommendOptions,
  type RecommendModel,
  type RecommendScope,
} from '../shared/recommend/options';
import { recommend, type Recommendation } from '../shared/recommend/recommend';
import { SAMPLES, findSample } from '../shared/samples/index';
import { parseWorkspaceText } from '../shared/schema/parseWorkspaceText';
import type { Workspace } from '../shared/model/workspace';
import type { CostIo, ExitCode } from './runCost';

export function recommendUsage(): string {
  return [
    'Usage: npm run recommend -- FILE.ccgm --scenario ID [options]',
    '       npm run recommend -- --sample ID --scenario ID [options]',
    '',
    'Finds the configuration of commissioning support with the least running cost in a year that',
    'keeps every CCG within its allowance, and prints it as a new scenario with its change list.',
    '',
    'Options:',
    '  --scenario ID       the scenario to start from (required)',
    '  --year ID           the year to satisfy (default: the first)',
    '  --cluster ID        reconsider only the CCGs of this cluster (default: all CCGs)',
    '  --max-members N     most CCGs in one pooled arrangement (default 6)',
    `  --models a,b,c      models allowed (default in-house,shared-service,csu); any of ${RECOMMEND_MODELS.join(', ')}`,
    '  --across-clusters   allow sharing between clusters',
    '  --json              print { scenario, result, rounds, optimal, binding } as JSON',
    '  --sample ID         start from a built-in sample instead of a file',
    '  -h, --help          show this help',
    '',
    'Exit status: 0 when a recommendation was made; 2 for a usage error, an unreadable or invalid',
    'file, or an unknown scenario, year, cluster, model or sample.',
    '',
  ].join('\n');
}

export function runRecommend(
  argv: readonly string[],
  io: CostIo,
  solver: () => Promise<LpSolver>,
): Promise<ExitCode> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        scenario: { type: 'string' },
        year: { type: 'string' },
        cluster: { type: 'string' },
        'max-members': { type: 'string' },
        models: { type: 'string' },
        'across-clusters': { type: 'boolean' },
        json: { type: 'boolean' },
        sample: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    return Promise.resolve(
      usageError(io, (err instanceof Error ? err.message : String(err)).split('. ')[0] ?? ''),
    );
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(recommendUsage());
    return Promise.resolve(0);
  }
  if (values.sample !== undefined && positionals.length > 0)
    return Promise.resolve(usageError(io, 'give a file or --sample, not both'));
  if (values.sample === undefined && positionals.length !== 1) {
    return Promise.resolve(
      usageError(
        io,
        positionals.length === 0 ? 'no workspace file given' : 'give exactly one workspace file',
      ),
    );
  }
  if (values.scenario === undefined)
    return Promise.resolve(usageError(io, '--scenario is required'));

  let maxMembers = 6;
  if (values['max-members'] !== undefined) {
    if (!/^\d+$/.test(values['max-members']) || Number(values['max-members']) < 1) {
      return Promise.resolve(
        usageError(
          io,
          `--max-members: "${values['max-members']}" is not a whole number of at least 1`,
        ),
      );
    }
    maxMembers = Number(values['max-members']);
  }
  let models: RecommendModel[] | undefined;
  if (values.models !== undefined) {
    const list = values.models
      .split(',')
      .map((m) => m.trim())
      .filter((m) => m !== '');
    const bad = list.filter((m) => !isRecommendModel(m));
    if (bad.length > 0 || list.length === 0) {
      return Promise.resolve(
        usageError(
          io,
          `--models: ${bad.length > 0 ? `"${bad.join('", "')}" ${bad.length === 1 ? 'is not a model' : 'are not models'}` : 'no model given'}; models: ${RECOMMEND_MODELS.join(', ')}`,
        ),
      );
    }
    models = list.filter(isRecommendModel);
  }

  let source: string;
  let workspace: Workspace;
  if (values.sample !== undefined) {
    const sample = findSample(values.sample);
    if (!sample) {
      io.stderr(
        `recommend: no built-in sample "${values.sample}"; samples: ${SAMPLES.map((s) => s.id).join(', ')}\n`,
      );
      return Promise.resolve(2);
    }
    source = `sample ${sample.id}`;
    workspace = sample.create();
  } else {
    const file = positionals[0] as string;
    source = file;
    let text: string;
    try {
      text = io.readFile(file);
    } catch (err) {
      const code =
        typeof err === 'object' && err !== null && 'code' in err
          ? String((err as { code: unknown }).code)
          : '';
      io.stderr(
        `${file}: cannot read the file: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : (err instanceof Error ? err.message : String(err)).split('\n')[0]}\n`,
      );
      return Promise.resolve(2);
    }
    const result = parseWorkspaceText(text);
    if (!result.ok) {
      io.stderr(result.errors.map((e) => `${file}: ${e.replace(/^file: /, '')}\n`).join(''));
      return Promise.resolve(2);
    }
    workspace = result.workspace;
  }

  const scope: RecommendScope =
    values.cluster !== undefined ? { kind: 'cluster', clusterId: values.cluster } : { kind: 'all' };
  const options = recommendOptions({
    scope,
    maxMembers,
    withinCluster: !values['across-clusters'],
    ...(values.year !== undefined ? { yearId: values.year } : {}),
    ...(models ? { models } : {}),
  });
  const scenarioId = values.scenario;
  return solver().then((solve): ExitCode => {
    const outcome = recommend(workspace, scenarioId, options, solve);
    if (!outcome.ok) {
      io.stderr(outcome.errors.map((e) => `${source}: ${e}\n`).join(''));
      return 2;
    }
    const rec = outcome.recommendation;
    if (values.json) io.stdout(`${JSON.stringify(recommendationJson(workspace, rec), null, 2)}\n`);
    else io.stdout(recommendationTable(rec));
    return 0;
  });
}

/** The --json document: the scenario as a .ccgm file holds it and its entry as `cost --json` prints it. */
export function recommendationJson(workspace: Workspace, rec: Recommendation): object {
  const withIt: Workspace = { ...workspace, scenarios: [...workspace.scenarios, rec.scenario] };
  return {
    scenario: rec.scenario,
    result: costReport(withIt, rec.scenario.id, rec.yearId).scenarios[0],
    rounds: rec.rounds,
    convergence: rec.convergence,
    optimal: rec.optimal,
    withinAllowance: rec.withinAllowance,
    binding: rec.binding,
    rules: rec.rules,
    changes: rec.changes,
  };
}

export function recommendationTable(rec: Recommendation): string {
  const lines: string[] = [`${rec.scenario.name} (new scenario "${rec.scenario.id}")`, ''];
  for (const c of rec.changes) {
    lines.push(`${c.summary}`);
    for (const m of c.moves) lines.push(`  - ${m}`);
    if (c.moves.length === 0) lines.push('  - no change');
  }
  lines.push('', 'CCG figures (running cost in the year):');
  const width = Math.max(4, ...rec.changes.map((c) => c.name.length));
  lines.push(
    `  ${'CCG'.padEnd(width)}  ${'before'.padStart(12)}  ${'after'.padStart(12)}  ${'saving'.padStart(12)}  ${'allowance'.padStart(12)}  per head`,
  );
  for (const c of rec.changes) {
    const ccg = rec.result.ccgs.find((x) => x.id === c.ccgId);
    lines.push(
      `  ${c.name.padEnd(width)}  ${formatPounds(c.before).padStart(12)}  ${formatPounds(c.after).padStart(12)}  ${formatPounds(c.saving).padStart(12)}  ${formatPounds(c.allowance).padStart(12)}  ${ccg ? formatPerHead(c.after / ccg.population) : ''}${c.after > c.allowance + 0.005 ? '  OVER' : ''}`,
    );
  }
  lines.push('', 'Rules:');
  for (const r of rec.rules) lines.push(`  [${r.met ? 'met' : 'NOT MET'}] ${r.rule}: ${r.detail}`);
  if (rec.binding.length > 0) {
    lines.push('', 'Binding:');
    for (const b of rec.binding) lines.push(`  ${b.message}`);
  }
  lines.push(
    '',
    `Solved in ${rec.rounds} round${rec.rounds === 1 ? '' : 's'} of CSU pricing (${convergenceWords(rec)}); ${rec.optimal ? 'proved optimal' : `not proved optimal (${rec.status})`}.`,
    '',
  );
  return lines.join('\n');
}

function convergenceWords(rec: Recommendation): string {
  switch (rec.convergence) {
    case 'fixed-point':
      return 'a fixed point: the CSU prices are those of the buyers chosen';
    case 'cycle':
      return 'the buyers cycled; the best answer of the cycle is kept';
    case 'round-limit':
      return 'no fixed point within the round limit; the best answer is kept';
    case 'time-limit':
      return 'the time limit ran out; the best answer so far is kept';
    case 'cancelled':
      return 'cancelled; the best answer so far is kept';
  }
}

function usageError(io: CostIo, problem: string): ExitCode {
  io.stderr(`recommend: ${problem}\n\n${recommendUsage()}`);
  return 2;
}
