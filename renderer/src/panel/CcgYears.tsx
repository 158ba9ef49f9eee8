import { useId } from 'react';
import type { Status, YearCcgResult, YearResult } from '../../../shared/costing/results';
import { formatMoneyShort, statusLabel } from '../../../shared/format/format';
import { STATUS_ICON } from '../common/statusDisplay';

export interface CcgYearsProps {
  readonly ccgId: string;
  readonly years: readonly YearResult[];
  /** The year the rest of the app shows, marked in the table. */
  readonly shownYearId: string;
}

interface Row {
  readonly yearId: string;
  readonly label: string;
  readonly figures: YearCcgResult;
}

/** Short headroom for a table cell: the full sentence is in the figures above. */
function headroomCell(headroom: number): string {
  return headroom < 0
    ? `${formatMoneyShort(-headroom)} over`
    : `${formatMoneyShort(headroom)} released`;
}

const STATUS_FILL: Readonly<Record<Status, string>> = {
  within: 'var(--within)',
  tight: 'var(--tight)',
  over: 'var(--over)',
};

/**
 * One CCG across the planning years: a small bar chart of running cost against its allowance
 * (the allowance a line, since it is a cap, not a bar to fill) and, always beside it, the same
 * figures as a table with headroom and status in words.
 */
export function CcgYears({ ccgId, years, shownYearId }: CcgYearsProps) {
  const id = useId();
  const rows: Row[] = years.flatMap((y) => {
    const figures = y.ccgs.find((c) => c.id === ccgId);
    return figures ? [{ yearId: y.id, label: y.label, figures }] : [];
  });
  if (rows.length === 0) return null;

  const width = 300;
  const labelW = 64;
  const valueW = 78;
  const rowH = 26;
  const barArea = width - labelW - valueW;
  const top = Math.max(...rows.map((r) => Math.max(r.figures.running, r.figures.allowance))) || 1;
  const x = (v: number): number => labelW + (v / top) * barArea;
  const summary = rows
    .map(
      (r) =>
        `${r.label}: running cost ${formatMoneyShort(r.figures.running)} against an allowance of ${formatMoneyShort(r.figures.allowance)}, ${statusLabel(r.figures.status).toLowerCase()}`,
    )
    .join('; ');

  return (
    <section className="ccg-years" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Year by year</h3>
      <svg
        className="ccg-years-chart"
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${width} ${rows.length * rowH + 6}`}
        width="100%"
      >
        {rows.map((r, i) => {
          const y = i * rowH + 4;
          return (
            <g key={r.yearId} data-year-id={r.yearId}>
              <text
                x={0}
                y={y + 14}
                fontSize={11}
                fontWeight={r.yearId === shownYearId ? 700 : 400}
              >
                {r.label}
              </text>
              <rect
                x={labelW}
                y={y + 3}
                width={Math.max(1, x(r.figures.running) - labelW)}
                height={14}
                fill={STATUS_FILL[r.figures.status]}
              />
              <line
                x1={x(r.figures.allowance)}
                x2={x(r.figures.allowance)}
                y1={y}
                y2={y + 20}
                stroke="#212b32"
                strokeWidth={2}
                strokeDasharray="3 2"
              />
              <text x={width - valueW + 6} y={y + 14} fontSize={11}>
                {STATUS_ICON[r.figures.status]} {formatMoneyShort(r.figures.running)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="muted ccg-years-key">
        Bars: running cost, with its status icon; dashed line: the allowance.
      </p>
      <table className="figures ccg-years-table">
        <caption className="visually-hidden">
          Running cost against the allowance in each planning year
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col" className="num">
              Running cost
            </th>
            <th scope="col" className="num">
              Allowance
            </th>
            <th scope="col" className="num">
              Headroom
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.yearId}
              aria-current={r.yearId === shownYearId ? 'true' : undefined}
              className={r.yearId === shownYearId ? 'is-shown-year' : undefined}
            >
              <th scope="row">
                {r.label}
                {r.yearId === shownYearId && <span className="visually-hidden"> (shown)</span>}
              </th>
              <td className="num">{formatMoneyShort(r.figures.running)}</td>
              <td className="num">{formatMoneyShort(r.figures.allowance)}</td>
              <td className={`num${r.figures.headroom < 0 ? ' is-negative' : ''}`}>
                {headroomCell(r.figures.headroom)}
              </td>
              <td>
                <span className={`status-text status-${r.figures.status}`}>
                  {STATUS_ICON[r.figures.status]} {statusLabel(r.figures.status)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
