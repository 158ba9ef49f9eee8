import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { useUiStore, type Viewport } from '../state/uiStore';
import { useCurrentScenario } from '../state/useCurrentScenario';
import { useScenarioResult } from '../state/useScenarioResult';
import { buildScene, type Scene } from './buildScene';
import { CanvasContent } from './CanvasContent';
import { CanvasLegend } from './CanvasLegend';
import { createPanZoom, type PanZoom } from './createPanZoom';
import { ZoomControls } from './ZoomControls';

const ZOOM_STEP = 1.25;
const PAN_STEP = 80;
/** Screen pixels round the drawing when zoomed to fit. */
const FIT_PADDING = 28;

function transformAttribute(v: Viewport): string {
  return `translate(${v.x},${v.y}) scale(${v.k})`;
}

/**
 * The scenario canvas: an SVG whose camera is driven by createPanZoom outside React. The camera
 * <g>'s transform attribute is written directly on each frame (React never renders it), and the
 * viewport is committed to the UI store only when a gesture ends.
 */
export function Canvas() {
  const scenario = useCurrentScenario();
  const result = useScenarioResult();
  const selectedId = useUiStore((s) => s.selectedId);
  const fitRequest = useUiStore((s) => s.fitRequest);
  const select = useUiStore((s) => s.select);

  const svgRef = useRef<SVGSVGElement>(null);
  const cameraRef = useRef<SVGGElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const panZoomRef = useRef<PanZoom | null>(null);

  const scene = useMemo(() => buildScene(scenario, result), [scenario, result]);
  const sceneRef = useRef<Scene>(scene);
  sceneRef.current = scene;

  useLayoutEffect(() => {
    const svg = svgRef.current;
    const camera = cameraRef.current;
    if (!svg || !camera) return;
    const panZoom = createPanZoom(svg, {
      onTransform: (v) => camera.setAttribute('transform', transformAttribute(v)),
      onTransformEnd: (v) => useUiStore.getState().setViewport(v),
    });
    panZoom.setTransform(useUiStore.getState().viewport, { duration: 0 });
    panZoomRef.current = panZoom;
    return () => {
      panZoom.destroy();
      panZoomRef.current = null;
    };
  }, []);

  // Zoom to fit when asked (a newly opened workspace asks once).
  const fittedRequest = useRef(0);
  useLayoutEffect(() => {
    if (fitRequest === fittedRequest.current) return;
    fittedRequest.current = fitRequest;
    panZoomRef.current?.fitToBounds(sceneRef.current.bounds, { duration: 0, padding: FIT_PADDING });
  }, [fitRequest]);

  // Bring a selection made elsewhere (a flag in the side panel) into view.
  useEffect(() => {
    const rect = selectedId ? sceneRef.current.boundsById.get(selectedId) : undefined;
    if (rect) panZoomRef.current?.ensureVisible(rect, { padding: 32 });
  }, [selectedId]);

  const onSelect = useCallback((id: string) => select(id), [select]);

  const zoomIn = useCallback(() => panZoomRef.current?.zoomBy(ZOOM_STEP), []);
  const zoomOut = useCallback(() => panZoomRef.current?.zoomBy(1 / ZOOM_STEP), []);
  const zoomToFit = useCallback(() => panZoomRef.current?.fitToBounds(sceneRef.current.bounds, { padding: FIT_PADDING }), []);

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return; // leave browser and menu shortcuts alone
    const pz = panZoomRef.current;
    if (!pz) return;
    const onBackground = event.target === event.currentTarget;
    switch (event.key) {
      case '+': case '=': pz.zoomBy(ZOOM_STEP); break;
      case '-': case '_': case '−': pz.zoomBy(1 / ZOOM_STEP); break;
      case '0': pz.fitToBounds(sceneRef.current.bounds, { padding: FIT_PADDING }); break;
      case 'Escape': select(null); break;
      // Arrows pan only when the canvas itself has focus, so they stay free for nodes later.
      case 'ArrowLeft': if (!onBackground) return; pz.panBy(PAN_STEP, 0); break;
      case 'ArrowRight': if (!onBackground) return; pz.panBy(-PAN_STEP, 0); break;
      case 'ArrowUp': if (!onBackground) return; pz.panBy(0, PAN_STEP); break;
      case 'ArrowDown': if (!onBackground) return; pz.panBy(0, -PAN_STEP); break;
      default: return;
    }
    event.preventDefault();
  };

  // Tabbing to a node off screen: pan it into view. The browser would otherwise scroll the
  // overflow-hidden frame, which shifts the whole canvas out of place.
  const onFocus = (event: FocusEvent<SVGSVGElement>): void => {
    const id = event.target instanceof Element ? event.target.getAttribute('data-node-id') : null;
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
      <div className="canvas-frame" ref={frameRef} onScroll={onFrameScroll}>
        <svg
          ref={svgRef}
          className="canvas-svg"
          width="100%"
          height="100%"
          tabIndex={0}
          role="group"
          aria-roledescription="canvas"
          aria-label={`${scenario.name}: Tab moves between organisations; + and − zoom, 0 fits the view, arrow keys pan`}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
        >
          <defs>
            <pattern id="canvas-dots" width={24} height={24} patternUnits="userSpaceOnUse">
              <circle cx={1} cy={1} r={1} className="canvas-dot" />
            </pattern>
          </defs>
          {/* The background: a click here clears the selection; drags here pan. */}
          <rect className="canvas-background" width="100%" height="100%" onClick={() => select(null)} />
          <g ref={cameraRef} className="camera" data-testid="camera">
            <CanvasContent
              scenario={scenario}
              scene={scene}
              capPerHead={result.capPerHead}
              selectedId={selectedId}
              onSelect={onSelect}
            />
          </g>
        </svg>
      </div>
      <ZoomControls onZoomIn={zoomIn} onZoomOut={zoomOut} onZoomToFit={zoomToFit} />
      <CanvasLegend />
    </section>
  );
}
