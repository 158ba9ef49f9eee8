import { memo } from 'react';
import type { HubLayout } from './buildScene';
import { lineAttributes, type LineEnds } from './lineShape';
import { sameHub } from './sameLayout';

/** Where a host line's "host" label goes: 42% of the way from the hub. */
export function hostLabelAt(e: LineEnds): { x: number; y: number } {
  return { x: e.x1 + (e.x2 - e.x1) * 0.42, y: e.y1 + (e.y2 - e.y1) * 0.42 };
}

export interface HubEdgesProps {
  readonly hub: HubLayout;
  /**
   * The selected ids among the hub and its lines' ends, space-separated: lines of a selected
   * hub, or to a selected end, are emphasised. A string, so other selections leave it alone.
   */
  readonly selectedEnds: string;
  /** Zoomed out: lines without their "host" labels. */
  readonly outline?: boolean;
}

/**
 * The lines from an arrangement hub: solid to member CCGs, heavy to a host CCG (labelled "host"),
 * dashed to a provider, dotted to a local authority. Drawn beneath the nodes so each line seems
 * to end at its node's edge. data-hub and data-target let the drag engine move a line's ends.
 */
export const HubEdges = memo(
  function HubEdges({ hub, selectedEnds, outline = false }: HubEdgesProps) {
    const selected = new Set(selectedEnds.split(' '));
    const hubSelected = selected.has(hub.arrangement.id);
    return (
      <g className={`hub-edges model-${hub.arrangement.model}`} aria-hidden="true">
        {hub.edges.map((e) => {
          const related = hubSelected || selected.has(e.targetId);
          return (
            <g key={`${e.kind}:${e.targetId}`}>
              <line
                className={`edge edge-${e.kind}${related ? ' is-related' : ''}`}
                {...lineAttributes(e)}
                data-hub={hub.arrangement.id}
                data-target={e.targetId}
              />
              {e.kind === 'host' && !outline && (
                <text
                  className="edge-label"
                  data-edge-label=""
                  {...hostLabelAt(e)}
                  textAnchor="middle"
                >
                  host
                </text>
              )}
            </g>
          );
        })}
      </g>
    );
  },
  (a, b) => a.selectedEnds === b.selectedEnds && a.outline === b.outline && sameHub(a.hub, b.hub),
);
