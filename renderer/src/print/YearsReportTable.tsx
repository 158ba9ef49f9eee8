import { yearsComparison } from '../../../shared/compare/yearsComparison';
import { costScenario } from '../../../shared/costing/costScenario';
import { formatPounds } from '../../../shared/format/format';
import type { Workspace } from '../../../shared/model/workspace';
import { statusBadgeText } from '../common/statusDisplay';

/**
 * Each CCG of a scenario in every planning year, for print: five narrow columns, so it reads on
 * A4 however many years there are (a row per year rather than a column per year).
 */
export function YearsReportTable({
  workspace,
  scenarioId,
}: {
  readonly workspace: Workspace;
  readonly scenarioId: string;
}) {
  const years = yearsComparison([costScenario(workspace, scenarioId)]);
  return (
    <table className="report-table report-years">
      <caption className="visually-hidden">
        Each CCG year by year: running cost against its allowance
      </caption>
      <thead>
        <tr>
          <th scope="col">CCG</th>
          <th scope="col">Year</th>
          <th scope="col" className="num">
            Running cost
          </th>
          <th scope="col" className="num">
            Allowance
          </th>
          <th scope="col" className="num">
            Headroom
          </th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      {years.ccgs.map((row) => (
        <tbody key={row.ccgId} className="report-years-ccg">
          {years.years.map((y, yi) => {
            const c = row.cells[yi]?.[0];
            if (!c) return null;
            return (
              <tr key={y.id} data-ccg={row.ccgId} data-year={y.id}>
                {yi === 0 && (
                  <th scope="rowgroup" rowSpan={years.years.length}>
                    {row.name}
                  </th>
                )}
                <th scope="row">{y.label}</th>
                <td className="num">{formatPounds(c.running)}</td>
                <td className="num">{formatPounds(c.allowance)}</td>
                <td className="num">{formatPounds(c.headroom)}</td>
                <td>{statusBadgeText(c.status)}</td>
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}
