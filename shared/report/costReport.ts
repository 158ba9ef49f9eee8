/**
 * A workspace's costing as a plain report: the JSON the CLI prints with --json, and the
 * readable table and CSV made from it. Pure: numbers are the engine's, unrounded; formatting
 * happens only in formatReportTable.
 */
import { idRecord } from '../model/idRecord';
import { costScenario } from '../costing/costScenario';
import { scenarioTransition } from '../staffing/scenarioTransition';
import type { CcgSources, DeliveryMode, RiskFlag, Status, YearResult } from '../costing/results';
import { formatPerHead, formatPopulation, formatPounds, statusLabel } from '../format/format';
import type { Workspace } from '../model/workspace';
import { writeCsv, type CsvCell } from '../csv/writeCsv';
import { escapeControls } from '../text/controlChars';
import { fromPostsIds } from '../staffing/fromPosts';

export interface ReportFunction {
  readonly mode: DeliveryMode;
  /** Omitted for in-house. */
  readonly arrangementId?: string;
  readonly cost: number;
}

export interface ReportCcg {
  readonly id: string;
  readonly name: string;
  readonly population: number;
  readonly core: number;
  readonly total: number;
  readonly perHead: number;
  readonly headroom: number;
  readonly status: Status;
  readonly functions: Readonly<Record<string, ReportFunction>>;
}

/** The chosen year's totals, as the report has always given them. */
export interface ReportTotals {
  readonly population: number;
  readonly total: number;
  readonly perHead: number;
  readonly within: number;
  readonly tight: number;
  readonly over: number;
}
export type ReportFlag = RiskFlag;

/** One CCG in one planning year. */
export interface ReportYearCcg {
  readonly id: string;
  readonly name: string;
  readonly population: number;
  readonly running: number;
  readonly programme: number;
  readonly total: number;
  readonly allowance: number;
  readonly perHead: number;
  readonly headroom: number;
  readonly status: Status;
  /** Its own costed posts plus its share of pooled posts. */
  readonly wte: number;
  /** Which figures come from a staffing structure and which from the estimate. */
  readonly sources: CcgSources;
}

/** One CCG's one-off costs of moving from the scenario's baseline. */
export interface ReportTransitionCcg {
  readonly id: string;
  readonly redundancy: number;
  readonly setUp: number;
  readonly exit: number;
  readonly oneOff: number;
  /** null: never (no first-year running saving). */
  readonly paybackYears: number | null;
  readonly cumulativeNet: number;
}

export interface ReportTransition {
  readonly baselineScenarioId: string;
  readonly ccgs: readonly ReportTransitionCcg[];
}

export interface ReportYearTotals {
  readonly population: number;
  readonly running: number;
  readonly allowance: number;
  readonly headroom: number;
  readonly within: number;
  readonly tight: number;
  readonly over: number;
}

/** One planning year of a scenario: every CCG tested against its allowance that year. */
export interface ReportYear {
  readonly id: string;
  readonly label: string;
  readonly ccgs: readonly ReportYearCcg[];
  readonly totals: ReportYearTotals;
  readonly flags: readonly ReportFlag[];
}

export interface ReportScenario {
  readonly id: string;
  readonly name: string;
  /** For the chosen year (the first unless another was asked for). */
  readonly ccgs: readonly ReportCcg[];
  readonly totals: ReportTotals;
  readonly flags: readonly ReportFlag[];
  /** Every planning year, in order. */
  readonly years: readonly ReportYear[];
  /** One-off costs against the scenario's baseline, when it has one; never counted against the allowance. */
  readonly transition?: ReportTransition;
}

export interface CostReport {
  readonly scenarios: readonly ReportScenario[];
}

/**
 * Costs every scenario of the workspace, or only `scenarioId`; `ccgs`, `totals` and `flags` are
 * for `yearId` (default the first year). Throws if `scenarioId` or `yearId` names nothing
 * (callers that take them from a user should check first and list the ids).
 * Expects a workspace that passed validateWorkspace.
 */
export function costReport(workspace: Workspace, scenarioId?: string, yearId?: string): CostReport {
  const ids = scenarioId === undefined ? workspace.scenarios.map((s) => s.id) : [scenarioId];
  return { scenarios: ids.map((id) => reportScenario(workspace, id, yearId)) };
}

/** A flag's severity as the table prints it: the one error is a CCG over its allowance, which finance calls a breach (the JSON keeps "error"). */
const severityWord = (severity: RiskFlag['severity']): string =>
  severity === 'error' ? 'breach' : severity;

const reportFlag = (f: RiskFlag): ReportFlag => ({
  id: f.id,
  severity: f.severity,
  subject: f.subject,
  message: f.message,
});

function reportYear(y: YearResult): ReportYear {
  const t = y.totals;
  return {
    id: y.id,
    label: y.label,
    ccgs: y.ccgs.map((c) => ({
      id: c.id,
      name: c.name,
      population: c.population,
      running: c.running,
      programme: c.programme,
      total: c.total,
      allowance: c.allowance,
      perHead: c.perHead,
      headroom: c.headroom,
      status: c.status,
      wte: c.wte,
      sources: c.sources,
    })),
    totals: {
      population: t.population,
      running: t.running,
      allowance: t.allowance,
      headroom: t.headroom,
      within: t.within,
      tight: t.tight,
      over: t.over,
    },
    flags: y.flags.map(reportFlag),
  };
}

function reportScenario(
  workspace: Workspace,
  scenarioId: string,
  yearId: string | undefined,
): ReportScenario {
  const r = costScenario(workspace, scenarioId, { yearId });
  const transition = scenarioTransition(workspace, scenarioId);
  return {
    id: r.scenarioId,
    name: r.name,
    ccgs: r.ccgs.map((c): ReportCcg => {
      const functions = idRecord<ReportFunction>();
      for (const [fid, fc] of Object.entries(c.functions)) {
        functions[fid] =
          fc.arrangementId === undefined
            ? { mode: fc.mode, cost: fc.cost }
            : { mode: fc.mode, arrangementId: fc.arrangementId, cost: fc.cost };
      }
      return {
        id: c.id,
        name: c.name,
        population: c.population,
        core: c.core,
        total: c.total,
        perHead: c.perHead,
        headroom: c.headroom,
        status: c.status,
        functions,
      };
    }),
    totals: {
      population: r.totals.population,
      total: r.totals.total,
      perHead: r.totals.perHead,
      within: r.totals.within,
      tight: r.totals.tight,
      over: r.totals.over,
    },
    flags: r.flags.map(reportFlag),
    years: r.years.map(reportYear),
    ...(transition
      ? {
          transition: {
            baselineScenarioId: transition.baselineScenarioId,
            ccgs: transition.ccgs.map((c) => ({
              id: c.id,
              redundancy: c.redundancy,
              setUp: c.setUp,
              exit: c.exit,
              oneOff: c.oneOff,
              paybackYears: c.paybackYears,
              cumulativeNet: c.cumulativeNet,
            })),
          },
        }
      : {}),
  };
}

const TABLE_HEADERS = [
  'CCG',
  'Population',
  'Running',
  'Programme',
  'Allowance',
  '£/head',
  'Headroom',
  'Status',
] as const;
/** Which columns are right-aligned (the numbers). */
const RIGHT = [false, true, true, true, true, true, true, false] as const;

/**
 * A readable plain-text table per scenario and planning year: one row per CCG, a totals line,
 * then that year's risk flags one per line with their severity. British formatting: 856,000,
 * £21,400,000, £23.41. It is for a terminal, so control characters in names are shown as escapes
 * (escapeControls) rather than obeyed, and columns are measured on what is shown.
 */
export function formatReportTable(report: CostReport): string {
  const blocks = report.scenarios.flatMap((s) =>
    s.years.map((y) => {
      const rows = y.ccgs.map((c) => [
        escapeControls(c.name),
        formatPopulation(c.population),
        formatPounds(c.running),
        formatPounds(c.programme),
        formatPounds(c.allowance),
        formatPerHead(c.perHead),
        formatPounds(c.headroom),
        statusLabel(c.status),
      ]);
      const t = y.totals;
      const programme = y.ccgs.reduce((sum, c) => sum + c.programme, 0);
      const totalsRow = [
        'Total',
        formatPopulation(t.population),
        formatPounds(t.running),
        formatPounds(programme),
        formatPounds(t.allowance),
        formatPerHead(t.population > 0 ? t.running / t.population : 0),
        formatPounds(t.headroom),
        statusCounts(t),
      ];
      const all = [[...TABLE_HEADERS], ...rows, totalsRow];
      // The status counts in the last cell of the totals line may run past the Status column.
      const widths = TABLE_HEADERS.map((_, i) =>
        Math.max(
          ...(i === TABLE_HEADERS.length - 1 ? all.slice(0, -1) : all).map(
            (r) => (r[i] ?? '').length,
          ),
        ),
      );
      const line = (r: readonly string[]): string =>
        r
          .map((cell, i) =>
            RIGHT[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
          )
          .join('  ')
          .trimEnd();
      const rule = widths.map((w) => '-'.repeat(w)).join('  ');
      const flags =
        y.flags.length === 0
          ? ['Flags: none']
          : [
              'Flags:',
              ...y.flags.map(
                (f) => `  ${severityWord(f.severity).padEnd(7)}  ${escapeControls(f.message)}`,
              ),
            ];
      return [
        `Scenario: ${escapeControls(s.name)} (${escapeControls(s.id)}) — ${escapeControls(y.label)} (${escapeControls(y.id)})`,
        '',
        line(all[0] ?? []),
        rule,
        ...rows.map(line),
        rule,
        line(totalsRow),
        '',
        ...flags,
      ].join('\n');
    }),
  );
  return `${blocks.join('\n\n')}\n`;
}

function statusCounts(t: Pick<ReportTotals, 'within' | 'tight' | 'over'>): string {
  return `${t.within} within, ${t.tight} tight, ${t.over} over`;
}

const CSV_HEADER = [
  'scenario_id',
  'scenario',
  'year_id',
  'year',
  'ccg_id',
  'ccg',
  'population',
  'running',
  'programme',
  'total',
  'allowance',
  'per_head',
  'headroom',
  'status',
  'wte',
  'from_posts',
  'baseline_scenario_id',
  'one_off',
  'payback_years',
  'cumulative_net',
];

/**
 * One CSV for the whole report: a header row, then one row per CCG per planning year per
 * scenario. Numbers are unformatted and unrounded; text is quoted and made formula-safe by writeCsv.
 * Each row also says the CCG's WTE and which figures come from posts (`from_posts`: "core" and
 * function ids, separated by ";"); in a scenario with a baseline, the CCG's one-off transition
 * cost, payback in years ("never" without a saving) and cumulative net saving over every year,
 * the same on each of its rows — one-offs are never in the running cost.
 */
export function formatReportCsv(report: CostReport): string {
  const rows: CsvCell[][] = [CSV_HEADER];
  for (const s of report.scenarios) {
    const transition = new Map((s.transition?.ccgs ?? []).map((t) => [t.id, t]));
    for (const y of s.years) {
      for (const c of y.ccgs) {
        const t = transition.get(c.id);
        rows.push([
          s.id,
          s.name,
          y.id,
          y.label,
          c.id,
          c.name,
          c.population,
          c.running,
          c.programme,
          c.total,
          c.allowance,
          c.perHead,
          c.headroom,
          c.status,
          c.wte,
          fromPostsIds(c.sources).join(';'),
          s.transition?.baselineScenarioId ?? '',
          t ? t.oneOff : '',
          t ? (t.paybackYears ?? 'never') : '',
          t ? t.cumulativeNet : '',
        ]);
      }
    }
  }
  return writeCsv(rows);
}
