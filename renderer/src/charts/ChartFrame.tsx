import { useId, useState, type ReactNode } from 'react';

export interface ChartOptions {
  /** Projector size: larger type and thicker marks, for the back of a room. */
  readonly large?: boolean;
}

export interface ChartFrameProps {
  readonly title: string;
  /** One sentence saying what the chart shows and how to read it. */
  readonly description: string;
  readonly large?: boolean;
  /** The chart as SVG. */
  readonly chart: ReactNode;
  /** The same figures as a table, for screen readers, keyboard users and copying. */
  readonly table: ReactNode;
  /** Controls that belong to this chart (a scenario to show, a range), above it. */
  readonly controls?: ReactNode;
}

/** A chart with its title, description, legend area and a "Show as table" alternative. */
export function ChartFrame({ title, description, large, chart, table, controls }: ChartFrameProps) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const descId = useId();
  return (
    <figure
      className={`chart-frame${large ? ' is-large' : ''}`}
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <div className="chart-head">
        <h3 id={titleId} className="chart-title">
          {title}
        </h3>
        <button
          type="button"
          className="chart-toggle"
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
        >
          Show as table
        </button>
      </div>
      <p id={descId} className="chart-description">
        {description}
      </p>
      {controls && <div className="chart-controls">{controls}</div>}
      {asTable ? <div className="chart-table-wrap">{table}</div> : chart}
    </figure>
  );
}
