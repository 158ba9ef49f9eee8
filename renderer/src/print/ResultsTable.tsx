import { resultsTable, statusCountsText } from '../../../shared/export/resultsTable';
import { formatPerHead, formatPopulation, formatPounds } from '../../../shared/format/format';
import type { Workspace } from '../../../shared/model/workspace';
import { statusBadgeText } from '../common/statusDisplay';

/**
 * A scenario's results by CCG in a planning year (default the first) with a totals row, for
 * print: the PDF report and the handout.
 */
export function ResultsTable({
  workspace,
  scenarioId,
  yearId,
}: {
  readonly workspace: Workspace;
  readonly scenarioId: string;
  readonly yearId?: string;
}) {
  const table = resultsTable(workspace, scenarioId, yearId);
  const t = table.scenarioTotals;
  const col = (key: string): number => table.columns.findIndex((c) => c.key === key);
  const headroomTotal = table.totals[col('headroom')];
  const runningTotal = table.totals[col('running')];
  return (
    <table className="report-table">
      <thead>
        <tr>
          <th scope="col">CCG</th>
          <th scope="col" className="num">
            Population
          </th>
          <th scope="col" className="num">
            Running cost
          </th>
          <th scope="col" className="num">
            £ per head
          </th>
          <th scope="col" className="num">
            Headroom
          </th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr key={r.ccgId}>
            <th scope="row">{String(r.values[col('ccg')])}</th>
            <td className="num">{formatPopulation(Number(r.values[col('population')]))}</td>
            <td className="num">{formatPounds(Number(r.values[col('running')]))}</td>
            <td className="num">{formatPerHead(Number(r.values[col('perHead')]))}</td>
            <td className="num">{formatPounds(Number(r.values[col('headroom')]))}</td>
            <td className={`status-cell status-${r.status}`}>{statusBadgeText(r.status)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td className="num">{formatPopulation(t.population)}</td>
          <td className="num">{formatPounds(Number(runningTotal))}</td>
          <td className="num">{formatPerHead(t.perHead)}</td>
          <td className="num">{formatPounds(Number(headroomTotal))}</td>
          <td>{statusCountsText(t)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
