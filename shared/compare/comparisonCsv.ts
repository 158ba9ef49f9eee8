/**
 * The comparison as CSV for a spreadsheet: the planning year compared, one row per CCG with each
 * picked scenario's figures that year and the changes from the baseline (the first), then the
 * scenario totals, the diff in words, and last every CCG's running cost, allowance, headroom and
 * status in every year. Money is rounded to the penny and every heading says its unit; a change
 * is the difference of the two rounded figures beside it, so the columns check by subtraction.
 */
import { writeCsv, type CsvCell } from '../csv/writeCsv';
import type { Workspace } from '../model/workspace';
import { costScenario } from '../costing/costScenario';
import { statusLabel } from '../format/format';
import { toPenny } from '../format/penny';
import { compareScenarios } from './compareScenarios';
import { diffScenarios } from './diffScenarios';
import { yearsComparison } from './yearsComparison';

/** The comparison of the picked scenarios as RFC 4180 CSV text, formula-safe (writeCsv). */
export function comparisonCsv(
  workspace: Workspace,
  scenarioIds: readonly string[],
  yearId?: string,
): string {
  const c = compareScenarios(workspace, scenarioIds, (w, id) => costScenario(w, id, { yearId }));
  const base = c.scenarios[0]?.name ?? '';
  const lines: CsvCell[][] = [];
  lines.push(['Planning year', c.scenarios[0]?.year.label ?? '']);
  lines.push([]);

  const header: string[] = ['CCG id', 'CCG'];
  c.scenarios.forEach((s, i) => {
    header.push(
      `${s.name}: running cost per head (£)`,
      `${s.name}: headroom (£ a year)`,
      `${s.name}: status`,
    );
    if (i > 0)
      header.push(
        `${s.name}: change in per head from ${base} (£)`,
        `${s.name}: change in headroom from ${base} (£ a year)`,
      );
  });
  lines.push(header);
  for (const row of c.rows) {
    const line: CsvCell[] = [row.ccgId, row.name];
    const first = row.results[0];
    row.results.forEach((r, i) => {
      line.push(
        r ? toPenny(r.perHead) : 'not in this scenario',
        r ? toPenny(r.headroom) : '',
        r ? statusLabel(r.status) : '',
      );
      if (i > 0) {
        const both = r && first;
        line.push(
          both ? toPenny(toPenny(r.perHead) - toPenny(first.perHead)) : '',
          both ? toPenny(toPenny(r.headroom) - toPenny(first.headroom)) : '',
        );
      }
    });
    lines.push(line);
  }

  lines.push([]);
  lines.push([
    'Scenario',
    'Population (people)',
    'Total cost (£ a year)',
    'Running cost (£ a year)',
    'Weighted running cost per head (£)',
    'Within (CCGs)',
    'Tight (CCGs)',
    'Over (CCGs)',
  ]);
  c.scenarios.forEach((s) => {
    const t = s.totals;
    lines.push([
      s.name,
      t.population,
      toPenny(t.total),
      toPenny(t.running),
      toPenny(t.perHead),
      t.within,
      t.tight,
      t.over,
    ]);
  });

  lines.push([]);
  lines.push(['From', 'To', 'What changes']);
  const [first, ...others] = scenarioIds;
  for (const id of first === undefined ? [] : others) {
    const to = c.scenarios[scenarioIds.indexOf(id)]?.name ?? id;
    for (const s of diffScenarios(workspace, first, id)) lines.push([base, to, s.text]);
  }

  lines.push([]);
  lines.push([
    'Every year',
    'Scenario',
    'CCG id',
    'CCG',
    'Running cost (£ a year)',
    'Allowance (£ a year)',
    'Headroom (£ a year)',
    'Status',
  ]);
  const years = yearsComparison(c.scenarios);
  years.years.forEach((y, yi) => {
    years.scenarios.forEach((s, si) => {
      for (const row of years.ccgs) {
        const cell = row.cells[yi]?.[si];
        if (cell)
          lines.push([
            y.label,
            s.name,
            row.ccgId,
            row.name,
            toPenny(cell.running),
            toPenny(cell.allowance),
            toPenny(cell.headroom),
            statusLabel(cell.status),
          ]);
      }
      const t = s.totals[yi];
      if (t)
        lines.push([
          y.label,
          s.name,
          '',
          'All CCGs',
          toPenny(t.running),
          toPenny(t.allowance),
          toPenny(t.headroom),
          `${t.within} within, ${t.tight} tight, ${t.over} over`,
        ]);
    });
  });
  return writeCsv(lines);
}
