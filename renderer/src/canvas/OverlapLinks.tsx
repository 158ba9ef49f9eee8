import { memo } from 'react';
import { formatPercent } from '../../../shared/format/format';
import type { OverlapLink } from './buildScene';
import { intersects, lineBox, type CullView } from './cullRect';
import { lineAttributes, type LineEnds } from './lineShape';

/** What names an overlap line in the DOM (data-overlap), for the drag engine to find it. */
export function overlapKey(l: { readonly ccgId: string; readonly laId: string }): string {
  return `${l.ccgId}|${l.laId}`;
}

/** Where a line's share label goes: a third of the way from the council, clear of the CCG card's text. */
export function overlapLabelAt(l: LineEnds): string {
  return `translate(${l.x2 + (l.x1 - l.x2) / 3},${l.y2 + (l.y1 - l.y2) / 3})`;
}

export interface OverlapLinksProps {
  readonly links: readonly OverlapLink[];
  /** CCG names by id, for the label's tooltip. */
  readonly names: ReadonlyMap<string, string>;
  /** What is in view and at what detail (null: all, in full): zoomed out, lines have no labels. */
  readonly view?: CullView | null;
}

/**
 * CCG ↔ local authority links (coterminosity): a thin line from the CCG to the council, labelled
 * with the share of the CCG's population living there, so a non-coterminous partnership shows.
 * Beneath the nodes and decorative: the same figures are in the CCG's inspector.
 */
export const OverlapLinks = memo(function OverlapLinks({
  links,
  names,
  view = null,
}: OverlapLinksProps) {
  const shown = view ? links.filter((l) => intersects(view.rect, lineBox(l))) : links;
  return (
    <g className="overlap-links" aria-hidden="true">
      {shown.map((l) => {
        const text = formatPercent(l.share);
        return (
          <g key={overlapKey(l)} className="overlap-link" data-overlap={overlapKey(l)}>
            <line className="overlap-line" {...lineAttributes(l)} />
            {!view?.outline && (
              <g data-overlap-label="" transform={overlapLabelAt(l)}>
                <title>{`${text} of ${names.get(l.ccgId) ?? l.ccgId}'s population lives in ${names.get(l.laId) ?? l.laId}`}</title>
                <rect className="overlap-label-bg" x={-22} y={-10} width={44} height={20} rx={10} />
                <text className="overlap-label" y={4} textAnchor="middle">
                  {text}
                </text>
              </g>
            )}
          </g>
        );
      })}
    </g>
  );
});
