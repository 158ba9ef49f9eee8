import { costScenario } from '../../../shared/costing/costScenario';
import { totalsAllowanceWords } from '../../../shared/format/allowancePhrase';
import { formatMoneyShort, formatPerHead, formatPopulation } from '../../../shared/format/format';
import type { Workspace } from '../../../shared/model/workspace';
import { StatusBadge } from '../common/StatusBadge';

/**
 * A read-only view of a version of the workspace: each scenario's CCGs with their running cost
 * per head, computed from that version's document (results are derived, never stored). Nothing
 * here touches the open document.
 */
export function SnapshotPreview({ workspace }: { readonly workspace: Workspace }) {
  return (
    <div className="snapshot-preview">
      <p className="muted">
        “{workspace.name}”,{' '}
        {workspace.scenarios.length === 1
          ? '1 scenario'
          : `${workspace.scenarios.length} scenarios`}
        .
      </p>
      {workspace.scenarios.map((scenario) => {
        const result = costScenario(workspace, scenario.id);
        return (
          <table key={scenario.id} className="snapshot-table">
            <caption>
              {scenario.name}
              <span className="muted">
                {' '}
                — {formatPopulation(result.totals.population)} people,{' '}
                {formatMoneyShort(result.totals.total)}, {formatPerHead(result.totals.perHead)} a
                head against {result.year.label}’s{' '}
                {totalsAllowanceWords(result.totals, result.year.allowancePerHead)}
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col">CCG</th>
                <th scope="col" className="num">
                  Population
                </th>
                <th scope="col" className="num">
                  Per head
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {result.ccgs.length === 0 && (
                <tr>
                  <td colSpan={4} className="muted">
                    No CCGs in this scenario.
                  </td>
                </tr>
              )}
              {result.ccgs.map((ccg) => (
                <tr key={ccg.id}>
                  <th scope="row">{ccg.name}</th>
                  <td className="num">{formatPopulation(ccg.population)}</td>
                  <td className="num">{formatPerHead(ccg.perHead)}</td>
                  <td>
                    <StatusBadge status={ccg.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
