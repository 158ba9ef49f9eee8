import { memo, useMemo } from 'react';
import type { Scenario } from '../../../shared/model/workspace';
import { describeArrangement } from '../common/describeArrangement';
import { ArrangementHub } from './ArrangementHub';
import type { Scene } from './buildScene';
import { CcgCard } from './CcgCard';
import { ClusterRegion } from './ClusterRegion';
import { HubEdges } from './HubEdges';
import { OrgBox } from './OrgBox';

export interface CanvasContentProps {
  readonly scenario: Scenario;
  readonly scene: Scene;
  readonly capPerHead: number;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}

/**
 * Everything inside the camera's <g>, in paint order: clusters, lines, CCG cards, local
 * authorities, providers, hubs. Re-renders only when the scene or selection changes, never
 * while panning or zooming.
 */
export const CanvasContent = memo(function CanvasContent({ scenario, scene, capPerHead, selectedId, onSelect }: CanvasContentProps) {
  const hubLabels = useMemo(() => {
    const names = new Map(scenario.nodes.map((n) => [n.id, n.name]));
    const nameOf = (id: string): string => names.get(id) ?? id;
    return new Map(scene.hubs.map((h) => [h.arrangement.id, describeArrangement(h.arrangement, nameOf)]));
  }, [scenario, scene]);

  return (
    <>
      <g className="layer-clusters">
        {scene.clusters.map((c) => <ClusterRegion key={c.id} cluster={c} />)}
      </g>
      <g className="layer-edges">
        {scene.hubs.map((h) => <HubEdges key={h.arrangement.id} hub={h} selectedId={selectedId} />)}
      </g>
      <g className="layer-nodes">
        {scene.cards.map((c) => c.result && (
          <CcgCard
            key={c.node.id}
            ccg={c.node}
            result={c.result}
            localities={c.localities}
            capPerHead={capPerHead}
            selected={selectedId === c.node.id}
            onSelect={onSelect}
          />
        ))}
        {scene.localAuthorities.map((b) => <OrgBox key={b.node.id} node={b.node} selected={selectedId === b.node.id} onSelect={onSelect} />)}
        {scene.providers.map((b) => <OrgBox key={b.node.id} node={b.node} selected={selectedId === b.node.id} onSelect={onSelect} />)}
        {scene.hubs.map((h) => (
          <ArrangementHub
            key={h.arrangement.id}
            hub={h}
            label={hubLabels.get(h.arrangement.id) ?? h.arrangement.name}
            selected={selectedId === h.arrangement.id}
            onSelect={onSelect}
          />
        ))}
      </g>
    </>
  );
});
