// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { costScenario } from '../../shared/costing/costScenario';
import type { Arrangement, Node, Scenario } from '../../shared/model/workspace';
import { buildScene } from '../../renderer/src/canvas/buildScene';
import { CanvasContent } from '../../renderer/src/canvas/CanvasContent';
import {
  cullView,
  dashScale,
  detailOf,
  intersects,
  OUTLINE_ZOOM,
} from '../../renderer/src/canvas/cullRect';
import { workspaceOf } from './fixtures';

afterEach(cleanup);

// Two CCGs 5,000 canvas units apart, an arrangement between them, and a council by the first.
const nodes: Node[] = [
  { kind: 'ccg', id: 'ccg-near', name: 'Nearby CCG', federated: false, x: 100, y: 100 },
  { kind: 'locality', id: 'loc-near', name: 'Nearby Town', ccgId: 'ccg-near', population: 120_000 },
  { kind: 'ccg', id: 'ccg-far', name: 'Faraway CCG', federated: false, x: 5100, y: 100 },
  { kind: 'locality', id: 'loc-far', name: 'Faraway Vale', ccgId: 'ccg-far', population: 90_000 },
  {
    kind: 'localAuthority',
    id: 'la-near',
    name: 'Nearby Council',
    population: 300_000,
    x: 100,
    y: 400,
  },
];
const arrangements: Arrangement[] = [
  {
    id: 'arr-shared',
    name: 'Long-distance shared service',
    model: 'shared-service',
    members: ['ccg-near', 'ccg-far'],
    functions: ['hr'],
    x: 2600,
    y: 600,
  },
];

function draw(viewport: { x: number; y: number; k: number }, selected: readonly string[] = []) {
  const workspace = workspaceOf(nodes, arrangements);
  const scenario = workspace.scenarios[0] as Scenario;
  const result = costScenario(workspace, scenario.id);
  const scene = buildScene(scenario, result);
  const noop = (): void => undefined;
  render(
    <svg>
      <CanvasContent
        scenario={scenario}
        scene={scene}
        capPerHead={25}
        yearLabel="2013/14"
        selected={new Set(selected)}
        onSelect={noop}
        onToggle={noop}
        onOpen={noop}
        view={cullView(viewport, { width: 1000, height: 700 })}
      />
    </svg>,
  );
}

const card = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}, £`) });

describe('canvas culling and level of detail', () => {
  it('draws what is in view in full, and keeps an item out of view as an empty button with its name', () => {
    // Camera at the origin, zoom 1: the view is 0..1000 × 0..700 (plus a margin of 750 × 525).
    draw({ x: 0, y: 0, k: 1 });
    expect(card('Nearby CCG').querySelector('.card-name')?.textContent).toBe('Nearby CCG');
    expect(
      screen.getByRole('button', { name: /^Nearby Town, locality of Nearby CCG/ }),
    ).toBeTruthy();
    const far = card('Faraway CCG');
    expect(far.getAttribute('tabindex')).toBe('0');
    expect(far.children).toHaveLength(0);
    // Its locality chip is not drawn at all while the card is out of view.
    expect(screen.queryByRole('button', { name: /^Faraway Vale/ })).toBeNull();
    // The hub's lines cross the view (the near member is in it), so they are drawn.
    expect(document.querySelectorAll('line[data-hub="arr-shared"]')).toHaveLength(2);
  });

  it('draws a selected item in full even out of view, so a drag can move it', () => {
    draw({ x: 0, y: 0, k: 1 }, ['ccg-far']);
    expect(card('Faraway CCG').querySelector('.card-name')?.textContent).toBe('Faraway CCG');
  });

  it('zoomed out, draws outlines: frames and status colour without text or locality chips', () => {
    draw({ x: 0, y: 0, k: OUTLINE_ZOOM / 2 });
    const near = card('Nearby CCG');
    expect(near.querySelector('.card-frame')).not.toBeNull();
    expect(near.querySelector('.status-fill')).not.toBeNull();
    expect(near.querySelector('text')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Nearby Town/ })).toBeNull();
    expect(
      screen.getByRole('button', { name: /^Nearby Council/ }).querySelector('text'),
    ).toBeNull();
  });
});

describe('cullView', () => {
  it('covers the view plus three quarters of it each side, snapped to half-view steps', () => {
    // View 1000 × 700 at k = 2 shows 500 × 350 canvas units from (100, 50).
    const view = cullView({ x: -200, y: -100, k: 2 }, { width: 1000, height: 700 });
    expect(view?.outline).toBe(false);
    const r = view?.rect ?? { x: 0, y: 0, width: 0, height: 0 };
    // Left edge: 100 − 0.75·500 = −275, snapped down to a multiple of 250 → −500; right:
    // 600 + 375 = 975 → 1000. Top: 50 − 262.5 = −212.5 → −350; bottom: 400 + 262.5 → 700.
    expect(r).toEqual({ x: -500, y: -350, width: 1500, height: 1050 });
  });

  it('keeps the same rectangle for a small pan, so nothing re-renders', () => {
    const a = cullView({ x: -200, y: -100, k: 2 }, { width: 1000, height: 700 });
    const b = cullView({ x: -230, y: -110, k: 2 }, { width: 1000, height: 700 });
    expect(b).toEqual(a);
  });

  it('culls nothing before the canvas has a size', () => {
    expect(cullView({ x: 0, y: 0, k: 1 }, { width: 0, height: 0 })).toBeNull();
    expect(detailOf(null, { x: 1e6, y: 1e6, width: 1, height: 1 }, false)).toBe('full');
    expect(
      intersects({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 10, width: 5, height: 5 }),
    ).toBe(true);
  });
});

describe('dashScale', () => {
  it('keeps a dash 3.5 to 7 screen pixels long when zoomed out, and as drawn from zoom 1 up', () => {
    // A 7-unit dash: at zoom 0.1 it would be 0.7 px; times 8 (2^floor(log2 10) = 2^3) it is 5.6 px.
    expect(dashScale(0.1)).toBe(8);
    expect(dashScale(0.25)).toBe(4);
    expect(dashScale(0.49)).toBe(2);
    expect(dashScale(0.5)).toBe(2);
    expect(dashScale(0.92)).toBe(1);
    expect(dashScale(1)).toBe(1);
    expect(dashScale(3)).toBe(1);
    // No zoom yet (or a broken one): as drawn.
    expect(dashScale(0)).toBe(1);
    expect(dashScale(Number.NaN)).toBe(1);
  });
});

describe('drawing a change: what is out of sight follows a frame later', () => {
  function sceneWith(withArrangements: readonly Arrangement[]) {
    const workspace = workspaceOf(nodes, [...withArrangements]);
    const scenario = workspace.scenarios[0] as Scenario;
    return { scenario, scene: buildScene(scenario, costScenario(workspace, scenario.id)) };
  }
  const shared = sceneWith(arrangements);
  const inHouse = sceneWith([]);
  const noop = (): void => undefined;
  const content = (shown: typeof shared, behind: typeof shared | null): React.ReactElement => (
    <svg>
      <CanvasContent
        scenario={shown.scenario}
        scene={shown.scene}
        capPerHead={25}
        yearLabel="2013/14"
        selected={new Set()}
        onSelect={noop}
        onToggle={noop}
        onOpen={noop}
        view={cullView({ x: 0, y: 0, k: 1 }, { width: 1000, height: 700 })}
        behind={
          behind && {
            ...behind,
            capPerHead: 25,
            yearLabel: '2013/14',
            near: { x: 0, y: 0, width: 1000, height: 700 },
          }
        }
      />
    </svg>
  );
  const labels = (): { near: string | null; far: string | null } => ({
    near: card('Nearby CCG').getAttribute('aria-label'),
    far: card('Faraway CCG').getAttribute('aria-label'),
  });

  it('updates what is on screen at once and the rest when caught up, never showing a stale item', () => {
    const before = render(content(shared, null));
    const sharedLabels = labels();
    before.unmount();
    const after = render(content(inHouse, null));
    const inHouseLabels = labels();
    after.unmount();
    // Sharing the service changes both CCGs' figures.
    expect(inHouseLabels.near).not.toBe(sharedLabels.near);
    expect(inHouseLabels.far).not.toBe(sharedLabels.far);

    const { rerender } = render(content(shared, null));
    rerender(content(inHouse, shared));
    // The frame after the switch: the CCG on screen shows the new figures; the one 5,000 units
    // away, and the arrangement's hub out of view, are left as they were until it is painted.
    expect(labels()).toEqual({ near: inHouseLabels.near, far: sharedLabels.far });
    expect(screen.getByRole('button', { name: /Long-distance shared service/ })).toBeTruthy();
    // Its lines reach the screen, so they go at once.
    expect(document.querySelectorAll('line[data-hub="arr-shared"]')).toHaveLength(0);

    rerender(content(inHouse, null));
    expect(labels()).toEqual(inHouseLabels);
    expect(screen.queryByRole('button', { name: /Long-distance shared service/ })).toBeNull();
  });
});
