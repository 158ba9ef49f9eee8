/**
 * The workbook's Comparison sheet: the scenarios side by side, a row per CCG, in one planning
 * year. Each scenario's population, running cost and allowance are the engine's figures; its
 * headroom and £ per head, every change from the baseline (the first scenario), and the totals
 * are formulas of those cells, so a finance lead can trace and re-work each one in the sheet.
 */
import { compareScenarios } from '../compare/compareScenarios';
import { costScenario } from '../costing/costScenario';
import { formatCap, statusLabel } from '../format/format';
import { releasedAndBreached } from '../format/headroom';
import type { Workspace } from '../model/workspace';
import {
  blank,
  columnLetter,
  formula,
  num,
  text,
  type Cell,
  type SheetModel,
  type SheetRow,
} from './cells';

/** The columns of each scenario's block, in order. */
export const COMPARISON_BLOCK = [
  'Population',
  'Running cost (£ a year)',
  'Allowance (£ a year)',
  'Headroom (£ a year)',
  'Running £ per head',
  'Status',
] as const;
/** The change columns of each scenario after the baseline, in order. */
export const COMPARISON_CHANGES = [
  'Change in running cost (£ a year)',
  'Change in £ per head',
  'Change in headroom (£ a year)',
] as const;

/** Rows above the column headings: title, note, blank. The headings are on row 4. */
const HEADER_ROW = 4;

/**
 * The Comparison sheet of `scenarioIds` (at least two; the first is the baseline) in `yearId`
 * (default the first year). Column A is the CCG; then a block of COMPARISON_BLOCK per scenario,
 * then COMPARISON_CHANGES per scenario after the baseline.
 */
export function comparisonSheet(
  workspace: Workspace,
  scenarioIds: readonly string[],
  name: string,
  yearId?: string,
): SheetModel {
  const c = compareScenarios(workspace, scenarioIds, (w, id) => costScenario(w, id, { yearId }));
  const names = c.scenarios.map((s) => s.name);
  const base = names[0] ?? '';
  const year = c.scenarios[0]?.year;
  const blockStart = (i: number): number => 2 + i * COMPARISON_BLOCK.length;
  const col = (i: number, field: (typeof COMPARISON_BLOCK)[number]): string =>
    columnLetter(blockStart(i) + COMPARISON_BLOCK.indexOf(field));

  const rows: SheetRow[] = [];
  rows.push({
    style: 'title',
    cells: [text(`Scenarios side by side${year ? `, ${year.label}` : ''}`)],
  });
  rows.push({
    style: 'note',
    cells: [
      text(
        `Baseline: ${base}. Headroom = allowance − running cost; £ per head = running cost ÷ population; each change = the scenario’s figure − the baseline’s. These and the totals are formulas; the rest are the engine’s figures (unrounded)${year ? `, ${year.label}, allowance ${formatCap(year.allowancePerHead)} a head or the CCG’s published figure` : ''}.`,
      ),
    ],
  });
  rows.push({ style: 'body', cells: [] });
  const header: Cell[] = [text('CCG')];
  names.forEach((n) => COMPARISON_BLOCK.forEach((field) => header.push(text(`${n}: ${field}`))));
  names
    .slice(1)
    .forEach((n) =>
      COMPARISON_CHANGES.forEach((field) => header.push(text(`${n}: ${field} from ${base}`))),
    );
  rows.push({ style: 'header', cells: header });

  const firstBody = HEADER_ROW + 1;
  c.rows.forEach((row, k) => {
    const r = firstBody + k;
    const cells: Cell[] = [text(row.name)];
    row.results.forEach((res, i) => {
      if (!res) {
        cells.push(text('not in this scenario'), ...COMPARISON_BLOCK.slice(1).map(() => blank()));
        return;
      }
      cells.push(
        num(res.population, 'integer'),
        num(res.running, 'pounds'),
        num(res.allowance, 'pounds'),
        formula(
          `${col(i, 'Allowance (£ a year)')}${r}-${col(i, 'Running cost (£ a year)')}${r}`,
          res.headroom,
          'pounds',
        ),
        formula(
          `${col(i, 'Running cost (£ a year)')}${r}/${col(i, 'Population')}${r}`,
          res.perHead,
          'perHead',
        ),
        text(statusLabel(res.status)),
      );
    });
    const first = row.results[0];
    row.results.slice(1).forEach((res, j) => {
      const i = j + 1;
      if (!res || !first) {
        cells.push(...COMPARISON_CHANGES.map(() => blank()));
        return;
      }
      const minus = (field: (typeof COMPARISON_BLOCK)[number]): string =>
        `${col(i, field)}${r}-${col(0, field)}${r}`;
      cells.push(
        formula(minus('Running cost (£ a year)'), res.running - first.running, 'pounds'),
        formula(minus('Running £ per head'), res.perHead - first.perHead, 'perHead'),
        formula(minus('Headroom (£ a year)'), res.headroom - first.headroom, 'pounds'),
      );
    });
    rows.push({ style: 'body', cells });
  });

  // Totals: sums of the rows above; weighted £ per head = total running ÷ total population. One
  // CCG's breach is never netted against another's headroom, so headroom totals in two rows:
  // released to patient care (Σ of positive headroom) and over allowance (Σ of breaches).
  const lastBody = firstBody + c.rows.length - 1;
  const t = firstBody + c.rows.length;
  const range = (letter: string): string => `${letter}${firstBody}:${letter}${lastBody}`;
  const split = c.scenarios.map((s) => releasedAndBreached(s.ccgs));
  const totals: Cell[] = [text('Total')];
  const released: Cell[] = [text('Allowance released to patient care (Σ headroom of CCGs within)')];
  const breached: Cell[] = [text('Over allowance (Σ of breaches)')];
  c.scenarios.forEach((s, i) => {
    const tot = s.totals;
    const h = col(i, 'Headroom (£ a year)');
    totals.push(
      formula(`SUM(${range(col(i, 'Population'))})`, tot.population, 'integer'),
      formula(`SUM(${range(col(i, 'Running cost (£ a year)'))})`, tot.running, 'pounds'),
      formula(`SUM(${range(col(i, 'Allowance (£ a year)'))})`, tot.allowance, 'pounds'),
      blank(),
      formula(
        `${col(i, 'Running cost (£ a year)')}${t}/${col(i, 'Population')}${t}`,
        tot.perHead,
        'perHead',
      ),
      text(`${tot.within} within, ${tot.tight} tight, ${tot.over} over`),
    );
    const padBefore = COMPARISON_BLOCK.indexOf('Headroom (£ a year)');
    const padAfter = COMPARISON_BLOCK.length - padBefore - 1;
    const pad = (n: number): Cell[] => Array.from({ length: n }, () => blank());
    released.push(
      ...pad(padBefore),
      formula(`SUMIF(${range(h)},">0")`, split[i]?.released ?? 0, 'pounds'),
      ...pad(padAfter),
    );
    breached.push(
      ...pad(padBefore),
      formula(`-SUMIF(${range(h)},"<0")`, split[i]?.breached ?? 0, 'pounds'),
      ...pad(padAfter),
    );
  });
  const baseTotals = c.scenarios[0]?.totals;
  c.scenarios.slice(1).forEach((s, j) => {
    const i = j + 1;
    const minus = (field: (typeof COMPARISON_BLOCK)[number], row: number): string =>
      `${col(i, field)}${row}-${col(0, field)}${row}`;
    totals.push(
      formula(
        minus('Running cost (£ a year)', t),
        baseTotals ? s.totals.running - baseTotals.running : 0,
        'pounds',
      ),
      formula(
        minus('Running £ per head', t),
        baseTotals ? s.totals.perHead - baseTotals.perHead : 0,
        'perHead',
      ),
      blank(),
    );
    released.push(
      blank(),
      blank(),
      formula(
        minus('Headroom (£ a year)', t + 1),
        (split[i]?.released ?? 0) - (split[0]?.released ?? 0),
        'pounds',
      ),
    );
    breached.push(
      blank(),
      blank(),
      formula(
        minus('Headroom (£ a year)', t + 2),
        (split[i]?.breached ?? 0) - (split[0]?.breached ?? 0),
        'pounds',
      ),
    );
  });
  rows.push(
    { style: 'total', cells: totals },
    { style: 'body', cells: released },
    { style: 'body', cells: breached },
  );

  const widths = [
    32,
    ...names.flatMap(() => [12, 16, 16, 16, 12, 12]),
    ...names.slice(1).flatMap(() => [16, 12, 16]),
  ];
  return { name, columnWidths: widths, rows };
}
