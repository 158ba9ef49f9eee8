import { centreOf } from '../../../shared/layout/layout';
import type { Viewport } from '../state/uiStore';
import type { Scene } from './buildScene';
import {
  CLUSTER_GRIP_SIZE,
  CLUSTER_MIN_HEIGHT,
  CLUSTER_MIN_WIDTH,
  GRID,
  chipOffset,
} from './canvasGeometry';
import { computeSnap, type Guide } from './computeSnap';
import type { Rect } from './createPanZoom';
import { dragGeometry } from './dragGeometry';
import { createDragGhosts } from './dragGhosts';
import { cardAt, clusterAt, clusterRects, type Point } from './dropTargets';
import { placeLine } from './lineShape';
import { hostLabelAt } from './HubEdges';
import { movingItems } from './movingItems';
import { overlapKey, overlapLabelAt } from './OverlapLinks';
import type { Move } from './planMove';
import {
  CANVAS_ATTRIBUTES,
  elementsBy,
  findBy,
  itemPressOf,
  readAttribute,
  selectorOf,
} from './pointer/canvasAttributes';
import {
  createPointerSession,
  type Gesture as SessionGesture,
  type GestureSource,
  type PointerSession,
} from './pointer/createPointerSession';
import { unionRect } from './unionRect';

/** A finished gesture, for the canvas to turn into edits. */
export type Drop =
  | { readonly type: 'move'; readonly moves: readonly Move[] }
  | { readonly type: 'locality'; readonly localityId: string; readonly toCcgId: string }
  | {
      readonly type: 'resize';
      readonly id: string;
      readonly width: number;
      readonly height: number;
    };

export interface NodeDragOptions {
  /** The scene as drawn now (read at the start of each gesture). */
  getScene(): Scene;
  /** The camera now: converts pointer positions to canvas units. */
  getViewport(): Viewport;
  /** The selected ids now: dragging a selected item moves all of them. */
  getSelection(): readonly string[];
  /** A press on an item, before any movement: the canvas selects it if it is not selected. */
  onPress?(id: string, event: PointerEvent): void;
  /** The press that onPress reported has ended (released, cancelled, or the engine destroyed). */
  onRelease?(): void;
  /**
   * Commits a finished gesture; returns false if it was refused. Called after the DOM has been
   * put back as React drew it, so a refusal needs no further clean-up and an accepted edit is
   * drawn by React from the new document.
   */
  onDrop(drop: Drop): boolean;
  /** Grid spacing in canvas units (Alt held: none). Defaults to GRID. */
  readonly grid?: number;
}

export type NodeDrag = PointerSession;

/** Screen pixels within which edges and centres line up. */
const ALIGN_THRESHOLD = 6;

interface Gesture {
  update(dx: number, dy: number, world: Point, event: PointerEvent): void;
  /** What to commit, or null for nothing (a locality dropped nowhere, a move snapped back). */
  result(): Drop | null;
}

function translate(x: number, y: number): string {
  return `translate(${x},${y})`;
}

/** The node drags alone, in a pointer session of their own on `svg`. */
export function createNodeDrag(
  svg: SVGSVGElement,
  camera: SVGGElement,
  overlay: SVGGElement,
  options: NodeDragOptions,
): NodeDrag {
  return createPointerSession(svg, [nodeDragGestures(svg, camera, overlay, options)]);
}

/**
 * Dragging on the canvas, kept out of React like createPanZoom: moving nodes (the whole selection,
 * with snapping to the grid and alignment guides), dragging a locality chip to another CCG card,
 * and resizing a cluster by its corner grip. While the pointer moves, this writes transforms and
 * line ends straight to the DOM (React does not re-render, nothing is stored); on release it hands
 * one Drop to `onDrop`. The pointer session (createPointerSession) decides when a press becomes
 * a drag and when it is released or abandoned (Esc puts everything back).
 * Side effects: temporarily rewrites attributes of the elements React drew under `camera`, always
 * restoring them; draws guides, the chip being dragged and drop highlights in `overlay`, which
 * React must leave empty.
 */
export function nodeDragGestures(
  svg: SVGSVGElement,
  camera: SVGGElement,
  overlay: SVGGElement,
  options: NodeDragOptions,
): GestureSource {
  const grid = options.grid ?? GRID;
  // Every attribute the gesture changed, with its value as React left it, to put back.
  const saved = new Map<Element, Map<string, string | null>>();
  const marked = new Set<Element>();
  let origin: { svgLeft: number; svgTop: number; view: Viewport; startWorld: Point } | null = null;

  const setAttr = (el: Element, name: string, value: string): void => {
    let attrs = saved.get(el);
    if (!attrs) saved.set(el, (attrs = new Map()));
    if (!attrs.has(name)) attrs.set(name, el.getAttribute(name));
    el.setAttribute(name, value);
  };
  const mark = (el: Element | null | undefined, className: string): void => {
    if (!el) return;
    el.classList.add(className);
    marked.add(el);
  };
  const unmarkAll = (className: string): void => {
    for (const el of marked) if (el.classList.contains(className)) el.classList.remove(className);
  };
  const restore = (): void => {
    for (const [el, attrs] of saved) {
      for (const [name, value] of attrs) {
        if (value === null) el.removeAttribute(name);
        else el.setAttribute(name, value);
      }
    }
    saved.clear();
    for (const el of marked)
      el.classList.remove('is-drag-source', 'is-drop-target', 'is-dragging', 'is-drag-hidden');
    marked.clear();
    overlay.replaceChildren();
  };

  const nodeElements = (): Map<string, Element> => elementsBy(camera, 'nodeId');

  const toWorld = (clientX: number, clientY: number): Point => {
    if (!origin) return { x: 0, y: 0 };
    const { svgLeft, svgTop, view } = origin;
    return { x: (clientX - svgLeft - view.x) / view.k, y: (clientY - svgTop - view.y) / view.k };
  };

  // The guides' lines are moved, not made afresh, as the drag goes on: each new one was a new
  // compositor layer for the browser to make and draw.
  const drawGuides = (guides: readonly Guide[]): void => {
    const lines = [...overlay.querySelectorAll('.guide')];
    for (const extra of lines.splice(guides.length)) extra.remove();
    for (const [i, g] of guides.entries()) {
      let line = lines[i];
      if (!line) {
        line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
        line.setAttribute('class', 'guide');
        overlay.appendChild(line);
      }
      placeLine(
        line,
        g.axis === 'x'
          ? { x1: g.at, y1: g.from - 16, x2: g.at, y2: g.to + 16 }
          : { x1: g.from - 16, y1: g.at, x2: g.to + 16, y2: g.at },
      );
    }
  };

  const moveGesture = (id: string, event: PointerEvent): Gesture | null => {
    const scene = options.getScene();
    const selection = options.getSelection();
    const ids = selection.includes(id) ? selection : event.shiftKey ? [...selection, id] : [id];
    const items = movingItems(scene, ids);
    if (items.length === 0) return null;
    const moving = new Set(items.map((i) => i.id));
    const box = unionRect(items.map((i) => i.box));
    if (!box) return null;
    const elements = nodeElements();
    const others: Rect[] = [];
    for (const item of scene.items.values()) if (!moving.has(item.id)) others.push(item.box);
    const edgeEls = new Map<string, { line: Element; label: Element | null }>();
    for (const line of camera.querySelectorAll(`line${selectorOf('hub')}`)) {
      const key = `${readAttribute(line, 'hub')}|${readAttribute(line, 'target')}`;
      const label = line.parentElement?.querySelector(selectorOf('edgeLabel')) ?? null;
      edgeEls.set(key, { line, label });
    }
    const overlapEls = new Map<string, Element>();
    for (const link of camera.querySelectorAll(selectorOf('overlap')))
      overlapEls.set(readAttribute(link, 'overlap') ?? '', link);
    const grabbed = scene.items.get(id);
    const clusters = clusterRects(scene);
    // What moves is drawn as copies in the overlay while the originals are hidden (dragGhosts.ts).
    const ghosts = createDragGhosts(overlay, (el) => mark(el, 'is-drag-hidden'));
    const ghostEdges = new Map<string, { line: Element; label: Element | null }>();
    const ghostEdge = (key: string): { line: Element; label: Element | null } | null => {
      const known = ghostEdges.get(key);
      if (known) return known;
      const els = edgeEls.get(key);
      if (!els) return null;
      const copy = ghosts.of(els.line.parentElement ?? els.line, 'line', key);
      const line = copy.matches('line') ? copy : copy.querySelector('line');
      if (!line) return null;
      const found = { line, label: copy.querySelector(selectorOf('edgeLabel')) };
      ghostEdges.set(key, found);
      return found;
    };
    for (const item of items) {
      const el = elements.get(item.id);
      if (el) ghosts.of(el, 'node', item.id).classList.add('is-dragging');
    }
    let last = { dx: 0, dy: 0 };
    let dropCluster: string | null = null;
    let lastGuides = '';
    let setOnce = false;

    return {
      update(rawDx, rawDy, _world, e) {
        const threshold = ALIGN_THRESHOLD / (origin?.view.k ?? 1);
        const snap = computeSnap({
          box,
          dx: rawDx,
          dy: rawDy,
          others,
          grid: e.altKey ? null : grid,
          threshold,
        });
        // Snapping holds the items still for several pointer moves: touch the DOM only when they move.
        const guideKey = JSON.stringify(snap.guides);
        if (snap.dx === last.dx && snap.dy === last.dy && guideKey === lastGuides && setOnce)
          return;
        setOnce = true;
        lastGuides = guideKey;
        last = { dx: snap.dx, dy: snap.dy };
        const geometry = dragGeometry(scene, moving, snap.dx, snap.dy);
        for (const [itemId, at] of geometry.items) {
          const el = elements.get(itemId);
          if (el) ghosts.of(el, 'node', itemId).setAttribute('transform', translate(at.x, at.y));
        }
        for (const [hubId, c] of geometry.hubs) {
          const el = elements.get(hubId);
          if (el && !moving.has(hubId))
            ghosts.of(el, 'node', hubId).setAttribute('transform', translate(c.cx, c.cy));
        }
        for (const edge of geometry.edges) {
          const els = ghostEdge(`${edge.hubId}|${edge.targetId}`);
          if (!els) continue;
          placeLine(els.line, edge);
          if (els.label) {
            const at = hostLabelAt(edge);
            els.label.setAttribute('x', String(at.x));
            els.label.setAttribute('y', String(at.y));
          }
        }
        for (const o of geometry.overlaps) {
          const key = overlapKey(o);
          const el = overlapEls.get(key);
          if (!el) continue;
          const copy = ghosts.of(el, 'line', `overlap:${key}`);
          const line = copy.querySelector('line');
          if (line) placeLine(line, o);
          copy
            .querySelector(selectorOf('overlapLabel'))
            ?.setAttribute('transform', overlapLabelAt(o));
        }
        drawGuides(snap.guides);
        // Show which cluster a dragged CCG would join (class changes restyle a whole region, so
        // only when the cluster under it changes).
        const grabbedNow = geometry.items.get(id);
        if (grabbed?.kind === 'ccg' && grabbedNow) {
          const under = clusterAt(clusters, centreOf(grabbedNow.box));
          const target = under && !moving.has(under) ? under : null;
          if (target !== dropCluster) {
            unmarkAll('is-drop-target');
            dropCluster = target;
            if (target) mark(elements.get(target), 'is-drop-target');
          }
        }
      },
      result() {
        if (last.dx === 0 && last.dy === 0) return null;
        return {
          type: 'move',
          moves: items.map((i) => ({ id: i.id, x: i.x + last.dx, y: i.y + last.dy })),
        };
      },
    };
  };

  const localityGesture = (localityId: string, chip: Element): Gesture | null => {
    const scene = options.getScene();
    const card = scene.cards.find((c) => c.localities.some((l) => l.id === localityId));
    if (!card) return null;
    const offset = chipOffset(card.localities.findIndex((l) => l.id === localityId));
    const start = { x: card.x + offset.x, y: card.y + offset.y };
    const elements = nodeElements();
    // A copy follows the pointer above everything; the chip itself stays, dimmed, until the drop.
    const ghost = chip.cloneNode(true) as Element;
    for (const attr of [
      'tabindex',
      'role',
      'aria-label',
      'aria-pressed',
      CANVAS_ATTRIBUTES.localityId,
    ])
      ghost.removeAttribute(attr);
    ghost.setAttribute('aria-hidden', 'true');
    ghost.classList.add('locality-ghost');
    ghost.setAttribute('transform', translate(start.x, start.y));
    overlay.appendChild(ghost);
    mark(chip, 'is-drag-source');
    let target: string | null = null;
    return {
      update(dx, dy, world) {
        ghost.setAttribute('transform', translate(start.x + dx, start.y + dy));
        const over = cardAt(scene, world, card.node.id);
        const next = over?.node.id ?? null;
        if (next === target) return;
        unmarkAll('is-drop-target');
        target = next;
        if (target) mark(elements.get(target), 'is-drop-target');
      },
      result: () => (target ? { type: 'locality', localityId, toCcgId: target } : null),
    };
  };

  const resizeGesture = (clusterId: string): Gesture | null => {
    const scene = options.getScene();
    const cluster = scene.clusters.find((c) => c.id === clusterId);
    const el = nodeElements().get(clusterId);
    if (!cluster || !el) return null;
    const body = findBy(el, 'clusterPart', 'body');
    const header = findBy(el, 'clusterPart', 'header');
    const grip = el.querySelector(selectorOf('resizeHandle'));
    mark(el, 'is-dragging');
    let size = { width: cluster.width, height: cluster.height };
    return {
      update(dx, dy, _world, e) {
        let right = cluster.x + Math.max(CLUSTER_MIN_WIDTH, cluster.width + dx);
        let bottom = cluster.y + Math.max(CLUSTER_MIN_HEIGHT, cluster.height + dy);
        if (!e.altKey) {
          right = Math.round(right / grid) * grid;
          bottom = Math.round(bottom / grid) * grid;
        }
        size = {
          width: Math.round(Math.max(CLUSTER_MIN_WIDTH, right - cluster.x)),
          height: Math.round(Math.max(CLUSTER_MIN_HEIGHT, bottom - cluster.y)),
        };
        if (body) {
          setAttr(body, 'width', String(size.width));
          setAttr(body, 'height', String(size.height));
        }
        if (header) setAttr(header, 'width', String(size.width));
        if (grip)
          setAttr(
            grip,
            'transform',
            translate(size.width - CLUSTER_GRIP_SIZE, size.height - CLUSTER_GRIP_SIZE),
          );
      },
      result: () =>
        size.width === cluster.width && size.height === cluster.height
          ? null
          : { type: 'resize', id: clusterId, width: size.width, height: size.height },
    };
  };

  /** Where the drag began and how the camera stood then: pointer positions become canvas units. */
  const begin = (press: PointerEvent): void => {
    const box = svg.getBoundingClientRect();
    origin = {
      svgLeft: box.left,
      svgTop: box.top,
      view: options.getViewport(),
      startWorld: { x: 0, y: 0 },
    };
    origin.startWorld = toWorld(press.clientX, press.clientY);
  };

  /** Runs one of the gestures above until it is released (dropped) or abandoned (put back). */
  const drive = (inner: Gesture | null): SessionGesture | null => {
    if (!inner) {
      origin = null;
      return null;
    }
    return {
      move(e) {
        if (!origin) return;
        const world = toWorld(e.clientX, e.clientY);
        inner.update(world.x - origin.startWorld.x, world.y - origin.startWorld.y, world, e);
      },
      commit() {
        origin = null;
        const drop = inner.result();
        restore();
        if (drop) options.onDrop(drop);
      },
      abandon() {
        origin = null;
        restore();
      },
    };
  };

  return {
    claim(e) {
      if (e.ctrlKey || e.metaKey) return null;
      const target = e.target instanceof Element ? e.target : null;
      if (!target || !camera.contains(target)) return null;
      const press = itemPressOf(target);
      if (!press || press.kind === 'connect') return null;
      const { id } = press;
      if (press.kind === 'move') {
        return {
          kind: 'move',
          begin: () => options.onPress?.(id, e),
          start: (down) => {
            begin(down);
            return drive(moveGesture(id, down));
          },
          end: () => options.onRelease?.(),
        };
      }
      if (press.kind === 'resize')
        return {
          kind: 'resize',
          start: (down) => {
            begin(down);
            return drive(resizeGesture(id));
          },
        };
      return {
        kind: 'chip',
        start: (down) => {
          begin(down);
          const chip = findBy(camera, 'localityId', id);
          return drive(chip ? localityGesture(id, chip) : null);
        },
      };
    },
  };
}
