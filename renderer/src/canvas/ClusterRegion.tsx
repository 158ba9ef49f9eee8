import { memo } from 'react';
import type { ClusterNode } from '../../../shared/model/workspace';
import { CLUSTER_GRIP_SIZE, CLUSTER_HEADER_HEIGHT } from './canvasGeometry';
import type { Detail } from './cullRect';
import { nodeHandlers, type NodeCallbacks } from './nodeHandlers';
import { SelectionHandles } from './SelectionHandles';
import { fitText } from './textFit';

export interface ClusterRegionProps extends NodeCallbacks {
  readonly cluster: ClusterNode;
  /** How many CCGs it holds: part of its accessible name. */
  readonly ccgCount: number;
  readonly selected: boolean;
  /** Full; outline (zoomed out: no title text); culled (out of view: nothing drawn). */
  readonly detail?: Detail;
}

/**
 * A PCT cluster: a labelled region behind the CCGs it contains. Its body lets the pointer through
 * (drags there pan or sweep a selection, as on the empty canvas); its title strip selects and
 * drags it, carrying its CCGs; the grip at its bottom-right corner resizes it.
 */
export const ClusterRegion = memo(function ClusterRegion({
  cluster,
  ccgCount,
  selected,
  detail = 'full',
  onSelect,
  onToggle,
  onOpen,
}: ClusterRegionProps) {
  const handlers = nodeHandlers(cluster.id, { onSelect, onToggle, onOpen });
  const g = CLUSTER_GRIP_SIZE;
  return (
    <g
      className={`cluster${selected ? ' is-selected' : ''}`}
      transform={`translate(${cluster.x},${cluster.y})`}
      data-node-id={cluster.id}
    >
      {detail !== 'culled' && (
        <rect
          className="cluster-body"
          data-cluster-part="body"
          width={cluster.width}
          height={cluster.height}
          rx={14}
        />
      )}
      <g
        className="node cluster-header"
        role="button"
        tabIndex={0}
        aria-label={`${cluster.name}, PCT cluster, ${ccgCount} ${ccgCount === 1 ? 'CCG' : 'CCGs'}`}
        aria-pressed={selected}
        onClick={handlers.onClick}
        onKeyDown={handlers.onKeyDown}
      >
        {detail !== 'culled' && (
          <>
            <rect
              className="focus-ring"
              x={4}
              y={4}
              width={Math.max(0, cluster.width - 8)}
              height={CLUSTER_HEADER_HEIGHT - 8}
              rx={10}
            />
            <rect
              className="cluster-header-hit"
              data-cluster-part="header"
              width={cluster.width}
              height={CLUSTER_HEADER_HEIGHT}
              rx={14}
            />
          </>
        )}
        {detail === 'full' && (
          <text x={18} y={28}>
            {fitText(cluster.name, cluster.width - 36, 13, true)}
          </text>
        )}
      </g>
      {selected && <SelectionHandles x={0} y={0} width={cluster.width} height={cluster.height} />}
      {detail !== 'culled' && (
        <g
          className="cluster-grip"
          data-resize-handle={cluster.id}
          transform={`translate(${cluster.width - g},${cluster.height - g})`}
        >
          <title>Drag to resize {cluster.name}</title>
          <rect className="cluster-grip-hit" width={g + 6} height={g + 6} />
          <path d={`M${g - 3},5 L5,${g - 3} M${g - 3},10 L10,${g - 3}`} />
        </g>
      )}
    </g>
  );
});
