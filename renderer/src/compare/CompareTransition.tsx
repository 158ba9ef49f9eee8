import { useMemo, useState } from 'react';
import {
  transitionComparison,
  type ScenarioTransitionSummary,
} from '../../../shared/compare/transitionComparison';
import { paybackText } from '../../../shared/export/resultsTable';
import { formatMoneyShort, formatPounds } from '../../../shared/format/format';
import type { Workspace } from '../../../shared/model/workspace';
import { costScenarioCached } from '../state/costScenarioCached';

const CHART = { width: 640, height: 220, left: 70, bottom: 30, top: 16 } as const;

/**
 * One-off transition costs in Compare: a row of each picked scenario's one-off total (against its
 * own baseline), payback and net saving over the planning years, and a chart of the cumulative
 * net saving year by year — below zero until the option has paid for itself. One-offs are shown
 * apart and never counted against the allowance.
 */
export function CompareTransition({
  workspace,
  scenarioIds,
  large,
}: {
  readonly workspace: Workspace;
  readonly scenarioIds: readonly string[];
  readonly large: boolean;
}) {
  const summaries = useMemo(
    () => transitionComparison(workspace, scenarioIds, (w, id) => costScenarioCached(w, id)),
    [workspace, scenarioIds],
  );
  const [asTable, setAsTable] = useState(false);
  const withBaseline = summaries.filter((s) => s.baseline !== null);
  const cell = (s: ScenarioTransitionSummary, text: string): string =>
    s.baseline ? text : 'No baseline';
  return (
    <div className={`compare-transition${large ? ' is-large' : ''}`}>
      <table className="compare-table" aria-label="One-off transition costs by scenario">
        <thead>
          <tr>
            <th scope="col">Transition</th>
            {summaries.map((s) => (
              <th key={s.scenarioId} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Against baseline</th>
            {summaries.map((s) => (
              <td key={s.scenarioId}>{s.baseline?.name ?? 'No baseline'}</td>
            ))}
          </tr>
          <tr data-testid="one-off-row">
            <th scope="row">One-off costs</th>
            {summaries.map((s) => (
              <td key={s.scenarioId} className="num">
                {cell(s, formatPounds(s.oneOff))}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Payback</th>
            {summaries.map((s) => (
              <td key={s.scenarioId} className="num">
                {cell(s, paybackText(s.paybackYears))}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Cumulative net saving</th>
            {summaries.map((s) => (
              <td key={s.scenarioId} className="num">
                {cell(
                  s,
                  `${formatPounds(s.cumulativeNet.at(-1)?.value ?? 0)} by ${s.cumulativeNet.at(-1)?.label ?? ''}`,
                )}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {withBaseline.length === 0 ? (
        <p className="muted">
          No picked scenario has a baseline: pick one in a scenario’s side panel (with nothing
          selected) to see its one-off costs and payback.
        </p>
      ) : (
        <figure className="compare-chart">
          <figcaption>
            Cumulative net saving after each year (running cost saved so far − one-off costs){' '}
            <button
              type="button"
              className="secondary-button"
              aria-pressed={asTable}
              onClick={() => setAsTable(!asTable)}
            >
              {asTable ? 'Show as chart' : 'Show as table'}
            </button>
          </figcaption>
          {asTable ? <NetTable summaries={withBaseline} /> : <NetChart summaries={withBaseline} />}
        </figure>
      )}
    </div>
  );
}

function NetTable({ summaries }: { readonly summaries: readonly ScenarioTransitionSummary[] }) {
  const years = summaries[0]?.cumulativeNet ?? [];
  return (
    <table className="compare-table" aria-label="Cumulative net saving by year">
      <thead>
        <tr>
          <th scope="col">Scenario</th>
          {years.map((y) => (
            <th key={y.yearId} scope="col">
              {y.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {summaries.map((s) => (
          <tr key={s.scenarioId}>
            <th scope="row">{s.name}</th>
            {s.cumulativeNet.map((y) => (
              <td key={y.yearId} className="num">
                {formatPounds(y.value)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Bars by year for each scenario, each labelled with its figure, and a zero line. */
function NetChart({ summaries }: { readonly summaries: readonly ScenarioTransitionSummary[] }) {
  const years = summaries[0]?.cumulativeNet ?? [];
  const values = summaries.flatMap((s) => s.cumulativeNet.map((y) => y.value));
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const plotH = CHART.height - CHART.top - CHART.bottom;
  const y = (v: number): number => CHART.top + ((max - v) / span) * plotH;
  const groupW = (CHART.width - CHART.left) / Math.max(1, years.length);
  const barW = Math.min(40, (groupW - 12) / Math.max(1, summaries.length));
  const summary = summaries
    .map(
      (s) =>
        `${s.name}: ${s.cumulativeNet.map((n) => `${n.label} ${formatMoneyShort(n.value)}`).join(', ')}`,
    )
    .join('; ');
  return (
    <svg
      viewBox={`0 0 ${CHART.width} ${CHART.height}`}
      role="img"
      aria-label={`Cumulative net saving by year. ${summary}`}
      className="compare-net-chart"
    >
      <line x1={CHART.left} x2={CHART.width} y1={y(0)} y2={y(0)} stroke="currentColor" />
      <text x={CHART.left - 6} y={y(0)} textAnchor="end" dominantBaseline="middle" fontSize="11">
        £0
      </text>
      {years.map((yr, yi) => (
        <g key={yr.yearId}>
          <text
            x={CHART.left + yi * groupW + groupW / 2}
            y={CHART.height - 8}
            textAnchor="middle"
            fontSize="11"
          >
            {yr.label}
          </text>
          {summaries.map((s, si) => {
            const v = s.cumulativeNet[yi]?.value ?? 0;
            const x = CHART.left + yi * groupW + 6 + si * barW;
            const top = Math.min(y(v), y(0));
            return (
              <g key={s.scenarioId}>
                <rect
                  x={x}
                  y={top}
                  width={barW - 2}
                  height={Math.max(1, Math.abs(y(v) - y(0)))}
                  className={`series-${si}`}
                  fill={v < 0 ? '#d5281b' : '#007f3b'}
                />
                <text
                  x={x + (barW - 2) / 2}
                  y={v < 0 ? top + Math.abs(y(v) - y(0)) + 11 : top - 3}
                  textAnchor="middle"
                  fontSize="9"
                >
                  {`${si + 1}: ${formatMoneyShort(v)}`}
                </text>
              </g>
            );
          })}
        </g>
      ))}
      {summaries.map((s, si) => (
        <text
          key={s.scenarioId}
          x={CHART.left}
          y={10 + si * 0}
          dx={si * 200}
          fontSize="10"
        >{`${si + 1} = ${s.name}`}</text>
      ))}
    </svg>
  );
}
