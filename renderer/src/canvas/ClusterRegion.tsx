import { memo } from 'react';
import type { ClusterNode } from '../../../shared/model/workspace';
import { fitText } from './textFit';

/** A PCT cluster: a labelled region behind the CCGs it contains. Not focusable: it is a backdrop. */
export const ClusterRegion = memo(function ClusterRegion({ cluster }: { readonly cluster: ClusterNode }) {
  return (
    <g className="cluster" transform={`translate(${cluster.x},${cluster.y})`}>
      <rect width={cluster.width} height={cluster.height} rx={14} />
      <text x={18} y={28}>{fitText(cluster.name, cluster.width - 36, 13, true)}</text>
    </g>
  );
});
