import { scaleBand, scaleLinear } from 'd3';
import { useId } from 'react';
import type { YearsComparison } from '../../../shared/compare/yearsComparison';
import { formatMoneyShort, formatPounds } from '../../../shared/format/format';
import { ValueLabel } from './CategoryLabel';
import { ChartFrame, type ChartOptions } from './ChartFrame';
import { chartSize, SCENARIO_FILLS } from './chartTheme';
import { ScenarioLegend, ScenarioPatterns, scenarioFill } from './ScenarioPatterns';
import { useMeasuredWidth } from './useMeasuredWidth';

export interface YearsChartProps {
  readonly years: YearsComparison;
  readonly options?: ChartOptions;
}

/**
 * Each scenario's running cost (all its CCGs) in every planning year, grouped by year, with the
 * scenario's total allowance marked across its bar: a bar reaching past its mark is over.
 */
export function YearsChart({ years, options = {} }: YearsChartProps) {
  const prefix = `years${useId().replace(/:/g, '')}`;
  const [bodyRef, width] = useMeasuredWidth<HTMLDivElement>(960);
  const size = chartSize(options.large);
  const names = years.scenarios.map((s) => s.name);
  const margin = {
    top: size.font * 2,
    right: size.font * 2,
    bottom: size.font * 2.6,
    left: size.font * 5,
  };
  const plotH = options.large ? 420 : 280;
  const plotW = width - margin.left - margin.right;
  const max = Math.max(
    1,
    ...years.scenarios.flatMap((s) => s.totals.flatMap((t) => (t ? [t.running, t.allowance] : []))),
  );
  const y = scaleLinear()
    .domain([0, max * 1.15])
    .nice()
    .range([plotH, 0]);
  const x = scaleBand<string>()
    .domain(years.years.map((yr) => yr.id))
    .range([0, plotW])
    .padding(0.2);
  const inner = scaleBand<number>()
    .domain(names.map((_, i) => i))
    .range([0, x.bandwidth()])
    .padding(0.12);

  const chart = (
    <div className="chart-body" ref={bodyRef}>
      <ScenarioLegend prefix={prefix} names={names} />
      <svg
        className="chart-svg"
        viewBox={`0 0 ${width} ${plotH + margin.top + margin.bottom}`}
        role="img"
        aria-label={`Running cost against the total allowance in each planning year, for ${names.join(', ')}`}
        style={{ fontSize: size.font }}
      >
        <ScenarioPatterns prefix={prefix} />
        <g transform={`translate(${margin.left},${margin.top})`}>
          {y.ticks(5).map((t) => (
            <g key={t} transform={`translate(0,${y(t)})`} className="chart-grid">
              <line x2={plotW} />
              <text x={-8} dy="0.32em" textAnchor="end">
                {formatMoneyShort(t)}
              </text>
            </g>
          ))}
          {years.years.map((yr, yi) => (
            <g key={yr.id} transform={`translate(${x(yr.id) ?? 0},0)`}>
              {years.scenarios.map((s, i) => {
                const t = s.totals[yi];
                if (!t) return null;
                const bx = inner(i) ?? 0;
                const w = inner.bandwidth();
                const over = t.running > t.allowance;
                return (
                  <g key={s.scenarioId}>
                    <rect
                      x={bx}
                      y={y(t.running)}
                      width={w}
                      height={plotH - y(t.running)}
                      fill={scenarioFill(prefix, i)}
                      stroke={SCENARIO_FILLS[i % SCENARIO_FILLS.length]?.colour}
                      strokeWidth={options.large ? 3 : 1.5}
                    >
                      <title>{`${s.name}, ${yr.label}: running ${formatPounds(t.running)} against an allowance of ${formatPounds(t.allowance)}`}</title>
                    </rect>
                    <g className="chart-cap" transform={`translate(0,${y(t.allowance)})`}>
                      <line x1={bx - 3} x2={bx + w + 3} />
                    </g>
                    <ValueLabel
                      text={`${formatMoneyShort(t.running)}${over ? ' over' : ''}`}
                      x={bx + w / 2}
                      y={Math.min(y(t.running), y(t.allowance)) - 4}
                      width={inner.step()}
                      fontSize={size.small}
                    />
                  </g>
                );
              })}
              <text
                x={x.bandwidth() / 2}
                y={plotH + size.font * 1.5}
                textAnchor="middle"
                className="chart-category"
              >
                {yr.label}
              </text>
            </g>
          ))}
          <line className="chart-baseline" x2={plotW} y1={plotH} y2={plotH} />
        </g>
      </svg>
    </div>
  );

  const table = (
    <table className="chart-table">
      <caption className="visually-hidden">
        Running cost and allowance by scenario and planning year
      </caption>
      <thead>
        <tr>
          <th scope="col">Scenario</th>
          <th scope="col">Year</th>
          <th scope="col">Running cost</th>
          <th scope="col">Allowance</th>
          <th scope="col">Headroom</th>
          <th scope="col">CCGs</th>
        </tr>
      </thead>
      <tbody>
        {years.scenarios.flatMap((s) =>
          years.years.map((yr, yi) => {
            const t = s.totals[yi];
            return (
              <tr key={`${s.scenarioId}-${yr.id}`}>
                <th scope="row">{s.name}</th>
                <td>{yr.label}</td>
                <td className="num">{t ? formatPounds(t.running) : '—'}</td>
                <td className="num">{t ? formatPounds(t.allowance) : '—'}</td>
                <td className="num">{t ? formatPounds(t.headroom) : '—'}</td>
                <td>{t ? `${t.within} within, ${t.tight} tight, ${t.over} over` : '—'}</td>
              </tr>
            );
          }),
        )}
      </tbody>
    </table>
  );

  return (
    <ChartFrame
      title="Running cost against the allowance, year by year"
      description="Each bar is a scenario's running cost for all its CCGs in one planning year; the dashed mark across it is that scenario's total allowance. A bar that rises past its mark is over (its label says so)."
      large={options.large}
      chart={chart}
      table={table}
    />
  );
}
