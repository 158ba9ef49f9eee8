import { memo, useEffect, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Viewport } from '../state/uiStore';
import type { Scene } from './buildScene';
import { getCanvasHandle, subscribeViewport } from './canvasHandle';
import type { Rect } from './createPanZoom';

/** The minimap's size on screen, in pixels. */
const WIDTH = 200;
const HEIGHT = 140;
const PAN_STEP = 80;

/** The drawing's bounds with a margin, as the minimap's viewBox. */
function frameOf(bounds: Rect): Rect {
  const margin = Math.max(bounds.width, bounds.height) * 0.08 + 20;
  return { x: bounds.x - margin, y: bounds.y - margin, width: bounds.width + 2 * margin, height: bounds.height + 2 * margin };
}

/** The part of the canvas (in canvas units) the camera shows. */
function visibleRect(v: Viewport, size: { width: number; height: number }): Rect {
  return { x: -v.x / v.k, y: -v.y / v.k, width: size.width / v.k, height: size.height / v.k };
}

/**
 * An overview of the whole scenario in the canvas's corner: every organisation as a small shape
 * and the view as a rectangle. Click or drag on it to move the view there; arrow keys pan. It
 * re-renders only when the scene changes: the view rectangle follows the camera through a
 * subscription that writes its attributes directly.
 */
export const Minimap = memo(function Minimap({ scene }: { readonly scene: Scene }) {
  const viewRef = useRef<SVGRectElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const frame = useMemo(() => frameOf(scene.bounds), [scene.bounds]);
  const frameRef = useRef(frame);
  frameRef.current = frame;

  useEffect(() => {
    const draw = (v: Viewport): void => {
      const handle = getCanvasHandle();
      const el = viewRef.current;
      if (!handle || !el) return;
      const r = visibleRect(v, handle.getSize());
      el.setAttribute('x', String(r.x));
      el.setAttribute('y', String(r.y));
      el.setAttribute('width', String(Math.max(0, r.width)));
      el.setAttribute('height', String(Math.max(0, r.height)));
    };
    const handle = getCanvasHandle();
    if (handle) draw(handle.getViewport());
    return subscribeViewport(draw);
  }, [frame]);

  // Minimap pixels to canvas units (the viewBox is fitted with xMidYMid meet).
  const toWorld = (clientX: number, clientY: number): { x: number; y: number } | null => {
    const svg = svgRef.current;
    if (!svg) return null;
    const box = svg.getBoundingClientRect();
    const f = frameRef.current;
    const s = Math.min(box.width / f.width, box.height / f.height);
    if (!(s > 0)) return null;
    const ox = (box.width - f.width * s) / 2;
    const oy = (box.height - f.height * s) / 2;
    return { x: f.x + (clientX - box.left - ox) / s, y: f.y + (clientY - box.top - oy) / s };
  };
  const centreAt = (event: PointerEvent<SVGSVGElement>): void => {
    const p = toWorld(event.clientX, event.clientY);
    if (p) getCanvasHandle()?.centreOn(p);
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>): void => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    centreAt(event);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>): void => {
    // Only a drag that began here: a card dragged across the minimap must not move the view.
    if (event.buttons & 1 && event.currentTarget.hasPointerCapture?.(event.pointerId)) centreAt(event);
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>): void => {
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP],
    };
    const step = pan[event.key];
    if (!step) return;
    event.preventDefault();
    event.stopPropagation(); // arrows here pan; they must not also move the selection
    getCanvasHandle()?.panBy(step[0], step[1]);
  };

  // Strokes stay a pixel or two wide whatever the drawing's size.
  const unit = Math.max(frame.width / WIDTH, frame.height / HEIGHT);
  return (
    <div className="minimap">
      <svg
        ref={svgRef}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
        role="group"
        aria-label="Minimap: click or drag to move the view there; arrow keys pan"
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      >
        <rect className="minimap-bg" x={frame.x} y={frame.y} width={frame.width} height={frame.height} />
        {scene.clusters.map((c) => (
          <rect key={c.id} className="minimap-cluster" x={c.x} y={c.y} width={c.width} height={c.height} strokeWidth={unit} />
        ))}
        {scene.cards.map((c) => (
          <rect key={c.node.id} className={`minimap-card status-${c.result?.status ?? 'none'}`} x={c.x} y={c.y} width={c.width} height={c.height} />
        ))}
        {[...scene.localAuthorities, ...scene.providers].map((b) => (
          <rect key={b.node.id} className="minimap-org" x={b.x} y={b.y} width={b.width} height={b.height} />
        ))}
        {scene.hubs.map((h) => <circle key={h.arrangement.id} className="minimap-hub" cx={h.cx} cy={h.cy} r={Math.max(20, 3 * unit)} />)}
        <rect ref={viewRef} className="minimap-view" strokeWidth={2 * unit} />
      </svg>
    </div>
  );
});
