import type { Viewport } from '../state/uiStore';
import type { Scene } from './buildScene';
import { cardAt, type Point } from './dropTargets';
import { placeLine } from './lineShape';
import { findBy, itemPressOf } from './pointer/canvasAttributes';
import type { GestureSource } from './pointer/createPointerSession';

export interface ConnectDragOptions {
  /** The scene as drawn now (read at the start of each gesture). */
  getScene(): Scene;
  /** The camera now: converts pointer positions to canvas units. */
  getViewport(): Viewport;
  /** A line dropped on a CCG card: the canvas adds the CCG to the arrangement. */
  onConnect(arrangementId: string, ccgId: string): void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Connecting a CCG to an arrangement by dragging from the "+" handle on a selected hub to a CCG
 * card, kept out of React like createNodeDrag: a temporary line in `overlay` follows the pointer
 * from the press on and the card under it is highlighted; on release over a card `onConnect` is
 * called once. The pointer session runs the press (Esc abandons it).
 * Side effects: draws only in `overlay` and toggles `is-drop-target` on the card under the
 * pointer, always removing both afterwards.
 */
export function connectGestures(
  svg: SVGSVGElement,
  camera: SVGGElement,
  overlay: SVGGElement,
  options: ConnectDragOptions,
): GestureSource {
  const toWorld = (clientX: number, clientY: number): Point => {
    const box = svg.getBoundingClientRect();
    const view = options.getViewport();
    return { x: (clientX - box.left - view.x) / view.k, y: (clientY - box.top - view.y) / view.k };
  };

  return {
    claim(e) {
      const press = itemPressOf(e.target);
      if (press?.kind !== 'connect' || !camera.contains(press.element)) return null;
      const arrangementId = press.id;
      return {
        kind: 'connect',
        startsOnPress: true,
        start(down) {
          const scene = options.getScene();
          const hub = scene.hubs.find((h) => h.arrangement.id === arrangementId);
          if (!hub) return null;
          const from = { x: hub.cx, y: hub.cy };
          const p = toWorld(down.clientX, down.clientY);
          const line = document.createElementNS(SVG_NS, 'line');
          line.setAttribute('class', 'connect-line');
          placeLine(line, { x1: from.x, y1: from.y, x2: p.x, y2: p.y });
          overlay.appendChild(line);
          let target: string | null = null;
          const setTarget = (id: string | null): void => {
            if (target === id) return;
            if (target) findBy(camera, 'nodeId', target)?.classList.remove('is-drop-target');
            target = id;
            if (id) findBy(camera, 'nodeId', id)?.classList.add('is-drop-target');
          };
          const putBack = (): string | null => {
            const was = target;
            setTarget(null);
            line.remove();
            return was;
          };
          return {
            move(ev) {
              const at = toWorld(ev.clientX, ev.clientY);
              placeLine(line, { x1: from.x, y1: from.y, x2: at.x, y2: at.y });
              setTarget(cardAt(scene, at)?.node.id ?? null);
            },
            commit() {
              const dropped = putBack();
              if (dropped) options.onConnect(arrangementId, dropped);
            },
            abandon() {
              putBack();
            },
          };
        },
      };
    },
  };
}
