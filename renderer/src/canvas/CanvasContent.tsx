import { memo, useMemo } from 'react';
import type { Scenario } from '../../../shared/model/workspace';
import { describeArrangement } from '../common/describeArrangement';
import { ArrangementHub } from './ArrangementHub';
import type { HubLayout, Scene } from './buildScene';
import { catchUp, type Drawn } from './catchUp';
import { CcgCard } from './CcgCard';
import { ClusterRegion } from './ClusterRegion';
import type { Rect } from './createPanZoom';
import { detailOf, intersects, lineBox, type CullView } from './cullRect';
import { HubEdges } from './HubEdges';
import { MemberRemoveButtons } from './MemberRemoveButtons';
import type { NodeCallbacks } from './nodeHandlers';
import { OrgBox } from './OrgBox';
import { OverlapLinks } from './OverlapLinks';
import { unionRect } from './unionRect';

/** The drawing as last shown in full, while the canvas catches up with a change (catchUp.ts). */
export interface CatchingUp {
  readonly scenario: Scenario;
  readonly scene: Scene;
  readonly capPerHead: number;
  readonly yearLabel: string;
  /** What is on screen now, in canvas units, with a small margin: drawn as it is now. */
  readonly near: Rect;
}

// Per scene (a scene is built from one scenario and never changes), so the drawing before a change
// reuses what it worked out when it was shown.
const hubLabelCache = new WeakMap<Scene, Map<string, string>>();
const edgeBoxCache = new WeakMap<Scene, Map<string, Rect | null>>();

/** Each hub's accessible name: its arrangement in words. */
function hubLabelsOf(scenario: Scenario, scene: Scene): Map<string, string> {
  const hit = hubLabelCache.get(scene);
  if (hit) return hit;
  const names = new Map(scenario.nodes.map((n) => [n.id, n.name]));
  const nameOf = (id: string): string => names.get(id) ?? id;
  const labels = new Map(
    scene.hubs.map((h) => [h.arrangement.id, describeArrangement(h.arrangement, nameOf)]),
  );
  hubLabelCache.set(scene, labels);
  return labels;
}

/**
 * Where each hub's lines reach: drawn if that box meets the view (a line can cross the view
 * while both its ends are outside it).
 */
function edgeBoxesOf(scene: Scene): Map<string, Rect | null> {
  const hit = edgeBoxCache.get(scene);
  if (hit) return hit;
  const boxes = new Map(scene.hubs.map((h) => [h.arrangement.id, unionRect(h.edges.map(lineBox))]));
  edgeBoxCache.set(scene, boxes);
  return boxes;
}

/** Every item of `current`, as it is now (nothing to catch up with). */
function asShown<T>(current: readonly T[]): Drawn<T>[] {
  return current.map((item) => ({ item, previous: false }));
}

const hubId = (h: HubLayout): string => h.arrangement.id;

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
  /**
   * Set for the frame after a change: items out of sight stay as this earlier drawing shows
   * them, so that frame rebuilds only what is on screen; null when the drawing is up to date.
   */
  readonly behind?: CatchingUp | null;
}

/**
 * Everything inside the camera's <g>, in paint order: clusters, lines, CCG cards, local
 * authorities, providers, hubs. Re-renders only when the scene or selection changes, never
 * while panning, zooming or dragging (the engines write the DOM directly for those); each item
 * is memoised, so a change re-renders only the items whose props changed. Right after a change,
 * items out of sight follow a frame later (`behind`), so the change is painted sooner.
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
  behind = null,
}: CanvasContentProps) {
  const hubLabels = hubLabelsOf(scenario, scene);
  const earlierHubLabels = behind ? hubLabelsOf(behind.scenario, behind.scene) : null;
  const earlierEdgeBoxes = behind ? edgeBoxesOf(behind.scene) : null;
  const ccgsPerCluster = useMemo(() => {
    const counts = new Map<string, number>();
    for (const c of scene.cards)
      if (c.node.clusterId) counts.set(c.node.clusterId, (counts.get(c.node.clusterId) ?? 0) + 1);
    return counts;
  }, [scene]);
  const names = useMemo(() => new Map(scenario.nodes.map((n) => [n.id, n.name])), [scenario]);
  const edgeBoxes = edgeBoxesOf(scene);
  const callbacks = { onSelect, onToggle, onOpen };
  const detail = (id: string): ReturnType<typeof detailOf> =>
    detailOf(view, scene.boundsById.get(id), selected.has(id));

  // A selected locality keeps its card as it is now (it is drawn inside it).
  const selectedLocalityOwners = new Set(
    behind
      ? scene.cards
          .filter((c) => c.localities.some((l) => selected.has(l.id)))
          .map((c) => c.node.id)
      : [],
  );
  const cards = behind
    ? catchUp(
        scene.cards,
        behind.scene.cards,
        (c) => c.node.id,
        (c) => c,
        behind.near,
        (id) => selected.has(id) || selectedLocalityOwners.has(id),
      )
    : asShown(scene.cards);
  const hubs = behind
    ? catchUp(
        scene.hubs,
        behind.scene.hubs,
        hubId,
        (h, earlier) => (earlier ? behind.scene : scene).boundsById.get(hubId(h)),
        behind.near,
        (id) => selected.has(id),
      )
    : asShown(scene.hubs);
  const lines = behind
    ? catchUp(
        scene.hubs,
        behind.scene.hubs,
        hubId,
        (h, earlier) => (earlier ? earlierEdgeBoxes : edgeBoxes)?.get(hubId(h)) ?? undefined,
        behind.near,
      )
    : asShown(scene.hubs);

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
        {lines.map(({ item: h, previous }) => {
          const box = (previous ? earlierEdgeBoxes : edgeBoxes)?.get(h.arrangement.id);
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
        {cards.map(
          ({ item: c, previous }) =>
            c.result && (
              <CcgCard
                key={c.node.id}
                ccg={c.node}
                result={c.result}
                localities={c.localities}
                capPerHead={previous && behind ? behind.capPerHead : capPerHead}
                yearLabel={previous && behind ? behind.yearLabel : yearLabel}
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
        {hubs.map(({ item: h, previous }) => (
          <ArrangementHub
            key={h.arrangement.id}
            hub={h}
            label={
              (previous ? earlierHubLabels : hubLabels)?.get(h.arrangement.id) ?? h.arrangement.name
            }
            selected={selected.has(h.arrangement.id)}
            detail={
              previous && behind
                ? detailOf(
                    view,
                    behind.scene.boundsById.get(h.arrangement.id),
                    selected.has(h.arrangement.id),
                  )
                : detail(h.arrangement.id)
            }
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
