/**
 * A scenario's results in one planning year as a table: one row per CCG with its population, core
 * cost, the cost of each support function, total, running cost, allowance, running cost per
 * head, headroom and status, then a totals line
 * and the risk flags; each CCG's WTE and which figures come from posts; and, in a scenario with a
 * baseline, each CCG's one-off transition costs, payback and cumulative net saving. The numbers are costReport's (so the engine's, unrounded); the XLSX
 * results sheet and the PDF report are both made from this.
 */
import { resolveAssumptions } from '../assumptions/resolveAssumptions';
import type { Status } from '../costing/results';
import { statusLabel } from '../format/format';
import { deliveryLabel } from '../model/arrangementModels';
import type { Workspace } from '../model/workspace';
import { costReport, type ReportFlag, type ReportTotals } from '../report/costReport';
import type { CellFormat, CellValue } from './cells';
import { fromPostsText } from '../staffing/fromPosts';

export interface ResultsColumn {
  /** 'ccg', 'population', 'core', 'fn:<functionId>', 'total', 'perHead', 'headroom', 'status'. */
  readonly key: string;
  readonly header: string;
  readonly format: CellFormat;
}

export interface ResultsRow {
  readonly ccgId: string;
  readonly status: Status;
  /** One value per column, in column order. */
  readonly values: readonly CellValue[];
  /** How each support function is delivered, in words, in function order. */
  readonly delivery: readonly string[];
}

export interface ResultsTable {
  readonly scenarioId: string;
  readonly scenarioName: string;
  /** The planning year the figures are for. */
  readonly year: { readonly id: string; readonly label: string; readonly allowancePerHead: number };
  readonly columns: readonly ResultsColumn[];
  /** The support functions, in column order. */
  readonly functions: readonly { readonly id: string; readonly name: string }[];
  readonly rows: readonly ResultsRow[];
  /** The totals line, one value per column. */
  readonly totals: readonly CellValue[];
  readonly scenarioTotals: ReportTotals;
  readonly flags: readonly ReportFlag[];
  /** Each CCG's WTE and which of its figures come from staffing posts, in row order. */
  readonly staffing: readonly StaffingRow[];
  /** One-off costs against the scenario's baseline, when it has one (never in the running cost). */
  readonly transition: TransitionSection | null;
}

export interface StaffingRow {
  readonly ccgId: string;
  readonly name: string;
  readonly wte: number;
  /** "Core; Finance", or "None (all estimated)". */
  readonly fromPosts: string;
}

export interface TransitionRow {
  readonly ccgId: string;
  readonly name: string;
  readonly redundancy: number;
  readonly setUp: number;
  readonly exit: number;
  readonly oneOff: number;
  /** null: never (no first-year saving). */
  readonly paybackYears: number | null;
  readonly cumulativeNet: number;
}

export interface TransitionSection {
  readonly baselineScenarioId: string;
  readonly baselineName: string;
  readonly rows: readonly TransitionRow[];
  readonly totals: { readonly oneOff: number; readonly cumulativeNet: number };
}

/** Payback in words: "2.4 years", "Never". */
export function paybackText(years: number | null): string {
  if (years === null) return 'Never';
  const shown = years.toFixed(1);
  return `${shown} ${shown === '1.0' ? 'year' : 'years'}`;
}

/** "2 within, 1 tight, 1 over". */
export function statusCountsText(t: ReportTotals): string {
  return `${t.within} within, ${t.tight} tight, ${t.over} over`;
}

/**
 * The results table of one scenario in one planning year (default the first). Throws if the
 * workspace has no such scenario or year.
 */
export function resultsTable(
  workspace: Workspace,
  scenarioId: string,
  yearId?: string,
): ResultsTable {
  const scenario = workspace.scenarios.find((s) => s.id === scenarioId);
  if (!scenario)
    throw new Error(`Scenario "${scenarioId}" does not exist in workspace "${workspace.name}"`);
  const assumptions = resolveAssumptions(workspace.assumptions, scenario.assumptionOverrides);
  const report = costReport(workspace, scenarioId, yearId).scenarios[0];
  const year =
    yearId === undefined ? assumptions.years[0] : assumptions.years.find((y) => y.id === yearId);
  if (!year)
    throw new Error(
      `Year "${yearId ?? ''}" is not a planning year of workspace "${workspace.name}"`,
    );
  const yearReport = report?.years.find((y) => y.id === year.id);
  if (!report || !yearReport) throw new Error(`Scenario "${scenarioId}" could not be costed`);
  const functions = assumptions.functions.map((f) => ({ id: f.id, name: f.name }));
  const arrangementNames = new Map(scenario.arrangements.map((a) => [a.id, a.name]));

  const columns: ResultsColumn[] = [
    { key: 'ccg', header: 'CCG', format: 'text' },
    { key: 'population', header: 'Population', format: 'integer' },
    { key: 'core', header: 'Core cost', format: 'pounds' },
    ...functions.map((f): ResultsColumn => ({
      key: `fn:${f.id}`,
      header: f.name,
      format: 'pounds',
    })),
    { key: 'total', header: 'Total cost', format: 'pounds' },
    { key: 'running', header: 'Running cost', format: 'pounds' },
    { key: 'allowance', header: 'Allowance', format: 'pounds' },
    { key: 'perHead', header: 'Running £ per head', format: 'perHead' },
    { key: 'headroom', header: 'Headroom', format: 'pounds' },
    { key: 'status', header: 'Status', format: 'text' },
  ];

  const rows = report.ccgs.map((c, i): ResultsRow => ({
    ccgId: c.id,
    status: c.status,
    values: [
      c.name,
      c.population,
      c.core,
      ...functions.map((f) => c.functions[f.id]?.cost ?? 0),
      c.total,
      yearReport.ccgs[i]?.running ?? 0,
      yearReport.ccgs[i]?.allowance ?? 0,
      c.perHead,
      c.headroom,
      statusLabel(c.status),
    ],
    delivery: functions.map((f) => {
      const fc = c.functions[f.id];
      if (!fc) return '';
      const label = deliveryLabel(fc.mode);
      const name =
        fc.arrangementId !== undefined ? arrangementNames.get(fc.arrangementId) : undefined;
      return name ? `${label}: ${name}` : label;
    }),
  }));

  const sum = (pick: (i: number) => number): number =>
    report.ccgs.reduce((s, _c, i) => s + pick(i), 0);
  const t = report.totals;
  const totals: CellValue[] = [
    'Total',
    t.population,
    sum((i) => report.ccgs[i]?.core ?? 0),
    ...functions.map((f) => sum((i) => report.ccgs[i]?.functions[f.id]?.cost ?? 0)),
    t.total,
    yearReport.totals.running,
    yearReport.totals.allowance,
    t.perHead,
    yearReport.totals.headroom,
    statusCountsText(t),
  ];

  const fnName = new Map(functions.map((f) => [f.id, f.name]));
  const staffing = yearReport.ccgs.map((c): StaffingRow => ({
    ccgId: c.id,
    name: c.name,
    wte: c.wte,
    fromPosts: fromPostsText(c.sources, (id) => fnName.get(id) ?? id),
  }));
  let transition: TransitionSection | null = null;
  if (report.transition) {
    const names = new Map(report.ccgs.map((c) => [c.id, c.name]));
    const rows = report.transition.ccgs.map((t): TransitionRow => ({
      ccgId: t.id,
      name: names.get(t.id) ?? t.id,
      redundancy: t.redundancy,
      setUp: t.setUp,
      exit: t.exit,
      oneOff: t.oneOff,
      paybackYears: t.paybackYears,
      cumulativeNet: t.cumulativeNet,
    }));
    const baselineId = report.transition.baselineScenarioId;
    transition = {
      baselineScenarioId: baselineId,
      baselineName: workspace.scenarios.find((s) => s.id === baselineId)?.name ?? baselineId,
      rows,
      totals: {
        oneOff: rows.reduce((n, r) => n + r.oneOff, 0),
        cumulativeNet: rows.reduce((n, r) => n + r.cumulativeNet, 0),
      },
    };
  }

  return {
    scenarioId: report.id,
    scenarioName: report.name,
    year: { id: year.id, label: year.label, allowancePerHead: year.allowancePerHead },
    columns,
    functions,
    rows,
    totals,
    scenarioTotals: t,
    flags: report.flags,
    staffing,
    transition,
  };
}
