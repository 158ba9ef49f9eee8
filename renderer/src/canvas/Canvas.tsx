import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
} from 'react';
import type { EditResult } from '../../../shared/edits/edit';
import { dispatchEdit } from '../state/dispatchEdit';
import { useDocumentStore } from '../state/documentStore';
import { populationNotice } from '../state/populationNotice';
import { useUiStore } from '../state/uiStore';
import { useCurrentScenario } from '../state/useCurrentScenario';
import { useScenarioResult } from '../state/useScenarioResult';
import type { Scene } from './buildScene';
import { createCameraLayer } from './cameraLayer';
import { CanvasContent, type CatchingUp } from './CanvasContent';
import { CanvasLegend } from './CanvasLegend';
import { ZOOM_STEP } from '../editor/camera';
import type { Editor } from '../editor/Editor';
import { useEditor } from '../editor/EditorContext';
import { connectGestures } from './createConnectDrag';
import { cullView, dashScale, NOTHING_IN_VIEW, onScreen } from './cullRect';
import { marqueeGestures } from './createMarquee';
import { nodeDragGestures, type Drop } from './createNodeDrag';
import { createPanZoom, type PanZoom, type Rect } from './createPanZoom';
import { dispatchEdits } from './dispatchEdits';
import { marqueeHits } from './marqueeHits';
import { Minimap } from './Minimap';
import { openInspector } from './openInspector';
import { plainRefusal } from './plainRefusal';
import { planMove } from './planMove';
import { closestWith, isItemTarget, readAttribute } from './pointer/canvasAttributes';
import { createPointerSession } from './pointer/createPointerSession';
import { sceneOf } from './sceneOf';
import { unionRect } from './unionRect';
import { viewportOfCamera } from '../workshop/slideCamera';
import { ZoomControls } from './ZoomControls';
import { openingCamera } from './openingCamera';

/** Screen pixels round the drawing when zoomed to fit. */
const FIT_PADDING = 28;

/**
 * Screen pixels round the view that count as on screen when a change is drawn (catchUp.ts): focus
 * rings and selection handles stick out of their items.
 */
const NEAR_MARGIN = 48;

/** The drawing's bounds and the part of the world drawn round the view, together. */
function layerExtent(bounds: Rect, drawn: Rect | undefined): Rect {
  return (drawn && unionRect([bounds, drawn])) ?? bounds;
}

/** Says what a drop did, for the notice area (screen readers hear it too). */
function describeDrop(drop: Drop, scene: Scene, populationSaid: string | null): string | null {
  if (drop.type !== 'locality') return null;
  const locality = scene.cards.flatMap((c) => c.localities).find((l) => l.id === drop.localityId);
  const to = scene.cards.find((c) => c.node.id === drop.toCcgId);
  if (!locality || !to) return null;
  // What the move did to either CCG's population (a remainder kept, a figure changed) is said too.
  return `Moved ${locality.name} to ${to.node.name}.${populationSaid ? ` ${populationSaid}` : ''}`;
}

/**
 * Adds a CCG to, or removes it from, an arrangement's members as one edit, saying why if it is
 * refused (the last member, the host) or needless (already a member).
 */
function changeMember(
  editor: Editor,
  scene: Scene,
  scenarioId: string,
  arrangementId: string,
  ccgId: string,
  add: boolean,
): void {
  const arr = scene.hubs.find((h) => h.arrangement.id === arrangementId)?.arrangement;
  if (!arr) return;
  const ccgName = scene.cards.find((c) => c.node.id === ccgId)?.node.name ?? ccgId;
  if (add && arr.members.includes(ccgId)) {
    editor.notify(`${ccgName} is already a member of ${arr.name}.`, 'info');
    return;
  }
  const members = add ? [...arr.members, ccgId] : arr.members.filter((m) => m !== ccgId);
  const outcome = dispatchEdit({
    type: 'updateArrangement',
    scenarioId,
    id: arrangementId,
    patch: { members },
  });
  if (!outcome.ok) editor.notify(plainRefusal(outcome.errors), 'refused');
  else
    editor.notify(
      add ? `Added ${ccgName} to ${arr.name}.` : `Removed ${ccgName} from ${arr.name}.`,
      'info',
    );
}

/**
 * The scenario canvas: an SVG whose camera is driven by createPanZoom, and whose drags, connect
 * lines and marquee run in one pointer session (createPointerSession), all outside React. During a gesture
 * the engines write the DOM directly (React never re-renders per frame); the viewport is
 * committed to the UI store when a gesture ends, and a drag becomes one edit when it is dropped.
 * What the compositor does per frame (issue 6): a pan or zoom moves the SVG's own layer by CSS
 * (cameraLayer.ts) and a drag redraws copies in the overlay's layer (dragGhosts.ts), so no
 * gesture repaints the text-heavy drawing.
 */
export function Canvas() {
  const scenario = useCurrentScenario();
  const result = useScenarioResult();
  // The editor's camera: this canvas attaches to it while mounted (an editor is never swapped).
  const editor = useEditor();
  const editorCamera = editor.camera;
  const selectedIds = useUiStore((s) => s.selectedIds);
  const fitRequest = useUiStore((s) => s.fitRequest);
  const centreRequest = useUiStore((s) => s.centreRequest);
  const cameraRequest = useUiStore((s) => s.cameraRequest);
  const minimapVisible = useUiStore((s) => s.minimapVisible);
  // Committed when a pan or zoom settles (never per frame): what is drawn, and in what detail.
  const viewport = useUiStore((s) => s.viewport);
  const [size, setSize] = useState({ width: 0, height: 0 });
  // The same size for the engines, read per frame without measuring (which forces a layout).
  const sizeRef = useRef(size);

  const svgRef = useRef<SVGSVGElement>(null);
  const cameraRef = useRef<SVGGElement>(null);
  const contentRef = useRef<SVGGElement>(null);
  const overlayRef = useRef<SVGGElement>(null);
  const overlayCameraRef = useRef<SVGGElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const panZoomRef = useRef<PanZoom | null>(null);

  const scene = sceneOf(scenario, result);
  const sceneRef = useRef<Scene>(scene);
  sceneRef.current = scene;
  const scenarioIdRef = useRef(scenario.id);
  scenarioIdRef.current = scenario.id;
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);
  // Where the canvas cannot be measured (no ResizeObserver: component tests) everything is drawn.
  const culled =
    cullView(viewport, size) ?? (typeof ResizeObserver === 'undefined' ? null : NOTHING_IN_VIEW);
  const cullKey = culled
    ? `${culled.rect.x} ${culled.rect.y} ${culled.rect.width} ${culled.rect.height} ${culled.outline}`
    : '';
  // Same rectangle, same object: small pans re-render nothing.
  const view = useMemo(() => culled, [cullKey]);
  const extent = useMemo(() => layerExtent(scene.bounds, view?.rect), [scene.bounds, view]);

  // What the drawing showed when it was last up to date. For the frame after a change, items out
  // of sight are drawn as they were, so that frame does only the work the user can see; the rest
  // follow once it is painted (a message posted from an animation frame arrives after the paint).
  const capPerHead = result.year.allowancePerHead;
  const yearLabel = result.year.label;
  const shown = useMemo(
    () => ({ scenario, scene, capPerHead, yearLabel }),
    [scenario, scene, capPerHead, yearLabel],
  );
  const [drawn, setDrawn] = useState(shown);
  const latestShown = useRef(shown);
  latestShown.current = shown;
  // Only where the canvas culls (measured in a browser): elsewhere everything is drawn as it is.
  const catchesUp = view !== null && drawn !== shown;
  useEffect(() => {
    if (!catchesUp) return;
    let live = true;
    const frame = requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (live) setDrawn(latestShown.current);
      };
      channel.port2.postMessage(null);
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [catchesUp, shown]);
  const near = catchesUp
    ? onScreen(panZoomRef.current?.getTransform() ?? viewport, sizeRef.current, NEAR_MARGIN)
    : null;
  const behind: CatchingUp | null = near ? { ...drawn, near } : null;

  // The canvas's size on screen, for culling.
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg || typeof ResizeObserver === 'undefined') return;
    const measure = (): void => {
      const box = svg.getBoundingClientRect();
      sizeRef.current = { width: box.width, height: box.height };
      setSize((s) => (s.width === box.width && s.height === box.height ? s : sizeRef.current));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const svg = svgRef.current;
    const camera = cameraRef.current;
    const content = contentRef.current;
    const overlay = overlayRef.current;
    const frame = frameRef.current;
    const overlayCamera = overlayCameraRef.current;
    if (!svg || !camera || !content || !overlay || !frame || !overlayCamera) return;
    const cameraLayer = createCameraLayer(svg, [camera, overlayCamera]);
    // Pans and zooms listen on the frame, which never moves: the SVG itself is carried by a CSS
    // transform during a gesture, and pointer positions measured against it would move with it.
    const panZoom = createPanZoom(frame, {
      onTransform: (v) => {
        cameraLayer.move(v);
        editorCamera.report(v);
      },
      onTransformEnd: (v) => {
        cameraLayer.settle(v);
        editor.settleViewport(v);
      },
      isNodeTarget: isItemTarget,
      getSize: () => sizeRef.current,
    });
    panZoom.setTransform(useUiStore.getState().viewport, { duration: 0 });
    // Pressing the empty canvas focuses the drawing, as when the backdrop was part of it, so the
    // arrow keys then pan (the default would move focus to the page). Capture: d3-zoom stops the
    // press from going further.
    const focusCanvas = (event: MouseEvent): void => {
      if (!(event.target instanceof Element) || !event.target.closest('.canvas-backdrop')) return;
      event.preventDefault();
      svg.focus({ preventScroll: true });
    };
    frame.addEventListener('mousedown', focusCanvas, true);
    panZoomRef.current = panZoom;

    const commit = (drop: Drop): boolean => {
      const scene = sceneRef.current;
      const scenarioId = scenarioIdRef.current;
      let outcome: EditResult;
      const before = useDocumentStore.getState().workspace;
      if (drop.type === 'move') outcome = dispatchEdits(planMove(scene, scenarioId, drop.moves));
      else if (drop.type === 'locality')
        outcome = dispatchEdit({
          type: 'moveLocality',
          scenarioId,
          localityId: drop.localityId,
          toCcgId: drop.toCcgId,
        });
      else
        outcome = dispatchEdit({
          type: 'updateNode',
          scenarioId,
          id: drop.id,
          patch: { width: drop.width, height: drop.height },
        });
      if (!outcome.ok) {
        editor.notify(plainRefusal(outcome.errors), 'refused');
        return false;
      }
      const said = describeDrop(
        drop,
        scene,
        outcome.ok ? populationNotice(before, outcome.workspace) : null,
      );
      if (said) editor.notify(said, 'info');
      else if (useUiStore.getState().notice?.kind === 'refused') editor.clearNotice();
      return true;
    };
    // One pointer session for every gesture that starts on the drawing or its backdrop (pans and
    // zooms are d3-zoom's): a connect handle, then a grip, chip or item, then a Shift-sweep.
    const nodeDrags = nodeDragGestures(svg, content, overlay, {
      getScene: () => sceneRef.current,
      getViewport: () => panZoom.getTransform(),
      getSelection: () => useUiStore.getState().selectedIds,
      onPress: (id, event) => {
        // Pressing an unselected item selects it at once, so what is about to move is highlighted;
        // the side panel follows when the press ends (uiStore pressHeld).
        editor.holdPress(true);
        if (!event.shiftKey && !editor.selectedIds.includes(id)) editor.select(id);
      },
      onRelease: () => editor.holdPress(false),
      onDrop: commit,
    });
    const connects = connectGestures(svg, content, overlay, {
      getScene: () => sceneRef.current,
      getViewport: () => panZoom.getTransform(),
      onConnect: (arrangementId, ccgId) =>
        changeMember(editor, sceneRef.current, scenarioIdRef.current, arrangementId, ccgId, true),
    });
    const marquees = marqueeGestures(frame, overlay, {
      getViewport: () => panZoom.getTransform(),
      isNodeTarget: isItemTarget,
      onSelect: (rect) => {
        const hits = marqueeHits(sceneRef.current, rect);
        // Shift adds: the marquee's finds join whatever was already selected.
        editor.selectMany([...editor.selectedIds, ...hits]);
      },
    });
    const gestures = createPointerSession(frame, [connects, nodeDrags, marquees]);

    const detachCamera = editorCamera.attach({
      zoomBy: (factor) => panZoom.zoomBy(factor),
      zoomToFit: () => panZoom.fitToBounds(sceneRef.current.bounds, { padding: FIT_PADDING }),
      panBy: (dx, dy) => panZoom.panBy(dx, dy),
      centreOn: (p) => {
        const { k } = panZoom.getTransform();
        const box = svg.getBoundingClientRect();
        panZoom.setTransform(
          { x: box.width / 2 - p.x * k, y: box.height / 2 - p.y * k, k },
          { duration: 0 },
        );
      },
      getViewport: () => panZoom.getTransform(),
      getSize: () => {
        if (sizeRef.current.width > 0) return sizeRef.current;
        const box = svg.getBoundingClientRect();
        return { width: box.width, height: box.height };
      },
      cancelGesture: () => gestures.cancel(),
    });
    return () => {
      frame.removeEventListener('mousedown', focusCanvas, true);
      detachCamera();
      gestures.destroy();
      panZoom.destroy();
      panZoomRef.current = null;
    };
  }, [editor, editorCamera]);

  // Show the drawing when asked (a newly opened workspace asks once, an import again): fitted if
  // that leaves its text readable, else at a readable zoom from its top-left (openingCamera.ts).
  const fittedRequest = useRef(0);
  useLayoutEffect(() => {
    if (fitRequest === fittedRequest.current) return;
    const svg = svgRef.current;
    const box = svg?.getBoundingClientRect();
    const camera = box ? openingCamera(sceneRef.current.bounds, box, FIT_PADDING) : null;
    if (!camera) return;
    fittedRequest.current = fitRequest;
    panZoomRef.current?.setTransform(camera, { duration: 0 });
  }, [fitRequest]);

  // Bring a single selection made elsewhere (a flag in the side panel) into view; a marquee or
  // select-all must not send the view after the last item it happened to pick.
  const primary = selectedIds.length === 1 ? (selectedIds[0] ?? null) : null;
  useEffect(() => {
    const rect = primary ? sceneRef.current.boundsById.get(primary) : undefined;
    if (rect) panZoomRef.current?.ensureVisible(rect, { padding: 32 });
  }, [primary]);

  // Centre an item when asked (choosing a flag's subject).
  useEffect(() => {
    const rect = centreRequest ? sceneRef.current.boundsById.get(centreRequest.id) : undefined;
    if (!rect) return;
    const pz = panZoomRef.current;
    const svg = svgRef.current;
    if (!pz || !svg) return;
    const { k } = pz.getTransform();
    const box = svg.getBoundingClientRect();
    pz.setTransform({
      x: box.width / 2 - (rect.x + rect.width / 2) * k,
      y: box.height / 2 - (rect.y + rect.height / 2) * k,
      k,
    });
  }, [centreRequest]);

  // Show a saved camera when asked (a workshop slide): its point at the centre of this view, the
  // zoom scaled to the view's width (renderer/src/workshop/slideCamera.ts).
  useEffect(() => {
    const pz = panZoomRef.current;
    const svg = svgRef.current;
    if (!cameraRequest || !pz || !svg) return;
    pz.setTransform(viewportOfCamera(cameraRequest, svg.getBoundingClientRect()));
    editor.requestCamera(null);
  }, [cameraRequest, editor]);

  const onSelect = useCallback((id: string) => editor.select(id), [editor]);
  const onToggle = useCallback((id: string) => editor.toggleSelected(id), [editor]);
  const onOpen = useCallback((_id: string) => openInspector(), []);
  const onRemoveMember = useCallback(
    (arrangementId: string, ccgId: string) => {
      changeMember(editor, sceneRef.current, scenarioIdRef.current, arrangementId, ccgId, false);
    },
    [editor],
  );

  const zoomIn = useCallback(() => panZoomRef.current?.zoomBy(ZOOM_STEP), []);
  const zoomOut = useCallback(() => panZoomRef.current?.zoomBy(1 / ZOOM_STEP), []);
  const zoomToFit = useCallback(
    () => panZoomRef.current?.fitToBounds(sceneRef.current.bounds, { padding: FIT_PADDING }),
    [],
  );

  // Tabbing to a node off screen: pan it into view. The browser would otherwise scroll the
  // overflow-hidden frame, which shifts the whole canvas out of place.
  const onFocus = (event: FocusEvent<SVGSVGElement>): void => {
    const owner = closestWith(event.target, 'nodeId');
    const id = owner ? readAttribute(owner, 'nodeId') : null;
    const rect = id ? sceneRef.current.boundsById.get(id) : undefined;
    if (rect) panZoomRef.current?.ensureVisible(rect, { padding: 32 });
  };
  const onFrameScroll = (): void => {
    const frame = frameRef.current;
    if (frame && (frame.scrollTop !== 0 || frame.scrollLeft !== 0)) {
      frame.scrollTop = 0;
      frame.scrollLeft = 0;
    }
  };

  return (
    <section className="canvas" aria-label="Canvas">
      <div
        className="canvas-frame"
        ref={frameRef}
        onScroll={onFrameScroll}
        style={{ '--dash-scale': dashScale(viewport.k) } as CSSProperties}
      >
        {/* The backdrop never moves: a click here clears the selection; drags here pan; Shift+drags sweep. */}
        <svg className="canvas-backdrop" width="100%" height="100%" aria-hidden="true">
          <defs>
            <pattern id="canvas-dots" width={24} height={24} patternUnits="userSpaceOnUse">
              <circle cx={1} cy={1} r={1} className="canvas-dot" />
            </pattern>
          </defs>
          <rect
            className="canvas-background"
            width="100%"
            height="100%"
            onClick={() => editor.select(null)}
          />
        </svg>
        {/* The drawing: its own compositor layer, moved by CSS during a pan or zoom (cameraLayer.ts);
            only what is drawn in it takes the pointer, so presses between items reach the backdrop. */}
        <svg
          ref={svgRef}
          className="canvas-svg"
          width="100%"
          height="100%"
          tabIndex={0}
          role="group"
          aria-roledescription="canvas"
          aria-label={`${scenario.name}: Tab moves between organisations; + and − zoom, 0 fits the view, arrow keys pan or move the selection; press ? for every shortcut`}
          onFocus={onFocus}
        >
          <g ref={cameraRef} className="camera" data-testid="camera">
            {/* Painted first and covering all the rest, so the compositor keeps the drawing in one layer
                (left to itself it gives each long, thin line a layer of its own: hundreds at England scale). */}
            <rect className="layer-extent" aria-hidden="true" {...extent} />
            <g ref={contentRef}>
              <CanvasContent
                scenario={scenario}
                scene={scene}
                capPerHead={capPerHead}
                yearLabel={yearLabel}
                selected={selected}
                onSelect={onSelect}
                onToggle={onToggle}
                onOpen={onOpen}
                onRemoveMember={onRemoveMember}
                view={view}
                behind={behind}
              />
            </g>
          </g>
        </svg>
        {/* Drawn by the drag and marquee engines only (guides, a dragged chip or card, the marquee),
            in an SVG of its own above the drawing: what changes here each frame of a gesture
            repaints only this, never the drawing's thousands of shapes. */}
        <svg className="canvas-overlay-svg" width="100%" height="100%" aria-hidden="true">
          <g ref={overlayCameraRef}>
            <g ref={overlayRef} className="canvas-overlay" />
          </g>
        </svg>
      </div>
      <ZoomControls onZoomIn={zoomIn} onZoomOut={zoomOut} onZoomToFit={zoomToFit} />
      {minimapVisible && <Minimap scene={scene} />}
      <CanvasLegend />
    </section>
  );
}
