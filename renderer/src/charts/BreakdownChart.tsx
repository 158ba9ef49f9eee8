import { scaleBand, scaleLinear, stack } from 'd3';
import { useMemo } from 'react';
import { compareScenarios } from '../../../shared/compare/compareScenarios';
import { functionCodes } from '../../../shared/compare/functionLabels';
import type { CcgResult } from '../../../shared/costing/results';
import { rateLineWords } from '../../../shared/format/allowancePhrase';
import { formatCap, formatPerHead } from '../../../shared/format/format';
import { idRecord, ownValue } from '../../../shared/model/idRecord';
import { costScenarioCached } from '../state/costScenarioCached';
import { useUiStore } from '../state/uiStore';
import { ChartFrame } from './ChartFrame';
import { useMeasuredWidth } from './useMeasuredWidth';
import { chartSize, SEGMENT_COLOURS } from './chartTheme';
import { CategoryLabel, ValueLabel } from './CategoryLabel';
import { textWidth } from './wrapLabel';
import type { ScenarioChartProps } from './PerHeadChart';

interface Segment {
  /** "core", or "fn:" and the function id, so a function named "core" is still its own segment. */
  readonly key: string;
  /** The function's id; undefined for the core segment. */
  readonly functionId?: string;
  readonly code: string;
  readonly name: string;
}

type Datum = Record<string, number>;

/** Per head by component: core, then each support function. */
function perHeadParts(c: CcgResult, segments: readonly Segment[]): Datum {
  const d = idRecord<number>();
  for (const s of segments)
    d[s.key] =
      (s.functionId === undefined ? c.core : (ownValue(c.functions, s.functionId)?.cost ?? 0)) /
      c.population;
  return d;
}

/** For each CCG, one stacked bar per picked scenario: core and each function, in £ per head. */
export function BreakdownChart({
  workspace,
  scenarioIds,
  options = {},
  yearId: chosenYearId,
}: ScenarioChartProps) {
  const uiYearId = useUiStore((s) => s.yearId);
  const yearId = chosenYearId ?? uiYearId;
  const comparison = useMemo(
    () => compareScenarios(workspace, scenarioIds, (w, id) => costScenarioCached(w, id, yearId)),
    [workspace, scenarioIds, yearId],
  );
  const [bodyRef, width] = useMeasuredWidth<HTMLDivElement>(960);
  const size = chartSize(options.large);
  const names = comparison.scenarios.map((s) => s.name);
  // Codes drawn inside the segments, so a segment is named without its colour; unique, so none names two.
  const codes = functionCodes(workspace.assumptions.functions);
  const segments: Segment[] = [
    { key: 'core', code: 'Core', name: 'Core (governing body, clinical leadership, localities)' },
    ...workspace.assumptions.functions.map((f) => ({
      key: `fn:${f.id}`,
      functionId: f.id,
      code: codes.get(f.id) ?? f.name,
      name: f.name,
    })),
  ];
  const keys = segments.map((s) => s.key);
  const cap = comparison.scenarios[0]?.year.allowancePerHead ?? 25;

  const bars = comparison.rows.flatMap((row) => row.results.map((r, i) => ({ row, i, r })));
  const stacked = stack<{ parts: Datum }>()
    .keys(keys)
    .value((d, k) => ownValue(d.parts, k) ?? 0)(
    bars.map((b) => ({ parts: b.r ? perHeadParts(b.r, segments) : {} })),
  );

  const margin = {
    top: size.font * 1.6,
    right: size.font * 5,
    bottom: size.font * 5,
    left: size.font * 4.5,
  };
  const plotH = options.large ? 480 : 340;
  const plotW = width - margin.left - margin.right;
  const max = Math.max(cap, ...bars.map((b) => b.r?.perHead ?? 0));
  const y = scaleLinear()
    .domain([0, max * 1.08])
    .nice()
    .range([plotH, 0]);
  const x = scaleBand<string>()
    .domain(comparison.rows.map((r) => r.ccgId))
    .range([0, plotW])
    .padding(0.16);
  const inner = scaleBand<number>()
    .domain(names.map((_, i) => i))
    .range([0, x.bandwidth()])
    .padding(0.12);

  const chart = (
    <div className="chart-body" ref={bodyRef}>
      <ul className="chart-legend" aria-label="Legend">
        {segments.map((s, k) => (
          <li key={s.key}>
            <svg width="16" height="16" aria-hidden="true">
              <rect
                x="1"
                y="1"
                width="14"
                height="14"
                fill={SEGMENT_COLOURS[k % SEGMENT_COLOURS.length]}
              />
            </svg>
            <b>{s.code}</b> {s.name}
          </li>
        ))}
      </ul>
      <p className="chart-note">
        Bars are numbered by scenario: {names.map((n, i) => `${i + 1} ${n}`).join(' · ')}.
      </p>
      <svg
        className="chart-svg"
        viewBox={`0 0 ${width} ${plotH + margin.top + margin.bottom}`}
        role="img"
        aria-label={`Running cost per head by component for each CCG in ${names.join(', ')}`}
        style={{ fontSize: size.font }}
      >
        <g transform={`translate(${margin.left},${margin.top})`}>
          {y.ticks(6).map((t) => (
            <g key={t} transform={`translate(0,${y(t)})`} className="chart-grid">
              <line x2={plotW} />
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
          {bars.map((b, n) => {
            const bx = (x(b.row.ccgId) ?? 0) + (inner(b.i) ?? 0);
            const w = inner.bandwidth();
            return (
              <g key={`${b.row.ccgId}-${b.i}`}>
                {b.r ? (
                  stacked.map((layer, k) => {
                    const [y0, y1] = layer[n] ?? [0, 0];
                    const h = y(y0) - y(y1);
                    const seg = segments[k];
                    if (!seg || h <= 0) return null;
                    return (
                      <g key={layer.key}>
                        <rect
                          x={bx}
                          y={y(y1)}
                          width={w}
                          height={h}
                          fill={SEGMENT_COLOURS[k % SEGMENT_COLOURS.length]}
                          stroke="#fff"
                          strokeWidth={1}
                        >
                          <title>{`${b.row.name}, ${names[b.i]}: ${seg.name} ${formatPerHead(y1 - y0)} a head`}</title>
                        </rect>
                        {h >= size.small + 3 && textWidth(seg.code, size.small) <= w - 2 && (
                          <text
                            x={bx + w / 2}
                            y={y(y1) + h / 2}
                            dy="0.35em"
                            textAnchor="middle"
                            className="chart-segment-label"
                            style={{ fontSize: size.small }}
                          >
                            {seg.code}
                          </text>
                        )}
                      </g>
                    );
                  })
                ) : (
                  <text
                    x={bx + w / 2}
                    y={plotH - 4}
                    textAnchor="middle"
                    className="chart-absent"
                    style={{ fontSize: size.small }}
                  >
                    n/a
                  </text>
                )}
                {b.r && (
                  <ValueLabel
                    text={formatPerHead(b.r.perHead)}
                    x={bx + w / 2}
                    y={y(b.r.perHead) - 4}
                    width={w + inner.step() * inner.paddingInner()}
                    fontSize={size.small}
                  />
                )}
                <text
                  x={bx + w / 2}
                  y={plotH + size.small + 4}
                  textAnchor="middle"
                  className="chart-bar-number"
                  style={{ fontSize: size.small }}
                >
                  {b.i + 1}
                </text>
              </g>
            );
          })}
          {comparison.rows.map((row) => (
            <CategoryLabel
              key={row.ccgId}
              text={row.name}
              x={(x(row.ccgId) ?? 0) + x.bandwidth() / 2}
              y={plotH + size.small + size.font * 1.8}
              width={x.bandwidth() / 0.84}
              fontSize={size.font}
            />
          ))}
          <g transform={`translate(0,${y(cap)})`} className="chart-cap">
            <line x2={plotW} />
            <text x={plotW + 6} dy="0.35em">
              {rateLineWords(
                bars.flatMap((b) => (b.r ? [b.r] : [])),
                cap,
              )}
            </text>
          </g>
        </g>
      </svg>
    </div>
  );

  const table = (
    <table className="chart-table">
      <caption className="visually-hidden">
        Running cost per head by component, CCG and scenario
      </caption>
      <thead>
        <tr>
          <th scope="col">CCG</th>
          <th scope="col">Scenario</th>
          {segments.map((s) => (
            <th key={s.key} scope="col">
              {s.name}
            </th>
          ))}
          <th scope="col">Total per head</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={`${b.row.ccgId}-${b.i}`}>
            <th scope="row">{b.row.name}</th>
            <td>{names[b.i]}</td>
            {b.r ? (
              <>
                {segments.map((s) => (
                  <td key={s.key}>
                    {formatPerHead(perHeadParts(b.r as CcgResult, segments)[s.key] ?? 0)}
                  </td>
                ))}
                <td>{formatPerHead(b.r.perHead)}</td>
              </>
            ) : (
              <td colSpan={segments.length + 1}>not in this scenario</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFrame
      title="What each CCG's running cost is made of"
      description="For each CCG, one stacked bar per scenario (numbered as listed): core cost at the bottom, then each support function, in £ per head."
      large={options.large}
      chart={chart}
      table={table}
    />
  );
}
