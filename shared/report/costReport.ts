/**
 * A workspace's costing as a plain report: the JSON the CLI prints with --json, and the
 * readable table and CSV made from it. Pure: numbers are the engine's, unrounded; formatting
 * happens only in formatReportTable.
 */
import { costScenario } from '../costing/costScenario';
import type { DeliveryMode, RiskFlag, ScenarioTotals, Status } from '../costing/results';
import { formatPerHead, formatPopulation, formatPounds, statusLabel } from '../format/format';
import type { Workspace } from '../model/workspace';
import { writeCsv, type CsvCell } from '../csv/writeCsv';
import { escapeControls } from '../text/controlChars';

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

/** The report's totals and flags are the engine's, field for field. */
export type ReportTotals = ScenarioTotals;
export type ReportFlag = RiskFlag;

export interface ReportScenario {
  readonly id: string;
  readonly name: string;
  readonly ccgs: readonly ReportCcg[];
  readonly totals: ReportTotals;
  readonly flags: readonly ReportFlag[];
}

export interface CostReport {
  readonly scenarios: readonly ReportScenario[];
}

/**
 * Costs every scenario of the workspace, or only `scenarioId`. Throws if `scenarioId` names no
 * scenario (callers that take it from a user should check first and list the ids).
 * Expects a workspace that passed validateWorkspace.
 */
export function costReport(workspace: Workspace, scenarioId?: string): CostReport {
  const ids = scenarioId === undefined ? workspace.scenarios.map((s) => s.id) : [scenarioId];
  return { scenarios: ids.map((id) => reportScenario(workspace, id)) };
}

function reportScenario(workspace: Workspace, scenarioId: string): ReportScenario {
  const r = costScenario(workspace, scenarioId);
  return {
    id: r.scenarioId,
    name: r.name,
    ccgs: r.ccgs.map((c): ReportCcg => {
      const functions: Record<string, ReportFunction> = {};
      for (const [fid, fc] of Object.entries(c.functions)) {
        functions[fid] = fc.arrangementId === undefined
          ? { mode: fc.mode, cost: fc.cost }
          : { mode: fc.mode, arrangementId: fc.arrangementId, cost: fc.cost };
      }
      return {
        id: c.id, name: c.name, population: c.population, core: c.core, total: c.total,
        perHead: c.perHead, headroom: c.headroom, status: c.status, functions,
      };
    }),
    totals: {
      population: r.totals.population, total: r.totals.total, perHead: r.totals.perHead,
      within: r.totals.within, tight: r.totals.tight, over: r.totals.over,
    },
    flags: r.flags.map((f) => ({ id: f.id, severity: f.severity, subject: f.subject, message: f.message })),
  };
}

const TABLE_HEADERS = ['CCG', 'Population', 'Total', '£/head', 'Headroom', 'Status'] as const;
/** Which columns are right-aligned (the numbers). */
const RIGHT = [false, true, true, true, true, false] as const;

/**
 * A readable plain-text table per scenario: one row per CCG, a totals line, then the risk flags
 * one per line with their severity. British formatting: 856,000, £21,400,000, £23.41.
 * It is for a terminal, so control characters in names are shown as escapes (escapeControls)
 * rather than obeyed, and columns are measured on what is shown.
 */
export function formatReportTable(report: CostReport): string {
  const blocks = report.scenarios.map((s) => {
    const rows = s.ccgs.map((c) => [
      escapeControls(c.name), formatPopulation(c.population), formatPounds(c.total), formatPerHead(c.perHead),
      formatPounds(c.headroom), statusLabel(c.status),
    ]);
    const totalsRow = [
      'Total', formatPopulation(s.totals.population), formatPounds(s.totals.total), formatPerHead(s.totals.perHead),
      formatPounds(s.ccgs.reduce((sum, c) => sum + c.headroom, 0)), statusCounts(s.totals),
    ];
    const all = [[...TABLE_HEADERS], ...rows, totalsRow];
    // The status counts in the last cell of the totals line may run past the Status column.
    const widths = TABLE_HEADERS.map((_, i) =>
      Math.max(...(i === TABLE_HEADERS.length - 1 ? all.slice(0, -1) : all).map((r) => (r[i] ?? '').length)));
    const line = (r: readonly string[]): string =>
      r.map((cell, i) => (RIGHT[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
    const rule = widths.map((w) => '-'.repeat(w)).join('  ');
    const flags = s.flags.length === 0
      ? ['Flags: none']
      : ['Flags:', ...s.flags.map((f) => `  ${f.severity.padEnd(7)}  ${escapeControls(f.message)}`)];
    return [
      `Scenario: ${escapeControls(s.name)} (${escapeControls(s.id)})`,
      '',
      line(all[0] ?? []),
      rule,
      ...rows.map(line),
      rule,
      line(totalsRow),
      '',
      ...flags,
    ].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

function statusCounts(t: ReportTotals): string {
  return `${t.within} within, ${t.tight} tight, ${t.over} over`;
}

const CSV_HEADER = ['scenario_id', 'scenario', 'ccg_id', 'ccg', 'population', 'total', 'per_head', 'headroom', 'status'];

/**
 * One CSV for the whole report: a header row, then one row per CCG per scenario. Numbers are
 * unformatted and unrounded; text is quoted and made formula-safe by writeCsv.
 */
export function formatReportCsv(report: CostReport): string {
  const rows: CsvCell[][] = [CSV_HEADER];
  for (const s of report.scenarios) {
    for (const c of s.ccgs) rows.push([s.id, s.name, c.id, c.name, c.population, c.total, c.perHead, c.headroom, c.status]);
  }
  return writeCsv(rows);
}
