import { Fragment } from 'react';
import type { YearsComparison } from '../../../shared/compare/yearsComparison';
import { formatPounds } from '../../../shared/format/format';
import { StatusBadge } from '../common/StatusBadge';

export interface YearsByCcgTableProps {
  readonly years: YearsComparison;
  readonly large?: boolean;
}

/** Every CCG in every planning year: running cost, allowance, headroom and status per scenario. */
export function YearsByCcgTable({ years, large }: YearsByCcgTableProps) {
  const { scenarios } = years;
  return (
    <div
      className={`compare-table-wrap${large ? ' is-large' : ''}`}
      tabIndex={0}
      role="region"
      aria-label="Each CCG year by year (scrolls)"
    >
      <table className="compare-table compare-years-table">
        <caption>Each CCG year by year: running cost against its allowance</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              CCG
            </th>
            <th scope="col" rowSpan={2}>
              Year
            </th>
            {scenarios.map((s) => (
              <th key={s.scenarioId} scope="colgroup" colSpan={4} className="compare-scenario-head">
                {s.name}
              </th>
            ))}
          </tr>
          <tr>
            {scenarios.map((s) => (
              <Fragment key={s.scenarioId}>
                <th scope="col" aria-label={`${s.name}: running cost`}>
                  Running
                </th>
                <th scope="col" aria-label={`${s.name}: allowance`}>
                  Allowance
                </th>
                <th scope="col" aria-label={`${s.name}: headroom`}>
                  Headroom
                </th>
                <th scope="col" aria-label={`${s.name}: status`}>
                  Status
                </th>
              </Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.ccgs.flatMap((row) =>
            years.years.map((yr, yi) => (
              <tr key={`${row.ccgId}-${yr.id}`} data-ccg={row.ccgId} data-year={yr.id}>
                {yi === 0 && (
                  <th scope="rowgroup" rowSpan={years.years.length}>
                    {row.name}
                  </th>
                )}
                <th scope="row">{yr.label}</th>
                {(row.cells[yi] ?? []).map((c, i) =>
                  c ? (
                    <Fragment key={i}>
                      <td className="num">{formatPounds(c.running)}</td>
                      <td className="num">{formatPounds(c.allowance)}</td>
                      <td className="num">{formatPounds(c.headroom)}</td>
                      <td>
                        <StatusBadge status={c.status} />
                      </td>
                    </Fragment>
                  ) : (
                    <td key={i} colSpan={4} className="compare-absent">
                      not in this scenario
                    </td>
                  ),
                )}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
