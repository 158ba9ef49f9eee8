import type { ReactNode } from 'react';
import type { ClusterNode, LocalityNode } from '../../../shared/model/workspace';

export interface NodeDetailsProps {
  readonly node: LocalityNode | ClusterNode;
  /** Its CCG's name, for a locality. */
  readonly parentName?: string;
  readonly editor?: ReactNode;
}

/** A locality or a cluster: what it is, its name, and its editable fields. */
export function NodeDetails({ node, parentName, editor }: NodeDetailsProps) {
  return (
    <article className="node-details" aria-labelledby="node-title">
      <header className="panel-header">
        <p className="eyebrow">{node.kind === 'locality' ? 'Locality' : 'PCT cluster'}</p>
        <h2 id="node-title">{node.name}</h2>
        {parentName && <p className="notes">Part of {parentName}.</p>}
      </header>
      {editor}
    </article>
  );
}
