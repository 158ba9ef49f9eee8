import { fittingFontSize, wrapLabel } from './wrapLabel';

export interface CategoryLabelProps {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
  readonly className?: string;
  readonly maxLines?: number;
}

/** A label under a bar or group, wrapped onto two lines when it would run into its neighbour. */
export function CategoryLabel({
  text,
  x,
  y,
  width,
  fontSize: wanted,
  className = 'chart-category',
  maxLines = 2,
}: CategoryLabelProps) {
  // A single word wider than the space cannot wrap: shrink the type for this label instead.
  const longest = Math.max(...text.split(/\s+/).map((w) => w.length));
  const fontSize = Math.max(9, Math.min(wanted, width / (longest * 0.58)));
  const lines = wrapLabel(text, width, fontSize, maxLines);
  return (
    <text x={x} y={y} textAnchor="middle" className={className} style={{ fontSize }}>
      <title>{text}</title>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : fontSize * 1.15}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export interface ValueLabelProps {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** The width the label may take: its bar and the gap to the next, so neighbours never touch. */
  readonly width: number;
  readonly fontSize: number;
}

/** A figure above a bar, in smaller type when the bar is narrow, left out when even that would not fit. */
export function ValueLabel({ text, x, y, width, fontSize: wanted }: ValueLabelProps) {
  const fontSize = fittingFontSize(text, width, wanted);
  if (fontSize === null) return null;
  return (
    <text x={x} y={y} textAnchor="middle" className="chart-value" style={{ fontSize }}>
      {text}
    </text>
  );
}
