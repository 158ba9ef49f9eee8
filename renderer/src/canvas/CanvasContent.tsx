import { memo, useMemo } from 'react';
import type { Scenario } from '../../../shared/model/workspace';
import { describeArrangement } from '../common/describeArrangement';
import { ArrangementHub } from './ArrangementHub';
import type { Scene } from './buildScene';
import { CcgCard } from './CcgCard';
import { ClusterRegion } from './ClusterRegion';
import { detailOf, intersects, lineBox, type CullView } from './cullRect';
import { HubEdges } from './HubEdges';
import { MemberRemoveButtons } from './MemberRemoveButtons';
import type { NodeCallbacks } from './nodeHandlers';
import { OrgBox } from './OrgBox';
import { OverlapLinks } from './OverlapLinks';
import { unionRect } from './unionRect';

export interface CanvasContentProps extends NodeCallbacks {
  readonly scenario: Scenario;
  readonly scene: Scene;
  /** The shown year's national rate, £ a head. */
  readonly capPerHead: number;
  /** The shown year's label ("2013/14"): each card names the allowance it is tested against. */
  readonly yearLabel: string;
  /** Every selected id. */
  readonly selected: ReadonlySet<string>;
  /** Removes a CCG from an arrangement (the "×" on a selected hub's member line). */
  onRemoveMember?(arrangementId: string, ccgId: string): void;
  /**
   * The part of the canvas in or near view, and whether zoomed out (null: draw everything in
   * full). Items outside it keep only their empty focusable group, so every organisation stays
   * in the Tab order with its accessible name, and focusing one pans it into view.
   */
  readonly view?: CullView | null;
}

/**
 * Everything inside the camera's <g>, in paint order: clusters, lines, CCG cards, local
 * authorities, providers, hubs. Re-renders only when the scene or selection changes, never
 * while panning, zooming or dragging (the engines write the DOM directly for those); each item
 * is memoised, so a change re-renders only the items whose props changed.
 */
export const CanvasContent = memo(function CanvasContent({
  scenario,
  scene,
  capPerHead,
  yearLabel,
  selected,
  onSelect,
  onToggle,
  onOpen,
  onRemoveMember,
  view = null,
}: CanvasContentProps) {
  const hubLabels = useMemo(() => {
    const names = new Map(scenario.nodes.map((n) => [n.id, n.name]));
    const nameOf = (id: string): string => names.get(id) ?? id;
    return new Map(
      scene.hubs.map((h) => [h.arrangement.id, describeArrangement(h.arrangement, nameOf)]),
    );
  }, [scenario, scene]);
  const ccgsPerCluster = useMemo(() => {
    const counts = new Map<string, number>();
    for (const c of scene.cards)
      if (c.node.clusterId) counts.set(c.node.clusterId, (counts.get(c.node.clusterId) ?? 0) + 1);
    return counts;
  }, [scene]);
  const names = useMemo(() => new Map(scenario.nodes.map((n) => [n.id, n.name])), [scenario]);
  // Where each hub's lines reach: drawn if that box meets the view (a line can cross the view
  // while both its ends are outside it).
  const edgeBoxes = useMemo(
    () => new Map(scene.hubs.map((h) => [h.arrangement.id, unionRect(h.edges.map(lineBox))])),
    [scene],
  );
  const callbacks = { onSelect, onToggle, onOpen };
  const detail = (id: string): ReturnType<typeof detailOf> =>
    detailOf(view, scene.boundsById.get(id), selected.has(id));

  return (
    <>
      <g className="layer-clusters">
        {scene.clusters.map((c) => (
          <ClusterRegion
            key={c.id}
            cluster={c}
            ccgCount={ccgsPerCluster.get(c.id) ?? 0}
            selected={selected.has(c.id)}
            detail={detail(c.id)}
            {...callbacks}
          />
        ))}
      </g>
      <g className="layer-edges">
        <OverlapLinks links={scene.overlaps} names={names} view={view} />
        {scene.hubs.map((h) => {
          const box = edgeBoxes.get(h.arrangement.id);
          if (view && box && !intersects(view.rect, box) && !selected.has(h.arrangement.id))
            return null;
          return (
            <HubEdges
              key={h.arrangement.id}
              hub={h}
              selectedEnds={[h.arrangement.id, ...h.edges.map((e) => e.targetId)]
                .filter((id) => selected.has(id))
                .join(' ')}
              outline={view?.outline ?? false}
            />
          );
        })}
      </g>
      <g className="layer-nodes">
        {scene.cards.map(
          (c) =>
            c.result && (
              <CcgCard
                key={c.node.id}
                ccg={c.node}
                result={c.result}
                localities={c.localities}
                capPerHead={capPerHead}
                yearLabel={yearLabel}
                selected={selected.has(c.node.id)}
                selectedLocalities={c.localities
                  .filter((l) => selected.has(l.id))
                  .map((l) => l.id)
                  .join(' ')}
                detail={detailOf(
                  view,
                  c,
                  selected.has(c.node.id) || c.localities.some((l) => selected.has(l.id)),
                )}
                {...callbacks}
              />
            ),
        )}
        {scene.localAuthorities.map((b) => (
          <OrgBox
            key={b.node.id}
            node={b.node}
            selected={selected.has(b.node.id)}
            detail={detail(b.node.id)}
            {...callbacks}
          />
        ))}
        {scene.providers.map((b) => (
          <OrgBox
            key={b.node.id}
            node={b.node}
            selected={selected.has(b.node.id)}
            detail={detail(b.node.id)}
            {...callbacks}
          />
        ))}
        {scene.hubs.map((h) => (
          <ArrangementHub
            key={h.arrangement.id}
            hub={h}
            label={hubLabels.get(h.arrangement.id) ?? h.arrangement.name}
            selected={selected.has(h.arrangement.id)}
            detail={detail(h.arrangement.id)}
            {...callbacks}
          />
        ))}
      </g>
      <g className="layer-edge-buttons">
        {onRemoveMember &&
          scene.hubs
            .filter((h) => selected.has(h.arrangement.id))
            .map((h) => (
              <MemberRemoveButtons
                key={h.arrangement.id}
                hub={h}
                names={names}
                onRemove={onRemoveMember}
              />
            ))}
      </g>
    </>
  );
});
