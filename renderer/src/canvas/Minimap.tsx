import { memo, useEffect, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Viewport } from '../state/uiStore';
import type { Scene } from './buildScene';
import { useEditor } from '../editor/EditorContext';
import type { Rect } from './createPanZoom';

/** The minimap's size on screen, in pixels. */
const WIDTH = 200;
const HEIGHT = 140;
const PAN_STEP = 80;

/** The drawing's bounds with a margin, as the minimap's viewBox. */
function frameOf(bounds: Rect): Rect {
  const margin = Math.max(bounds.width, bounds.height) * 0.08 + 20;
  return {
    x: bounds.x - margin,
    y: bounds.y - margin,
    width: bounds.width + 2 * margin,
    height: bounds.height + 2 * margin,
  };
}

/** The part of the canvas (in canvas units) the camera shows. */
function visibleRect(v: Viewport, size: { width: number; height: number }): Rect {
  return { x: -v.x / v.k, y: -v.y / v.k, width: size.width / v.k, height: size.height / v.k };
}

/** Minimap pixels per canvas unit, and where `frame` starts in the minimap (its viewBox, fitted with xMidYMid meet). */
function fitOf(frame: Rect, width: number, height: number): { s: number; ox: number; oy: number } {
  const s = Math.min(width / frame.width, height / frame.height);
  return { s, ox: (width - frame.width * s) / 2, oy: (height - frame.height * s) / 2 };
}

/** The view box's outline, in minimap pixels. */
const EDGE = 1.5;

/** The view box's parts before they are stretched: a one-pixel fill, and bars one pixel long and EDGE thick. */
const VIEW_PARTS = {
  fill: { className: 'minimap-view-fill', width: 1, height: 1 },
  top: { className: 'minimap-view-edge', width: 1, height: EDGE },
  bottom: { className: 'minimap-view-edge', width: 1, height: EDGE },
  left: { className: 'minimap-view-edge', width: EDGE, height: 1 },
  right: { className: 'minimap-view-edge', width: EDGE, height: 1 },
} as const;

/**
 * The CSS transforms that draw the view's box (in minimap pixels): a one-pixel square stretched
 * to the box for its fill, and one-pixel-long bars stretched along each side, which keep their
 * thickness whatever the box's size.
 */
export function viewBoxTransforms(box: Rect): Record<keyof typeof VIEW_PARTS, string> {
  const at = (x: number, y: number, sx: number, sy: number): string =>
    `translate(${x}px,${y}px) scale(${sx},${sy})`;
  const { x, y, width: w, height: h } = box;
  return {
    fill: at(x, y, w, h),
    top: at(x, y, w, 1),
    bottom: at(x, y + h - EDGE, w, 1),
    left: at(x, y, 1, h),
    right: at(x + w - EDGE, y, 1, h),
  };
}

/** Card statuses, each drawn in its own colour ('none': not costed). */
const STATUSES = ['none', 'within', 'tight', 'over'] as const;

const rectPath = (r: Rect): string => `M${r.x},${r.y}h${r.width}v${r.height}h${-r.width}Z`;
const circlePath = (cx: number, cy: number, r: number): string =>
  `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;

/** The minimap's shapes as path data: clusters, cards by status, councils and providers, hubs of radius `hubRadius`. */
export function minimapShapes(
  scene: Scene,
  hubRadius: number,
): {
  clusters: string;
  cards: Record<(typeof STATUSES)[number], string>;
  orgs: string;
  hubs: string;
} {
  const cards: Record<(typeof STATUSES)[number], string[]> = {
    none: [],
    within: [],
    tight: [],
    over: [],
  };
  for (const c of scene.cards) cards[c.result?.status ?? 'none'].push(rectPath(c));
  return {
    clusters: scene.clusters.map(rectPath).join(''),
    cards: {
      none: cards.none.join(''),
      within: cards.within.join(''),
      tight: cards.tight.join(''),
      over: cards.over.join(''),
    },
    orgs: [...scene.localAuthorities, ...scene.providers].map(rectPath).join(''),
    hubs: scene.hubs.map((h) => circlePath(h.cx, h.cy, hubRadius)).join(''),
  };
}

/**
 * An overview of the whole scenario in the canvas's corner: every organisation as a small shape
 * and the view as a rectangle. Click or drag on it to move the view there; arrow keys pan. It
 * re-renders only when the scene changes: the view rectangle follows the camera through a
 * subscription that sets its parts' CSS transforms directly.
 */
export const Minimap = memo(function Minimap({ scene }: { readonly scene: Scene }) {
  const viewRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const frame = useMemo(() => frameOf(scene.bounds), [scene.bounds]);
  const frameRef = useRef(frame);
  frameRef.current = frame;
  const camera = useEditor().camera;

  useEffect(() => {
    const draw = (v: Viewport): void => {
      const size = camera.size;
      const el = viewRef.current;
      if (!size || !el) return;
      const r = visibleRect(v, size);
      const f = frameRef.current;
      const { s, ox, oy } = fitOf(f, WIDTH, HEIGHT);
      const parts = viewBoxTransforms({
        x: ox + (r.x - f.x) * s,
        y: oy + (r.y - f.y) * s,
        width: Math.max(0, r.width * s),
        height: Math.max(0, r.height * s),
      });
      for (const part of el.children) {
        const name = part.getAttribute('data-part');
        if (name && name in parts && part instanceof HTMLElement)
          part.style.transform = parts[name as keyof typeof parts];
      }
    };
    const now = camera.viewport;
    if (now) draw(now);
    return camera.subscribe(draw);
  }, [frame, camera]);

  // Minimap pixels to canvas units (the viewBox is fitted with xMidYMid meet).
  const toWorld = (clientX: number, clientY: number): { x: number; y: number } | null => {
    const svg = svgRef.current;
    if (!svg) return null;
    const box = svg.getBoundingClientRect();
    const f = frameRef.current;
    const { s, ox, oy } = fitOf(f, box.width, box.height);
    if (!(s > 0)) return null;
    return { x: f.x + (clientX - box.left - ox) / s, y: f.y + (clientY - box.top - oy) / s };
  };
  const centreAt = (event: PointerEvent<SVGSVGElement>): void => {
    const p = toWorld(event.clientX, event.clientY);
    if (p) camera.centreOn(p);
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>): void => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    centreAt(event);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>): void => {
    // Only a drag that began here: a card dragged across the minimap must not move the view.
    if (event.buttons & 1 && event.currentTarget.hasPointerCapture?.(event.pointerId))
      centreAt(event);
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>): void => {
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    const step = pan[event.key];
    if (!step) return;
    event.preventDefault();
    event.stopPropagation(); // arrows here pan; they must not also move the selection
    camera.panBy(step[0], step[1]);
  };

  // Strokes stay a pixel or two wide whatever the drawing's size.
  const unit = Math.max(frame.width / WIDTH, frame.height / HEIGHT);
  const shapes = useMemo(() => minimapShapes(scene, Math.max(20, 3 * unit)), [scene, unit]);
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
        <rect
          className="minimap-bg"
          x={frame.x}
          y={frame.y}
          width={frame.width}
          height={frame.height}
        />
        {/* One path per kind of shape (and per status for cards), not one element per
            organisation: at England scale that is ten elements instead of about 750 for the page
            to restyle and lay out whenever the drawing changes. */}
        <path className="minimap-cluster" d={shapes.clusters} strokeWidth={unit} />
        {STATUSES.map(
          (status) =>
            shapes.cards[status] && (
              <path
                key={status}
                className={`minimap-card status-${status}`}
                d={shapes.cards[status]}
              />
            ),
        )}
        <path className="minimap-org" d={shapes.orgs} />
        <path className="minimap-hub" d={shapes.hubs} />
      </svg>
      {/* The view's box moves on every frame of a pan or zoom. Drawn in the overview it was
          repainted each time: about half the page's paint work during a pan at England's fit view
          (issue 6). Its parts are moved by CSS transforms alone, on the compositor. */}
      <div
        ref={viewRef}
        className="minimap-view"
        style={{ width: WIDTH, height: HEIGHT }}
        aria-hidden="true"
      >
        {Object.entries(VIEW_PARTS).map(([part, { className, width, height }]) => (
          <div key={part} data-part={part} className={className} style={{ width, height }} />
        ))}
      </div>
    </div>
  );
});
