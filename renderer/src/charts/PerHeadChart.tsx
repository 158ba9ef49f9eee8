import { scaleBand, scaleLinear } from 'd3';
import { useId, useMemo } from 'react';
import { compareScenarios } from '../../../shared/compare/compareScenarios';
import { allowancePerHead, rateIsTheTest } from '../../../shared/format/allowancePhrase';
import { formatCap, formatPerHead } from '../../../shared/format/format';
import type { Workspace } from '../../../shared/model/workspace';
import { costScenarioCached } from '../state/costScenarioCached';
import { useUiStore } from '../state/uiStore';
import { ChartFrame, type ChartOptions } from './ChartFrame';
import { useMeasuredWidth } from './useMeasuredWidth';
import { chartSize, SCENARIO_FILLS } from './chartTheme';
import { CategoryLabel, ValueLabel } from './CategoryLabel';
import { ScenarioLegend, ScenarioPatterns, scenarioFill } from './ScenarioPatterns';

export interface ScenarioChartProps {
  readonly workspace: Workspace;
  readonly scenarioIds: readonly string[];
  readonly options?: ChartOptions;
  /** The planning year charted; the year shown in the editor when left out. */
  readonly yearId?: string;
}

/** £/head of every CCG in each picked scenario, grouped by CCG, against the cap line. */
export function PerHeadChart({
  workspace,
  scenarioIds,
  options = {},
  yearId: chosenYearId,
}: ScenarioChartProps) {
  const prefix = `perhead${useId().replace(/:/g, '')}`;
  const uiYearId = useUiStore((s) => s.yearId);
  const yearId = chosenYearId ?? uiYearId;
  const comparison = useMemo(
    () => compareScenarios(workspace, scenarioIds, (w, id) => costScenarioCached(w, id, yearId)),
    [workspace, scenarioIds, yearId],
  );
  const [bodyRef, width] = useMeasuredWidth<HTMLDivElement>(960);
  const size = chartSize(options.large);
  const names = comparison.scenarios.map((s) => s.name);
  const cap = comparison.scenarios[0]?.year.allowancePerHead ?? 25;
  const caps = [...new Set(comparison.scenarios.map((s) => s.year.allowancePerHead))];
  const shown = comparison.rows.flatMap((r) =>
    r.results.filter((c): c is NonNullable<typeof c> => c !== undefined && c !== null),
  );
  // A CCG with an allowance of its own is tested against it, not against the national rate's line.
  const own = !rateIsTheTest(shown, cap);
  const lineWords = (c: number): string => `${formatCap(c)} ${own ? 'national rate' : 'cap'}`;

  const margin = {
    top: size.font * 2,
    right: size.font * 5,
    bottom: size.font * 3.6,
    left: size.font * 4.5,
  };
  const plotH = options.large ? 460 : 320;
  const max = Math.max(
    cap,
    ...comparison.rows.flatMap((r) => r.results.map((c) => c?.perHead ?? 0)),
  );
  const y = scaleLinear()
    .domain([0, max * 1.12])
    .nice()
    .range([plotH, 0]);
  const x = scaleBand<string>()
    .domain(comparison.rows.map((r) => r.ccgId))
    .range([0, width - margin.left - margin.right])
    .padding(0.18);
  const inner = scaleBand<number>()
    .domain(names.map((_, i) => i))
    .range([0, x.bandwidth()])
    .padding(0.08);

  const chart = (
    <div className="chart-body" ref={bodyRef}>
      <ScenarioLegend prefix={prefix} names={names} />
      <svg
        className="chart-svg"
        viewBox={`0 0 ${width} ${plotH + margin.top + margin.bottom}`}
        role="img"
        aria-label={`Running cost per head by CCG in ${names.join(', ')}, against the ${lineWords(cap)}${own ? ', each CCG tested against its own allowance' : ''}`}
        style={{ fontSize: size.font }}
      >
        <ScenarioPatterns prefix={prefix} />
        <g transform={`translate(${margin.left},${margin.top})`}>
          {y.ticks(6).map((t) => (
            <g key={t} transform={`translate(0,${y(t)})`} className="chart-grid">
              <line x2={width - margin.left - margin.right} />
              <text x={-8} dy="0.32em" textAnchor="end">
                {formatCap(t)}
              </text>
            </g>
          ))}
          <text
            className="chart-axis-label"
            transform={`translate(${-margin.left + size.font},${plotH / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            £ per head
          </text>
          {comparison.rows.map((row) => (
            <g key={row.ccgId} transform={`translate(${x(row.ccgId) ?? 0},0)`}>
              {row.results.map((r, i) => {
                const bx = inner(i) ?? 0;
                const w = inner.bandwidth();
                if (!r) {
                  return (
                    <text
                      key={i}
                      x={bx + w / 2}
                      y={plotH - 4}
                      textAnchor="middle"
                      className="chart-absent"
                      style={{ fontSize: size.small }}
                    >
                      n/a
                    </text>
                  );
                }
                return (
                  <g key={i}>
                    <rect
                      x={bx}
                      y={y(r.perHead)}
                      width={w}
                      height={plotH - y(r.perHead)}
                      fill={scenarioFill(prefix, i)}
                      stroke={SCENARIO_FILLS[i % SCENARIO_FILLS.length]?.colour}
                      strokeWidth={options.large ? 3 : 1.5}
                    >
                      <title>{`${row.name}, ${names[i]}: ${formatPerHead(r.perHead)} a head`}</title>
                    </rect>
                    <ValueLabel
                      text={formatPerHead(r.perHead)}
                      x={bx + w / 2}
                      y={y(r.perHead) - 4}
                      width={w + inner.step() * inner.paddingInner()}
                      fontSize={size.small}
                    />
                  </g>
                );
              })}
              <CategoryLabel
                text={row.name}
                x={x.bandwidth() / 2}
                y={plotH + size.font * 1.4}
                width={x.bandwidth() / 0.82}
                fontSize={size.font}
              />
            </g>
          ))}
          {caps.map((c) => (
            <g key={c} transform={`translate(0,${y(c)})`} className="chart-cap">
              <line x2={width - margin.left - margin.right} />
              <text x={width - margin.left - margin.right + 6} dy="0.35em">
                {lineWords(c)}
              </text>
            </g>
          ))}
          <line
            className="chart-baseline"
            x2={width - margin.left - margin.right}
            y1={plotH}
            y2={plotH}
          />
        </g>
      </svg>
    </div>
  );

  const table = (
    <table className="chart-table">
      <caption className="visually-hidden">Running cost per head by CCG and scenario</caption>
      <thead>
        <tr>
          <th scope="col">CCG</th>
          {names.map((n, i) => (
            <th key={i} scope="col">
              {n}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {comparison.rows.map((row) => (
          <tr key={row.ccgId}>
            <th scope="row">{row.name}</th>
            {row.results.map((r, i) => (
              <td key={i}>
                {r ? formatPerHead(r.perHead) : 'not in this scenario'}
                {r && own ? ` (allowance ${formatPerHead(allowancePerHead(r))})` : ''}
              </td>
            ))}
          </tr>
        ))}
        <tr>
          <th scope="row">{own ? 'National rate' : 'Cap'}</th>
          {comparison.scenarios.map((s, i) => (
            <td key={i}>{formatCap(s.year.allowancePerHead)}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );

  return (
    <ChartFrame
      title="Running cost per head by CCG"
      description={
        own
          ? `Each CCG's £ per head in each scenario; the dashed line is the ${lineWords(cap)}, but each CCG is tested against its own allowance (in the table, a head). "n/a": the CCG is not in that scenario.`
          : `Each CCG's £ per head in each scenario; the dashed line is the ${formatCap(cap)} cap. Bars above it are over the cap. "n/a": the CCG is not in that scenario.`
      }
      large={options.large}
      chart={chart}
      table={table}
    />
  );
}
