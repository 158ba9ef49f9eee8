/**
 * Square handles at the corners of a selected item's box (local coordinates): selection shows by
 * shape as well as by the outline's colour and weight. Decorative: the item's aria-pressed says it.
 */
export function SelectionHandles({
  x,
  y,
  width,
  height,
}: {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}) {
  const s = 8;
  const corners = [
    [x, y],
    [x + width, y],
    [x, y + height],
    [x + width, y + height],
  ] as const;
  return (
    <g className="selection-handles" aria-hidden="true">
      {corners.map(([cx, cy], i) => (
        <rect key={i} x={cx - s / 2} y={cy - s / 2} width={s} height={s} />
      ))}
    </g>
  );
}
