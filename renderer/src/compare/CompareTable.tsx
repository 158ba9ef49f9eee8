import { Fragment, useMemo } from 'react';
import { compareScenarios, type CcgDifference } from '../../../shared/compare/compareScenarios';
import {
  formatSignedPerHead,
  formatSignedPopulation,
  formatSignedPounds,
} from '../../../shared/compare/formatDifference';
import { totalsAllowanceWords } from '../../../shared/format/allowancePhrase';
import {
  formatMoneyShort,
  formatPerHead,
  formatPopulation,
  formatPounds,
} from '../../../shared/format/format';
import type { Workspace } from '../../../shared/model/workspace';
import type { ChartOptions } from '../charts/ChartFrame';
import { StatusBadge } from '../common/StatusBadge';
import { STATUS_ICON } from '../common/statusDisplay';
import { costScenarioCached } from '../state/costScenarioCached';
import { useUiStore } from '../state/uiStore';

export interface CompareTableProps {
  readonly workspace: Workspace;
  readonly scenarioIds: readonly string[];
  readonly options?: ChartOptions;
  /** The planning year compared; the year shown in the editor when left out. */
  readonly yearId?: string;
}

/** Lower cost is better: a class for the tint, while the sign and arrow carry the meaning. */
function direction(value: number, decimals: number): 'better' | 'worse' | 'same' {
  const rounded = Math.round(value * 10 ** decimals);
  return rounded < 0 ? 'better' : rounded > 0 ? 'worse' : 'same';
}

function PerHeadDifference({ d }: { readonly d: CcgDifference }) {
  const dir = direction(d.perHead, 2);
  return <span className={`compare-diff diff-${dir}`}>{formatSignedPerHead(d.perHead)}</span>;
}

/**
 * Every CCG's £/head, headroom and status in each picked scenario side by side, with the
 * differences from the first picked scenario; a CCG missing from a scenario says so.
 */
export function CompareTable({
  workspace,
  scenarioIds,
  options = {},
  yearId: chosenYearId,
}: CompareTableProps) {
  const uiYearId = useUiStore((s) => s.yearId);
  const yearId = chosenYearId ?? uiYearId;
  const comparison = useMemo(
    () => compareScenarios(workspace, scenarioIds, (w, id) => costScenarioCached(w, id, yearId)),
    [workspace, scenarioIds, yearId],
  );
  const { scenarios, rows } = comparison;
  const baseline = scenarios[0]?.name ?? '';
  const spanOf = (i: number): number => (i === 0 ? 3 : 5);
  return (
    <div
      className={`compare-table-wrap${options.large ? ' is-large' : ''}`}
      tabIndex={0}
      role="region"
      aria-label="Comparison table (scrolls)"
    >
      <table className="compare-table">
        <caption>
          Running cost per head by CCG, {scenarios[0]?.year.label}
          {scenarios.length > 1 ? `; changes are from ${baseline}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="compare-ccg-head">
              CCG
            </th>
            {scenarios.map((s, i) => (
              <th
                key={s.scenarioId}
                scope="colgroup"
                colSpan={spanOf(i)}
                className="compare-scenario-head"
              >
                {s.name}
                {i === 0 && scenarios.length > 1 ? ' (baseline)' : ''}
              </th>
            ))}
          </tr>
          <tr>
            {scenarios.map((s, i) => (
              <Fragment key={s.scenarioId}>
                <th scope="col" aria-label={`${s.name}: £ per head`}>
                  £/head
                </th>
                <th scope="col" aria-label={`${s.name}: headroom`}>
                  Headroom
                </th>
                <th scope="col" aria-label={`${s.name}: status`}>
                  Status
                </th>
                {i > 0 && (
                  <th scope="col" aria-label={`${s.name}: change in £ per head from ${baseline}`}>
                    Change £/head
                  </th>
                )}
                {i > 0 && (
                  <th scope="col" aria-label={`${s.name}: change in headroom from ${baseline}`}>
                    Change headroom
                  </th>
                )}
              </Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.ccgId} data-ccg={row.ccgId}>
              <th scope="row">{row.name}</th>
              {row.results.map((r, i) => {
                const d = row.differences[i];
                if (!r)
                  return (
                    <td key={i} colSpan={spanOf(i)} className="compare-absent">
                      not in this scenario
                    </td>
                  );
                return (
                  <Fragment key={i}>
                    <td className="num">{formatPerHead(r.perHead)}</td>
                    <td className="num">{formatPounds(r.headroom)}</td>
                    <td>
                      <StatusBadge status={r.status} />
                    </td>
                    {i > 0 && (
                      <td className="num">
                        {d ? <PerHeadDifference d={d} /> : <span className="muted">—</span>}
                      </td>
                    )}
                    {i > 0 && (
                      <td className="num">
                        {d ? formatSignedPounds(d.headroom) : <span className="muted">—</span>}
                      </td>
                    )}
                  </Fragment>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Scenario totals side by side: population, running cost, weighted £/head, counts by status. */
export function CompareTotals({
  workspace,
  scenarioIds,
  options = {},
  yearId: chosenYearId,
}: CompareTableProps) {
  const uiYearId = useUiStore((s) => s.yearId);
  const yearId = chosenYearId ?? uiYearId;
  const comparison = useMemo(
    () => compareScenarios(workspace, scenarioIds, (w, id) => costScenarioCached(w, id, yearId)),
    [workspace, scenarioIds, yearId],
  );
  const { scenarios, totals, totalDifferences } = comparison;
  const change = (
    i: number,
    text: (d: NonNullable<(typeof totalDifferences)[number]>) => string,
  ) => {
    const d = totalDifferences[i];
    return d ? <span className="compare-total-change"> ({text(d)})</span> : null;
  };
  return (
    <table className={`compare-totals${options.large ? ' is-large' : ''}`}>
      <caption>
        Scenario totals
        {scenarios.length > 1 ? `; changes from ${scenarios[0]?.name} in brackets` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">Total</th>
          {scenarios.map((s) => (
            <th key={s.scenarioId} scope="col">
              {s.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Population</th>
          {totals.map((t, i) => (
            <td key={i} className="num">
              {formatPopulation(t.population)}
              {change(i, (d) => formatSignedPopulation(d.population))}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">Running cost</th>
          {totals.map((t, i) => (
            <td key={i} className="num">
              {formatMoneyShort(t.total)}
              {change(i, (d) => formatSignedPounds(d.total))}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">Weighted £/head</th>
          {totals.map((t, i) => (
            <td key={i} className="num">
              {formatPerHead(t.perHead)}{' '}
              <span className="muted">
                / {totalsAllowanceWords(t, scenarios[i]?.year.allowancePerHead ?? 25)}
              </span>
              {change(i, (d) => formatSignedPerHead(d.perHead))}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">CCGs</th>
          {totals.map((t, i) => (
            <td key={i}>
              {STATUS_ICON.within} {t.within} within, {STATUS_ICON.tight} {t.tight} tight,{' '}
              {STATUS_ICON.over} {t.over} over
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
