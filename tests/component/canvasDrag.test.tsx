// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { costScenario } from '../../shared/costing/costScenario';
import type { Arrangement, Node, Scenario } from '../../shared/model/workspace';
import { buildScene, type Scene } from '../../renderer/src/canvas/buildScene';
import { CanvasContent } from '../../renderer/src/canvas/CanvasContent';
import { createNodeDrag, type Drop } from '../../renderer/src/canvas/createNodeDrag';
import { createMarquee } from '../../renderer/src/canvas/createMarquee';
import { BARFORD, CARLOW, NORTH_CLUSTER, workspaceOf } from './fixtures';
import { drawnEnds } from './lineEnds';

// The drag engine against the real canvas drawing in jsdom: it moves the DOM while the pointer
// moves (React is not involved) and hands over exactly one Drop when the pointer is released.

afterEach(cleanup);

const nodes: Node[] = [
  NORTH_CLUSTER,
  {
    kind: 'ccg',
    id: 'ccg-a',
    name: 'Ashby CCG',
    clusterId: 'cl-north',
    federated: true,
    x: 40,
    y: 100,
  },
  { kind: 'locality', id: 'loc-a1', name: 'Ashby Town', ccgId: 'ccg-a', population: 60_000 },
  { kind: 'locality', id: 'loc-a2', name: 'Ashby Vale', ccgId: 'ccg-a', population: 50_000 },
  BARFORD,
  CARLOW,
];
const arrangements: Arrangement[] = [
  {
    id: 'arr-1',
    name: 'Shared back office',
    model: 'shared-service',
    members: ['ccg-a', 'ccg-c'],
    functions: ['hr'],
    x: 500,
    y: 400,
  },
];

interface Harness {
  readonly svg: SVGSVGElement;
  readonly onDrop: ReturnType<typeof vi.fn<(drop: Drop) => boolean>>;
  readonly renders: { count: number };
  readonly destroy: () => void;
  readonly selection: string[];
}

function setUp(
  selection: string[] = [],
  accept = true,
  workspace = workspaceOf(nodes, arrangements),
): Harness {
  const scenario = workspace.scenarios[0] as Scenario;
  const scene: Scene = buildScene(scenario, costScenario(workspace, scenario.id));
  const renders = { count: 0 };
  const Counted = () => {
    renders.count++;
    return (
      <CanvasContent
        scenario={scenario}
        scene={scene}
        capPerHead={25}
        yearLabel="2013/14"
        selected={new Set(selection)}
        onSelect={() => {}}
      />
    );
  };
  const { container } = render(
    <svg data-testid="svg">
      <g data-testid="content">
        <Counted />
      </g>
      <g data-testid="overlay" />
    </svg>,
  );
  const svg = container.querySelector('svg') as SVGSVGElement;
  const content = container.querySelector('[data-testid="content"]') as SVGGElement;
  const overlay = container.querySelector('[data-testid="overlay"]') as SVGGElement;
  const onDrop = vi.fn<(drop: Drop) => boolean>(() => accept);
  const drag = createNodeDrag(svg, content, overlay, {
    getScene: () => scene,
    getViewport: () => ({ x: 0, y: 0, k: 1 }),
    getSelection: () => selection,
    onDrop,
  });
  return { svg, onDrop, renders, destroy: () => drag.destroy(), selection };
}

function pointer(
  type: string,
  target: EventTarget,
  x: number,
  y: number,
  init: PointerEventInit = {},
): void {
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      cancelable: true,
      clientX: x,
      clientY: y,
      pointerId: 1,
      button: 0,
      ...init,
    }),
  );
}

function transformOf(svg: SVGSVGElement, id: string): string | null {
  return svg.querySelector(`[data-node-id="${id}"]`)?.getAttribute('transform') ?? null;
}

/** Where the canvas shows `id` now: the copy a drag moves in the overlay (dragGhosts.ts), else `id` itself. */
function shownTransformOf(svg: SVGSVGElement, id: string): string | null {
  const ghost = svg.querySelector(`[data-testid="overlay"] [data-ghost-of="${id}"]`);
  return ghost ? ghost.getAttribute('transform') : transformOf(svg, id);
}

/** The line from hub to target as shown now: its copy while a drag moves it, else the line itself. */
function shownLine(svg: SVGSVGElement, hub: string, target: string): Element | null {
  return (
    svg.querySelector(`[data-testid="overlay"] [data-ghost-of="${hub}|${target}"] line`) ??
    svg.querySelector(`line[data-hub="${hub}"][data-target="${target}"]`)
  );
}

describe('createNodeDrag', () => {
  it('moves the card and its lines in the DOM while dragging, without rendering, then drops one move', () => {
    const h = setUp();
    const rendersBefore = h.renders.count;
    const card = h.svg.querySelector('[data-node-id="ccg-c"] .card-frame') as Element;
    const line = h.svg.querySelector('line[data-hub="arr-1"][data-target="ccg-c"]') as Element;
    const drawn = drawnEnds(line);
    expect(drawn).toMatchObject({ x2: 920 });
    pointer('pointerdown', card, 900, 150);
    pointer('pointermove', window, 920, 160);
    pointer('pointermove', window, 953, 88);
    // Snapped to the 10-unit grid: (800, 100) + (53, −62) → (850, 40). What moves is a copy in the
    // overlay, with its line; the originals stay where React drew them, hidden.
    expect(shownTransformOf(h.svg, 'ccg-c')).toBe('translate(850,40)');
    expect(drawnEnds(shownLine(h.svg, 'arr-1', 'ccg-c'))).toEqual({
      x1: drawn?.x1,
      y1: drawn?.y1,
      x2: 970,
      y2: 85,
    });
    expect(transformOf(h.svg, 'ccg-c')).toBe('translate(800,100)');
    expect(
      h.svg.querySelector('[data-node-id="ccg-c"]')?.classList.contains('is-drag-hidden'),
    ).toBe(true);
    expect(line.parentElement?.classList.contains('is-drag-hidden')).toBe(true);
    // The copy is not a second card for keyboard or screen-reader users.
    const copy = h.svg.querySelector('[data-testid="overlay"] [data-ghost-of="ccg-c"]');
    expect(copy?.getAttribute('aria-hidden')).toBe('true');
    expect(copy?.querySelector('[tabindex], [role], [data-node-id]')).toBeNull();
    expect(h.renders.count).toBe(rendersBefore);
    expect(h.onDrop).not.toHaveBeenCalled();
    pointer('pointerup', window, 953, 88);
    expect(h.onDrop).toHaveBeenCalledTimes(1);
    expect(h.onDrop).toHaveBeenCalledWith({
      type: 'move',
      moves: [{ id: 'ccg-c', x: 850, y: 40 }],
    });
    // The DOM is handed back as React drew it: React draws the committed position from the store.
    expect(transformOf(h.svg, 'ccg-c')).toBe('translate(800,100)');
    expect(h.svg.querySelector('[data-testid="overlay"]')?.childElementCount).toBe(0);
    expect(h.svg.querySelector('.is-drag-hidden')).toBeNull();
    expect(drawnEnds(line)).toEqual(drawn);
    expect(h.renders.count).toBe(rendersBefore);
    h.destroy();
  });

  it('carries the dragged CCG’s population-overlap line and its label with it; the council’s end stays', () => {
    const council: Node = {
      kind: 'localAuthority',
      id: 'la-x',
      name: 'Exe Council',
      population: 400_000,
      x: 800,
      y: 600,
    };
    const h = setUp(
      [],
      true,
      workspaceOf([...nodes, council], arrangements, 's1', [
        { ccgId: 'ccg-c', laId: 'la-x', share: 0.4 },
      ]),
    );
    const link = h.svg.querySelector('[data-overlap="ccg-c|la-x"]') as Element;
    const before = drawnEnds(link.querySelector('line'));
    pointer(
      'pointerdown',
      h.svg.querySelector('[data-node-id="ccg-c"] .card-frame') as Element,
      900,
      150,
    );
    pointer('pointermove', window, 920, 160);
    pointer('pointermove', window, 953, 88);
    // The card moved by (+50, −60), as in the first test; the line's CCG end with it.
    expect(shownTransformOf(h.svg, 'ccg-c')).toBe('translate(850,40)');
    const copy = h.svg.querySelector(
      '[data-testid="overlay"] [data-ghost-of="overlap:ccg-c|la-x"]',
    );
    const moved = drawnEnds(copy?.querySelector('line'));
    expect(moved).toEqual({
      x1: (before?.x1 ?? 0) + 50,
      y1: (before?.y1 ?? 0) - 60,
      x2: before?.x2,
      y2: before?.y2,
    });
    // The "40%" label a third of the way from the council along the moved line.
    const m = moved ?? { x1: 0, y1: 0, x2: 0, y2: 0 };
    expect(copy?.querySelector('[data-overlap-label]')?.getAttribute('transform')).toBe(
      `translate(${m.x2 + (m.x1 - m.x2) / 3},${m.y2 + (m.y1 - m.y2) / 3})`,
    );
    expect(link.classList.contains('is-drag-hidden')).toBe(true);
    pointer('pointerup', window, 953, 88);
    expect(h.svg.querySelector('[data-testid="overlay"]')?.childElementCount).toBe(0);
    expect(link.classList.contains('is-drag-hidden')).toBe(false);
    h.destroy();
  });

  it('lines an edge or centre up with a neighbour’s and draws a guide', () => {
    const h = setUp();
    pointer(
      'pointerdown',
      h.svg.querySelector('[data-node-id="ccg-c"] .card-frame') as Element,
      900,
      150,
    );
    // Down by 28: Carlow's centre (173) comes within 2 of Ashby's (171) and lines up with it.
    pointer('pointermove', window, 953, 178);
    expect(shownTransformOf(h.svg, 'ccg-c')).toBe('translate(850,126)');
    const guide = h.svg.querySelector('[data-testid="overlay"] .guide');
    expect(drawnEnds(guide)).toMatchObject({ y1: 171, y2: 171 });
    pointer('pointerup', window, 953, 178);
    expect(h.svg.querySelector('.guide')).toBeNull();
    h.destroy();
  });

  it('moves the whole selection when a selected item is dragged; Alt turns the grid off', () => {
    const h = setUp(['ccg-b', 'ccg-c']);
    pointer(
      'pointerdown',
      h.svg.querySelector('[data-node-id="ccg-b"] .card-frame') as Element,
      400,
      150,
    );
    pointer('pointermove', window, 407, 163, { altKey: true });
    expect(shownTransformOf(h.svg, 'ccg-b')).toBe('translate(327,113)');
    expect(shownTransformOf(h.svg, 'ccg-c')).toBe('translate(807,113)');
    pointer('pointerup', window, 407, 163);
    expect(h.onDrop).toHaveBeenCalledWith({
      type: 'move',
      moves: [
        { id: 'ccg-b', x: 327, y: 113 },
        { id: 'ccg-c', x: 807, y: 113 },
      ],
    });
    h.destroy();
  });

  it('a press without movement is a click, not a drag', () => {
    const h = setUp();
    const card = h.svg.querySelector('[data-node-id="ccg-c"] .card-frame') as Element;
    pointer('pointerdown', card, 900, 150);
    pointer('pointermove', window, 901, 151);
    pointer('pointerup', window, 901, 151);
    expect(h.onDrop).not.toHaveBeenCalled();
    expect(transformOf(h.svg, 'ccg-c')).toBe('translate(800,100)');
    h.destroy();
  });

  it('Esc abandons the drag and puts everything back', () => {
    const h = setUp();
    pointer(
      'pointerdown',
      h.svg.querySelector('[data-node-id="ccg-c"] .card-frame') as Element,
      900,
      150,
    );
    pointer('pointermove', window, 1000, 250);
    expect(shownTransformOf(h.svg, 'ccg-c')).not.toBe('translate(800,100)');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(shownTransformOf(h.svg, 'ccg-c')).toBe('translate(800,100)');
    expect(h.svg.querySelector('.is-drag-hidden')).toBeNull();
    expect(drawnEnds(h.svg.querySelector('line[data-target="ccg-c"]'))).toMatchObject({ x2: 920 });
    pointer('pointerup', window, 1000, 250);
    expect(h.onDrop).not.toHaveBeenCalled();
    h.destroy();
  });

  it('a cluster carries its CCGs', () => {
    const h = setUp();
    pointer('pointerdown', h.svg.querySelector('[data-cluster-part="header"]') as Element, 100, 20);
    pointer('pointermove', window, 150, -10);
    pointer('pointerup', window, 150, -10);
    expect(h.onDrop).toHaveBeenCalledWith({
      type: 'move',
      moves: [
        { id: 'cl-north', x: 50, y: -30 },
        { id: 'ccg-a', x: 90, y: 70 },
        { id: 'ccg-b', x: 370, y: 70 },
      ],
    });
    h.destroy();
  });

  it('a locality chip dropped on another card becomes a locality move; dropped elsewhere, nothing', () => {
    const h = setUp();
    const chip = h.svg.querySelector('[data-locality-id="loc-a2"]') as Element;
    pointer('pointerdown', chip.querySelector('.chip-frame') as Element, 100, 220);
    pointer('pointermove', window, 300, 200);
    expect(chip.classList.contains('is-drag-source')).toBe(true);
    expect(h.svg.querySelector('.locality-ghost')).not.toBeNull();
    pointer('pointermove', window, 900, 150);
    expect(
      h.svg.querySelector('[data-node-id="ccg-c"]')?.classList.contains('is-drop-target'),
    ).toBe(true);
    pointer('pointerup', window, 900, 150);
    expect(h.onDrop).toHaveBeenCalledWith({
      type: 'locality',
      localityId: 'loc-a2',
      toCcgId: 'ccg-c',
    });
    expect(h.svg.querySelector('.locality-ghost')).toBeNull();
    expect(chip.classList.contains('is-drag-source')).toBe(false);

    h.onDrop.mockClear();
    pointer('pointerdown', chip.querySelector('.chip-frame') as Element, 100, 220);
    pointer('pointermove', window, 700, 600);
    pointer('pointerup', window, 700, 600);
    expect(h.onDrop).not.toHaveBeenCalled();
    h.destroy();
  });

  it('resizes a cluster by its grip, snapped, never below the minimum', () => {
    const h = setUp();
    const grip = h.svg.querySelector('[data-resize-handle="cl-north"]') as Element;
    pointer('pointerdown', grip, 590, 290);
    pointer('pointermove', window, 644, 333);
    expect(h.svg.querySelector('[data-cluster-part="body"]')?.getAttribute('width')).toBe('650');
    pointer('pointerup', window, 644, 333);
    expect(h.onDrop).toHaveBeenLastCalledWith({
      type: 'resize',
      id: 'cl-north',
      width: 650,
      height: 340,
    });
    pointer('pointerdown', grip, 590, 290);
    pointer('pointermove', window, 0, 0);
    pointer('pointerup', window, 0, 0);
    expect(h.onDrop).toHaveBeenLastCalledWith({
      type: 'resize',
      id: 'cl-north',
      width: 200,
      height: 120,
    });
    h.destroy();
  });
});

describe('createMarquee', () => {
  it('Shift+drag on the background reports the swept rectangle in canvas units', () => {
    // As on the canvas: the frame takes the press on its backdrop; the sweep is drawn in the drawing.
    const { container } = render(
      <div data-testid="frame">
        <svg>
          <rect data-testid="bg" width="100" height="100" />
        </svg>
        <svg>
          <g data-testid="overlay" />
        </svg>
      </div>,
    );
    const frame = container.querySelector('[data-testid="frame"]') as HTMLElement;
    const onSelect = vi.fn();
    const marquee = createMarquee(
      frame,
      container.querySelector('[data-testid="overlay"]') as SVGGElement,
      {
        getViewport: () => ({ x: 100, y: 50, k: 2 }),
        isNodeTarget: () => false,
        onSelect,
      },
    );
    const bg = container.querySelector('[data-testid="bg"]') as Element;
    pointer('pointerdown', bg, 300, 250, { shiftKey: true });
    pointer('pointermove', window, 200, 450);
    expect(frame.querySelector('.marquee')?.getAttribute('width')).toBe('50');
    pointer('pointerup', window, 200, 450);
    expect(onSelect).toHaveBeenCalledWith({ x: 50, y: 100, width: 50, height: 100 });
    expect(frame.querySelector('.marquee')).toBeNull();
    // Without Shift the background drag is left to panning.
    pointer('pointerdown', bg, 300, 250);
    pointer('pointermove', window, 200, 450);
    pointer('pointerup', window, 200, 450);
    expect(onSelect).toHaveBeenCalledTimes(1);
    marquee.destroy();
  });
});
