/**
 * The comparison as CSV for a spreadsheet: one row per CCG with each picked scenario's figures
 * and the changes from the first, then the scenario totals, then the diff in words. Numbers are
 * unrounded (like the results CSV) so a finance lead can check them line by line.
 */
import { writeCsv, type CsvCell } from '../csv/writeCsv';
import type { Workspace } from '../model/workspace';
import { compareScenarios } from './compareScenarios';
import { diffScenarios } from './diffScenarios';

/** The comparison of the picked scenarios as RFC 4180 CSV text, formula-safe (writeCsv). */
export function comparisonCsv(workspace: Workspace, scenarioIds: readonly string[]): string {
  const c = compareScenarios(workspace, scenarioIds);
  const base = c.scenarios[0]?.name ?? '';
  const lines: CsvCell[][] = [];

  const header: string[] = ['CCG id', 'CCG'];
  c.scenarios.forEach((s, i) => {
    header.push(`${s.name}: per head`, `${s.name}: headroom`, `${s.name}: status`);
    if (i > 0) header.push(`${s.name}: change in per head from ${base}`, `${s.name}: change in headroom from ${base}`);
  });
  lines.push(header);
  for (const row of c.rows) {
    const line: CsvCell[] = [row.ccgId, row.name];
    row.results.forEach((r, i) => {
      const d = row.differences[i];
      line.push(r ? r.perHead : 'not in this scenario', r ? r.headroom : '', r ? r.status : '');
      if (i > 0) line.push(d ? d.perHead : '', d ? d.headroom : '');
    });
    lines.push(line);
  }

  lines.push([]);
  lines.push(['Scenario', 'Population', 'Running cost', 'Weighted per head', 'Within', 'Tight', 'Over']);
  c.scenarios.forEach((s) => {
    const t = s.totals;
    lines.push([s.name, t.population, t.total, t.perHead, t.within, t.tight, t.over]);
  });

  lines.push([]);
  lines.push(['From', 'To', 'What changes']);
  const [first, ...others] = scenarioIds;
  for (const id of first === undefined ? [] : others) {
    const to = c.scenarios[scenarioIds.indexOf(id)]?.name ?? id;
    for (const s of diffScenarios(workspace, first, id)) lines.push([base, to, s.text]);
  }
  return writeCsv(lines);
}
