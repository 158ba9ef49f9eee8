import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { CardData, ClusterData, HubData, OrgData } from './flowGraph';

// Every node joins its lines at its centre, as the app's canvas does: one hidden handle each way.
function CentreHandles() {
  return (
    <>
      <Handle type="source" position={Position.Top} className="centre-handle" />
      <Handle type="target" position={Position.Top} className="centre-handle" />
    </>
  );
}

const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** A CCG card like the app's: name, per head, status badge, population, headroom and locality chips. */
export const CcgNode = memo(function CcgNode({ data }: NodeProps<Node<CardData>>) {
  return (
    <div
      className={`rf-card status-${data.status}`}
      role="button"
      tabIndex={0}
      aria-label={`${data.name}, ${money.format(data.perHead)} per head`}
    >
      <CentreHandles />
      <div className="rf-card-name">{data.name}</div>
      <div className="rf-card-figure">
        {money.format(data.perHead)} <span>per head</span>
        <span className="rf-badge">{data.status}</span>
      </div>
      <div className="rf-card-meta">
        <span>{data.population.toLocaleString('en-GB')} people</span>
        <span>headroom {money.format(data.headroom)}</span>
      </div>
      {data.localities.map((l) => (
        <div key={l.id} className="rf-chip" role="button" tabIndex={0}>
          <span>{l.name}</span>
          <span>{l.population.toLocaleString('en-GB')}</span>
        </div>
      ))}
    </div>
  );
});

export const OrgNode = memo(function OrgNode({ data }: NodeProps<Node<OrgData>>) {
  return (
    <div className={data.la ? 'rf-org rf-la' : 'rf-org rf-provider'} role="button" tabIndex={0}>
      <CentreHandles />
      <div className="rf-org-name">{data.name}</div>
      <div className="rf-org-sub">{data.subtitle}</div>
    </div>
  );
});

export const HubNode = memo(function HubNode({ data }: NodeProps<Node<HubData>>) {
  return (
    <div className={`rf-hub model-${data.model}`} role="button" tabIndex={0}>
      <CentreHandles />
      <div className="rf-hub-name">{data.name}</div>
    </div>
  );
});

export const ClusterNode = memo(function ClusterNode({ data }: NodeProps<Node<ClusterData>>) {
  return (
    <div className="rf-cluster">
      <div className="rf-cluster-name">{data.name}</div>
    </div>
  );
});
