/**
 * The `cost` command: argument parsing and I/O only; the costing and the report live in
 * shared/. Takes its I/O as arguments so it can run without a process (cli/cost.ts wires it).
 */
import { parseArgs } from 'node:util';
import { costReport, formatReportCsv, formatReportTable } from '../shared/report/costReport';
import { SAMPLES, findSample } from '../shared/samples/index';
import { parseWorkspaceText } from '../shared/schema/parseWorkspaceText';
import type { Workspace } from '../shared/model/workspace';
import { escapeControlsKeepingNewlines } from '../shared/text/controlChars';

export interface CostIo {
  /** Reads a file as UTF-8 text; throws a Node error (with `code`) when it cannot. */
  readonly readFile: (path: string) => string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** 0: done; 2: usage error, unreadable or invalid file, unknown scenario, year or sample. */
export type ExitCode = 0 | 2;

export function usage(): string {
  const width = Math.max(...SAMPLES.map((s) => s.id.length));
  return [
    'Usage: npm run cost -- FILE.ccgm [--scenario ID] [--year ID] [--json | --csv]',
    '       npm run cost -- --sample ID [--scenario ID] [--year ID] [--json | --csv]',
    '',
    'Costs every scenario of a CCG Modeller workspace (or one, with --scenario) and prints, for',
    "every planning year, each CCG's running cost, allowance, cost per head, headroom and status,",
    'then the risk flags.',
    '',
    'Options:',
    '  --scenario ID   cost only the scenario with this id',
    '  --year ID       in --json, give ccgs, totals and flags for this planning year (default the',
    '                  first); "years" always holds every year',
    '  --json          print the report as JSON',
    '  --csv           print one CSV row per CCG per scenario',
    '  --sample ID     cost a built-in sample workspace instead of a file',
    '  -h, --help      show this help',
    '',
    'Built-in samples:',
    ...SAMPLES.map((s) => `  ${s.id.padEnd(width)}  ${s.name}`),
    '',
    'Exit status: 0 when costed; 2 for a usage error, an unreadable or invalid file, or an unknown',
    'scenario, year or sample.',
    '',
  ].join('\n');
}

/**
 * Runs the command. Everything it prints passes through escapeControlsKeepingNewlines: names,
 * ids and file paths come from the file being costed, and a terminal would obey any control
 * sequence in them (erase a line, plant a hyperlink).
 */
export function runCost(argv: readonly string[], rawIo: CostIo): ExitCode {
  const io: CostIo = {
    readFile: rawIo.readFile,
    stdout: (text) => rawIo.stdout(escapeControlsKeepingNewlines(text)),
    stderr: (text) => rawIo.stderr(escapeControlsKeepingNewlines(text)),
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        scenario: { type: 'string' },
        year: { type: 'string' },
        json: { type: 'boolean' },
        csv: { type: 'boolean' },
        sample: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    return usageError(io, firstSentence(err instanceof Error ? err.message : String(err)));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(usage());
    return 0;
  }
  if (values.json && values.csv) return usageError(io, 'choose one of --json and --csv');
  if (values.sample !== undefined && positionals.length > 0)
    return usageError(io, 'give a file or --sample, not both');
  if (values.sample === undefined && positionals.length !== 1) {
    return usageError(
      io,
      positionals.length === 0 ? 'no workspace file given' : 'give exactly one workspace file',
    );
  }

  let source: string;
  let workspace: Workspace;
  if (values.sample !== undefined) {
    const sample = findSample(values.sample);
    if (!sample) {
      io.stderr(
        `cost: no built-in sample "${values.sample}"; samples: ${SAMPLES.map((s) => s.id).join(', ')}\n`,
      );
      return 2;
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
      io.stderr(`${file}: cannot read the file: ${readErrorWords(err)}\n`);
      return 2;
    }
    const result = parseWorkspaceText(text);
    if (!result.ok) {
      io.stderr(result.errors.map((e) => `${file}: ${e.replace(/^file: /, '')}\n`).join(''));
      return 2;
    }
    // Warnings (a duplicate key, an ignored "__proto__") go to stderr; the report still prints.
    io.stderr(result.warnings.map((w) => `${file}: warning: ${w}\n`).join(''));
    workspace = result.workspace;
  }

  if (values.scenario !== undefined && !workspace.scenarios.some((s) => s.id === values.scenario)) {
    io.stderr(
      `${source}: no scenario with id "${values.scenario}"; scenario ids: ${workspace.scenarios.map((s) => s.id).join(', ')}\n`,
    );
    return 2;
  }

  const yearIds = workspace.assumptions.years.map((y) => y.id);
  if (values.year !== undefined && !yearIds.includes(values.year)) {
    io.stderr(
      `${source}: no planning year with id "${values.year}"; year ids: ${yearIds.join(', ')}\n`,
    );
    return 2;
  }

  const report = costReport(workspace, values.scenario, values.year);
  if (values.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (values.csv) io.stdout(formatReportCsv(report));
  else io.stdout(formatReportTable(report));
  return 0;
}

function usageError(io: CostIo, problem: string): ExitCode {
  io.stderr(`cost: ${problem}\n\n${usage()}`);
  return 2;
}

function firstSentence(message: string): string {
  const end = message.indexOf('. ');
  return end === -1 ? message.replace(/\.$/, '') : message.slice(0, end);
}

const READ_ERROR_WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EMFILE: 'too many open files',
};

function readErrorWords(err: unknown): string {
  const code =
    typeof err === 'object' && err !== null && 'code' in err
      ? String((err as { code: unknown }).code)
      : '';
  if (READ_ERROR_WORDS[code]) return READ_ERROR_WORDS[code];
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] ?? message;
}
