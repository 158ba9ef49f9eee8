import { scaleBand, scaleLinear } from 'd3';
import { useMemo } from 'react';
import { compareScenarios } from '../../../shared/compare/compareScenarios';
import {
  formatSignedMoneyShort,
  formatSignedPounds,
} from '../../../shared/compare/formatDifference';
import { formatMoneyShort, formatPerHead, formatPounds } from '../../../shared/format/format';
import { costScenarioCached } from '../state/costScenarioCached';
import { useUiStore } from '../state/uiStore';
import { ChartFrame } from './ChartFrame';
import { useMeasuredWidth } from './useMeasuredWidth';
import { chartSize } from './chartTheme';
import { CategoryLabel, ValueLabel } from './CategoryLabel';
import type { ScenarioChartProps } from './PerHeadChart';

interface Step {
  readonly key: string;
  readonly label: string;
  /** Where the bar starts and ends on the running total, £ a year. */
  readonly from: number;
  readonly to: number;
  readonly kind: 'total' | 'up' | 'down';
  /** Why, in words: a CCG absent from one side is added or removed whole. */
  readonly note: string;
}

/**
 * From the first scenario's total running cost to the second's, one step per CCG (its change
 * in £ a year; a CCG in only one scenario steps by its whole cost). Steps per CCG rather than
 * per component, because the question in the room is "who gains and who pays".
 */
export function WaterfallChart({
  workspace,
  scenarioIds,
  options = {},
  yearId: chosenYearId,
}: ScenarioChartProps) {
  const pair = useMemo(() => scenarioIds.slice(0, 2), [scenarioIds]);
  const uiYearId = useUiStore((s) => s.yearId);
  const yearId = chosenYearId ?? uiYearId;
  const comparison = useMemo(
    () => compareScenarios(workspace, pair, (w, id) => costScenarioCached(w, id, yearId)),
    [workspace, pair, yearId],
  );
  const [bodyRef, width] = useMeasuredWidth<HTMLDivElement>(960);
  const size = chartSize(options.large);
  const [a, b] = comparison.scenarios;
  if (!a || !b) return null;

  const steps: Step[] = [
    { key: 'start', label: a.name, from: 0, to: a.totals.total, kind: 'total', note: 'total' },
  ];
  let running = a.totals.total;
  for (const row of comparison.rows) {
    const before = row.results[0]?.total ?? 0;
    const after = row.results[1]?.total ?? 0;
    const change = after - before;
    const note = !row.results[0] ? 'added' : !row.results[1] ? 'removed' : 'change';
    steps.push({
      key: row.ccgId,
      label: row.name,
      from: running,
      to: running + change,
      kind: change > 0 ? 'up' : 'down',
      note,
    });
    running += change;
  }
  steps.push({
    key: 'end',
    label: b.name,
    from: 0,
    to: b.totals.total,
    kind: 'total',
    note: 'total',
  });

  const margin = {
    top: size.font * 2,
    right: size.font,
    bottom: size.font * 4.2,
    left: size.font * 5,
  };
  const plotH = options.large ? 440 : 300;
  const plotW = width - margin.left - margin.right;
  const max = Math.max(...steps.map((s) => Math.max(s.from, s.to)));
  const y = scaleLinear()
    .domain([0, max * 1.1])
    .nice()
    .range([plotH, 0]);
  const x = scaleBand<string>()
    .domain(steps.map((s) => s.key))
    .range([0, plotW])
    .padding(0.22);
  const stepText = (s: Step): string =>
    s.kind === 'total'
      ? formatMoneyShort(s.to)
      : `${s.kind === 'up' ? '▲' : '▼'} ${formatSignedMoneyShort(s.to - s.from)}`;

  const chart = (
    <div className="chart-body" ref={bodyRef}>
      <ul className="chart-legend" aria-label="Legend">
        <li>
          <span className="waterfall-key kind-total" aria-hidden="true" /> Scenario total
        </li>
        <li>
          <span className="waterfall-key kind-up" aria-hidden="true" /> ▲ Costs more
        </li>
        <li>
          <span className="waterfall-key kind-down" aria-hidden="true" /> ▼ Costs less
        </li>
      </ul>
      <svg
        className="chart-svg"
        viewBox={`0 0 ${width} ${plotH + margin.top + margin.bottom}`}
        role="img"
        aria-label={`Change in total running cost from ${a.name} to ${b.name}, CCG by CCG`}
        style={{ fontSize: size.font }}
      >
        <g transform={`translate(${margin.left},${margin.top})`}>
          {y.ticks(6).map((t) => (
            <g key={t} transform={`translate(0,${y(t)})`} className="chart-grid">
              <line x2={plotW} />
              <text x={-8} dy="0.32em" textAnchor="end">
                {formatMoneyShort(t)}
              </text>
            </g>
          ))}
          <text
            className="chart-axis-label"
            transform={`translate(${-margin.left + size.font},${plotH / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            £ a year
          </text>
          {steps.map((s, i) => {
            const top = y(Math.max(s.from, s.to));
            const h = Math.max(1, Math.abs(y(s.from) - y(s.to)));
            const bx = x(s.key) ?? 0;
            const next = steps[i + 1];
            return (
              <g key={s.key}>
                <rect
                  className={`waterfall-bar kind-${s.kind}`}
                  x={bx}
                  y={top}
                  width={x.bandwidth()}
                  height={h}
                >
                  <title>{`${s.label}: ${s.kind === 'total' ? formatPounds(s.to) : formatSignedPounds(s.to - s.from)}${s.note === 'added' || s.note === 'removed' ? ` (${s.note})` : ''}`}</title>
                </rect>
                <ValueLabel
                  text={stepText(s)}
                  x={bx + x.bandwidth() / 2}
                  y={top - 5}
                  width={x.step()}
                  fontSize={size.small}
                />
                {next && next.kind !== 'total' && (
                  <line
                    className="waterfall-connector"
                    x1={bx + x.bandwidth()}
                    x2={x(next.key) ?? 0}
                    y1={y(s.to)}
                    y2={y(s.to)}
                  />
                )}
                <CategoryLabel
                  text={
                    s.note === 'added' || s.note === 'removed' ? `${s.label} (${s.note})` : s.label
                  }
                  x={bx + x.bandwidth() / 2}
                  y={plotH + size.font * 1.4}
                  width={x.bandwidth() / 0.78}
                  fontSize={size.small}
                  maxLines={3}
                />
              </g>
            );
          })}
          <line className="chart-baseline" x2={plotW} y1={plotH} y2={plotH} />
        </g>
      </svg>
    </div>
  );

  const table = (
    <table className="chart-table">
      <caption className="visually-hidden">{`Change in total running cost from ${a.name} to ${b.name}`}</caption>
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Change, £ a year</th>
          <th scope="col">Running total, £ a year</th>
        </tr>
      </thead>
      <tbody>
        {steps.map((s) => (
          <tr key={s.key}>
            <th scope="row">
              {s.kind === 'total'
                ? `${s.label} (total)`
                : `${s.label}${s.note === 'change' ? '' : ` (${s.note})`}`}
            </th>
            <td>{s.kind === 'total' ? '' : formatSignedPounds(s.to - s.from)}</td>
            <td>{formatPounds(s.to)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFrame
      title={`From ${a.name} to ${b.name}`}
      description={`Total running cost of ${formatMoneyShort(a.totals.total)} (${formatPerHead(a.totals.perHead)} a head) in ${a.name}, step by step per CCG, to ${formatMoneyShort(b.totals.total)} (${formatPerHead(b.totals.perHead)} a head) in ${b.name}.`}
      large={options.large}
      chart={chart}
      table={table}
    />
  );
}
