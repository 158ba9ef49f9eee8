import { memo } from 'react';
import type { HubLayout } from './buildScene';

export interface HubEdgesProps {
  readonly hub: HubLayout;
  /** Whether the hub or one of its ends is selected: its lines are then emphasised. */
  readonly selectedId: string | null;
}

/**
 * The lines from an arrangement hub: solid to member CCGs, heavy to a host CCG (labelled "host"),
 * dashed to a provider, dotted to a local authority. Drawn beneath the nodes so each line seems
 * to end at its node's edge.
 */
export const HubEdges = memo(function HubEdges({ hub, selectedId }: HubEdgesProps) {
  const hubSelected = selectedId === hub.arrangement.id;
  return (
    <g className={`hub-edges model-${hub.arrangement.model}`} aria-hidden="true">
      {hub.edges.map((e) => {
        const related = hubSelected || e.targetId === selectedId;
        return (
          <g key={`${e.kind}:${e.targetId}`}>
            <line
              className={`edge edge-${e.kind}${related ? ' is-related' : ''}`}
              x1={e.x1} y1={e.y1} x2={e.x2} y2={e.y2}
            />
            {e.kind === 'host' && (
              <text className="edge-label" x={e.x1 + (e.x2 - e.x1) * 0.42} y={e.y1 + (e.y2 - e.y1) * 0.42} textAnchor="middle">
                host
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});
