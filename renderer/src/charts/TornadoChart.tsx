import { scaleBand, scaleLinear } from 'd3';
import { useMemo, useState } from 'react';
import { formatAssumptionValue } from '../../../shared/compare/assumptionDisplay';
import { costScenarioWith } from '../../../shared/costing/costScenario';
import { allowancePerHead, rateIsTheTest } from '../../../shared/format/allowancePhrase';
import { formatCap, formatPerHead } from '../../../shared/format/format';
import type { Workspace } from '../../../shared/model/workspace';
import { useTornado } from '../compare/useTornado';
import { resolvedAssumptionsCached, shownYearId } from '../state/costScenarioCached';
import { useUiStore } from '../state/uiStore';
import { ChartFrame, type ChartOptions } from './ChartFrame';
import { useMeasuredWidth } from './useMeasuredWidth';
import { chartSize } from './chartTheme';

export interface TornadoChartProps {
  readonly workspace: Workspace;
  readonly scenarioId: string;
  /** The CCG measured, or null for the scenario's population-weighted total per head. */
  readonly ccgId: string | null;
  /** Each assumption is moved down and up by this percentage. */
  readonly percent: number;
  readonly options?: ChartOptions;
  /** The planning year measured; the year shown in the editor when left out. */
  readonly yearId?: string;
}

/** The label beside a bar: function prices shortened so the name itself stays readable. */
function barLabel(label: string): string {
  return label.replace(/: £ per head at the reference population$/, ': £/head');
}

/** How many bars show before "Show all": enough for the assumptions that matter, readable on a projector. */
const FIRST_BARS = 10;

/** The tornado: each assumption moved ±percent, bars sorted by the swing in £/head. */
export function TornadoChart({
  workspace,
  scenarioId,
  ccgId,
  percent,
  options = {},
  yearId: chosenYearId,
}: TornadoChartProps) {
  const [showAll, setShowAll] = useState(false);
  const [bodyRef, width] = useMeasuredWidth<HTMLDivElement>(960);
  const scenario = workspace.scenarios.find((s) => s.id === scenarioId);
  const assumptions = resolvedAssumptionsCached(workspace, scenarioId);
  const uiYearId = useUiStore((s) => s.yearId);
  const yearId = shownYearId(assumptions, chosenYearId ?? uiYearId);
  const answer = useTornado(scenario, assumptions, ccgId, percent, yearId);
  const result = answer?.kind === 'ready' ? answer.tornado : null;
  const tested = useMemo(() => {
    if (!scenario) return null;
    const costed = costScenarioWith(scenario, assumptions, { yearId });
    const figures = ccgId === null ? costed.ccgs : costed.ccgs.filter((c) => c.id === ccgId);
    const subjectFigures = ccgId === null ? costed.totals : figures[0];
    if (!subjectFigures) return null;
    return {
      perHead: allowancePerHead(subjectFigures),
      rate: rateIsTheTest(figures, costed.year.allowancePerHead),
    };
  }, [scenario, assumptions, ccgId, yearId]);
  if (answer?.kind === 'working')
    return (
      <p className="loading-note muted" role="status">
        Working out the sensitivity of each assumption…
      </p>
    );
  if (answer?.kind === 'failed')
    return (
      <p className="field-error" role="alert">
        Could not work out the sensitivity: {answer.error}
      </p>
    );
  if (!scenario || !result) return null;
  const size = chartSize(options.large);
  const subject =
    ccgId === null
      ? `${scenario.name} (all CCGs, weighted)`
      : (scenario.nodes.find((n) => n.id === ccgId)?.name ?? ccgId);
  const moving = result.bars.filter((b) => b.swing >= 0.005);
  const still = result.bars.length - moving.length;
  const shown = showAll ? moving : moving.slice(0, FIRST_BARS);
  const rate = assumptions.years.find((y) => y.id === yearId)?.allowancePerHead ?? 25;
  // The line is what the subject is tested against: the CCG's own allowance a head (the scenario's
  // allowances a head, weighted), which is the national rate only for CCGs with none of their own.
  const cap = tested?.perHead ?? rate;
  const capWords =
    tested && !tested.rate ? `allowance ${formatPerHead(cap)}` : `${formatCap(rate)} cap`;

  // Projector size puts each label above its bar, so long names never squeeze the bars.
  const above = Boolean(options.large);
  const rowH = above ? size.small * 2 + 34 : 30;
  const margin = {
    top: size.font * 2.2,
    right: size.font * 6,
    bottom: size.font * 2.6,
    left: above ? size.font * 6 : Math.min(380, width * 0.42),
  };
  const plotW = width - margin.left - margin.right;
  const plotH = Math.max(rowH, shown.length * rowH);
  const values = shown.flatMap((b) => [b.lowPerHead, b.highPerHead]).concat(result.basePerHead);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max(0.2, (hi - lo) * 0.08);
  const x = scaleLinear()
    .domain([lo - pad, hi + pad])
    .nice()
    .range([0, plotW]);
  const y = scaleBand<string>()
    .domain(shown.map((b) => b.path))
    .range([0, plotH])
    .padding(0.2);
  const base = x(result.basePerHead);
  const [shownFrom, shownTo] = x.domain() as [number, number];

  const chart = (
    <div className="chart-body" ref={bodyRef}>
      <ul className="chart-legend" aria-label="Legend">
        <li>
          <span className="tornado-key side-low" aria-hidden="true" /> Assumption −{percent}%
          (plain)
        </li>
        <li>
          <span className="tornado-key side-high" aria-hidden="true" /> Assumption +{percent}%
          (hatched)
        </li>
      </ul>
      {moving.length === 0 ? (
        <p className="chart-note">No assumption moves this figure by a penny a head.</p>
      ) : (
        <svg
          className="chart-svg"
          viewBox={`0 0 ${width} ${plotH + margin.top + margin.bottom}`}
          role="img"
          aria-label={`Sensitivity of ${subject}'s £ per head to each assumption moved by ${percent}%`}
          style={{ fontSize: size.font }}
        >
          <defs>
            <pattern id="tornado-hatch" width="8" height="8" patternUnits="userSpaceOnUse">
              <rect width="8" height="8" fill="#330072" />
              <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#fff" strokeWidth="1.6" />
            </pattern>
          </defs>
          <g transform={`translate(${margin.left},${margin.top})`}>
            {x.ticks(6).map((t) => (
              <g key={t} transform={`translate(${x(t)},0)`} className="chart-grid">
                <line y2={plotH} />
                <text y={plotH + size.font * 1.3} textAnchor="middle">
                  {formatPerHead(t)}
                </text>
              </g>
            ))}
            {cap >= shownFrom && cap <= shownTo && (
              <g transform={`translate(${x(cap)},0)`} className="chart-cap">
                <line y1={-size.font * 0.6} y2={plotH} />
                <text y={-size.font * 0.9} textAnchor="middle">
                  {capWords}
                </text>
              </g>
            )}
            {shown.map((b) => {
              const row = y(b.path) ?? 0;
              const labelH = above ? size.small + 6 : 0;
              const by = row + labelH;
              const h = y.bandwidth() - labelH;
              const lowX = x(b.lowPerHead);
              const highX = x(b.highPerHead);
              return (
                <g key={b.path}>
                  {above ? (
                    <text
                      x={-margin.left + size.font}
                      y={row + size.small * 0.9}
                      className="chart-category"
                      style={{ fontSize: size.small }}
                    >
                      {barLabel(b.label)}
                    </text>
                  ) : (
                    <text
                      x={-10}
                      y={by + h / 2}
                      dy="0.35em"
                      textAnchor="end"
                      className="chart-category"
                      style={{ fontSize: size.small }}
                    >
                      {barLabel(b.label)}
                    </text>
                  )}
                  <rect
                    className="tornado-bar side-low"
                    x={Math.min(base, lowX)}
                    y={by}
                    width={Math.abs(lowX - base)}
                    height={h}
                  >
                    <title>{`${b.label} at ${formatAssumptionValue(b.lowValue, b.unit)}: ${formatPerHead(b.lowPerHead)} a head`}</title>
                  </rect>
                  <rect
                    x={Math.min(base, highX)}
                    y={by}
                    width={Math.abs(highX - base)}
                    height={h}
                    fill="url(#tornado-hatch)"
                  >
                    <title>{`${b.label} at ${formatAssumptionValue(b.highValue, b.unit)}: ${formatPerHead(b.highPerHead)} a head`}</title>
                  </rect>
                  <text
                    x={lowX + (lowX <= base ? -4 : 4)}
                    y={by + h / 2}
                    dy="0.35em"
                    textAnchor={lowX <= base ? 'end' : 'start'}
                    className="chart-value"
                    style={{ fontSize: size.small }}
                  >
                    {`−${percent}% ${formatPerHead(b.lowPerHead)}`}
                  </text>
                  <text
                    x={highX + (highX >= base ? 4 : -4)}
                    y={by + h / 2}
                    dy="0.35em"
                    textAnchor={highX >= base ? 'start' : 'end'}
                    className="chart-value"
                    style={{ fontSize: size.small }}
                  >
                    {`+${percent}% ${formatPerHead(b.highPerHead)}`}
                  </text>
                </g>
              );
            })}
            <line className="tornado-base" x1={base} x2={base} y1={0} y2={plotH} />
            <text
              x={base}
              y={-size.font * 0.9}
              textAnchor="middle"
              className="chart-value"
            >{`Now ${formatPerHead(result.basePerHead)}`}</text>
          </g>
        </svg>
      )}
      {(moving.length > FIRST_BARS || still > 0) && (
        <p className="chart-note">
          {moving.length > FIRST_BARS && (
            <button
              type="button"
              className="link-button"
              aria-expanded={showAll}
              onClick={() => setShowAll((v) => !v)}
            >
              {showAll
                ? `Show the ${FIRST_BARS} largest only`
                : `Show all ${moving.length} assumptions that move it`}
            </button>
          )}
          {still > 0 && ` ${still} assumptions do not move it by a penny a head in this scenario.`}
        </p>
      )}
    </div>
  );

  const table = (
    <table className="chart-table">
      <caption className="visually-hidden">{`Sensitivity of ${subject}'s £ per head`}</caption>
      <thead>
        <tr>
          <th scope="col">Assumption</th>
          <th scope="col">Now</th>
          <th scope="col">−{percent}%</th>
          <th scope="col">£/head at −{percent}%</th>
          <th scope="col">+{percent}%</th>
          <th scope="col">£/head at +{percent}%</th>
          <th scope="col">Swing</th>
        </tr>
      </thead>
      <tbody>
        {result.bars.map((b) => (
          <tr key={b.path}>
            <th scope="row">{b.label}</th>
            <td>{formatAssumptionValue(b.value, b.unit)}</td>
            <td>{formatAssumptionValue(b.lowValue, b.unit)}</td>
            <td>{formatPerHead(b.lowPerHead)}</td>
            <td>{formatAssumptionValue(b.highValue, b.unit)}</td>
            <td>{formatPerHead(b.highPerHead)}</td>
            <td>{formatPerHead(b.swing)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFrame
      title={`Sensitivity: ${subject}`}
      description={`Each assumption moved down and up by ${percent}% on its own; bars show the £ per head that results, the largest swing first. Now ${formatPerHead(result.basePerHead)} a head against ${tested && !tested.rate ? `an allowance of ${formatPerHead(cap)} a head` : `the ${formatCap(rate)} cap`}.`}
      large={options.large}
      chart={chart}
      table={table}
    />
  );
}
