import { paybackText, type ResultsTable } from '../../../shared/export/resultsTable';
import { formatPounds } from '../../../shared/format/format';

const wteText = (n: number): string => `${+n.toFixed(2)}`;

/**
 * For print: each CCG's WTE and which figures come from posts, and, in a scenario with a
 * baseline, its one-off transition costs, payback and cumulative net saving.
 */
export function StaffingReportTables({ table }: { readonly table: ResultsTable }) {
  const anyPosts = table.staffing.some((r) => r.wte > 0);
  const tr = table.transition;
  return (
    <>
      <section className="report-section">
        <h2>Staffing structures</h2>
        {!anyPosts ? (
          <p>No staffing structures: every figure is the estimate.</p>
        ) : (
          <table className="report-table" aria-label="WTE and figures from posts by CCG">
            <thead>
              <tr>
                <th scope="col">CCG</th>
                <th scope="col" className="num">
                  WTE
                </th>
                <th scope="col">From posts (the rest is the estimate)</th>
              </tr>
            </thead>
            <tbody>
              {table.staffing.map((r) => (
                <tr key={r.ccgId}>
                  <th scope="row">{r.name}</th>
                  <td className="num">{wteText(r.wte)}</td>
                  <td>{r.fromPosts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {tr && (
        <section className="report-section">
          <h2>One-off transition costs against {tr.baselineName}</h2>
          <p className="report-small">
            Shown apart: one-off costs are never counted against the allowance.
          </p>
          <table className="report-table" aria-label="One-off transition costs by CCG">
            <thead>
              <tr>
                <th scope="col">CCG</th>
                <th scope="col" className="num">
                  Redundancy
                </th>
                <th scope="col" className="num">
                  Set-up
                </th>
                <th scope="col" className="num">
                  Exit
                </th>
                <th scope="col" className="num">
                  One-off
                </th>
                <th scope="col" className="num">
                  Payback
                </th>
                <th scope="col" className="num">
                  Cumulative net saving
                </th>
              </tr>
            </thead>
            <tbody>
              {tr.rows.map((r) => (
                <tr key={r.ccgId}>
                  <th scope="row">{r.name}</th>
                  <td className="num">{formatPounds(r.redundancy)}</td>
                  <td className="num">{formatPounds(r.setUp)}</td>
                  <td className="num">{formatPounds(r.exit)}</td>
                  <td className="num">{formatPounds(r.oneOff)}</td>
                  <td className="num">{paybackText(r.paybackYears)}</td>
                  <td className="num">{formatPounds(r.cumulativeNet)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td />
                <td />
                <td />
                <td className="num">{formatPounds(tr.totals.oneOff)}</td>
                <td />
                <td className="num">{formatPounds(tr.totals.cumulativeNet)}</td>
              </tr>
            </tfoot>
          </table>
        </section>
      )}
    </>
  );
}
