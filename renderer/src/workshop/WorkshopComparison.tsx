import type { ScenarioResult } from '../../../shared/costing/results';
import { totalsAllowanceWords } from '../../../shared/format/allowancePhrase';
import { formatPerHead } from '../../../shared/format/format';
import { statusBadgeText } from '../common/statusDisplay';
import { comparisonRows } from './comparisonRows';

/**
 * A compact, large-type comparison for a slide: each CCG's running cost per head in each
 * scenario, side by side, with status as icon and text and each scenario's cap. A CCG missing
 * from a scenario shows a dash.
 */
export function WorkshopComparison({ results }: { readonly results: readonly ScenarioResult[] }) {
  const rows = comparisonRows(results);
  return (
    <table className="workshop-comparison">
      <caption>Running cost per head by scenario</caption>
      <thead>
        <tr>
          <th scope="col">CCG</th>
          {results.map((r) => (
            <th key={r.scenarioId} scope="col">
              {r.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.name}</th>
            {results.map((r) => {
              const c = r.ccgs.find((x) => x.id === row.id);
              return (
                <td key={r.scenarioId} className={c ? `status-${c.status}` : undefined}>
                  {c ? (
                    <>
                      <span className="workshop-comparison-value">{formatPerHead(c.perHead)}</span>{' '}
                      <span className="workshop-comparison-status">
                        {statusBadgeText(c.status)}
                      </span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All CCGs (weighted)</th>
          {results.map((r) => (
            <td key={r.scenarioId}>
              {formatPerHead(r.totals.perHead)}{' '}
              <span className="workshop-comparison-cap">
                ({totalsAllowanceWords(r.totals, r.year.allowancePerHead)})
              </span>
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
