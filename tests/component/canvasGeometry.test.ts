import { describe, expect, it } from 'vitest';
import { costScenario } from '../../shared/costing/costScenario';
import type { Arrangement, Node, Scenario } from '../../shared/model/workspace';
import { buildScene } from '../../renderer/src/canvas/buildScene';
import { computeSnap } from '../../renderer/src/canvas/computeSnap';
import { dragGeometry } from '../../renderer/src/canvas/dragGeometry';
import { marqueeHits } from '../../renderer/src/canvas/marqueeHits';
import { movingItems } from '../../renderer/src/canvas/movingItems';
import { planMove } from '../../renderer/src/canvas/planMove';
import { ASHBY, BARFORD, CARLOW, NORTH_CLUSTER, workspaceOf } from './fixtures';

// Cards are 240 wide and 90 tall (+26 per locality); org boxes 210 × 64; hubs r = 20.
const nodes: Node[] = [
  NORTH_CLUSTER,
  ASHBY,
  BARFORD,
  CARLOW,
  {
    kind: 'localAuthority',
    id: 'la-x',
    name: 'Xshire County Council',
    population: 400_000,
    x: 40,
    y: 500,
  },
];
const arrangements: Arrangement[] = [
  {
    id: 'arr-fixed',
    name: 'Fixed hub',
    model: 'shared-service',
    members: ['ccg-a', 'ccg-b'],
    functions: ['hr'],
    x: 300,
    y: 260,
  },
  {
    id: 'arr-free',
    name: 'Floating hub',
    model: 'shared-service',
    members: ['ccg-b', 'ccg-c'],
    functions: ['it'],
  },
];

function scene() {
  const workspace = workspaceOf(nodes, arrangements);
  const scenario = workspace.scenarios[0] as Scenario;
  return buildScene(scenario, costScenario(workspace, scenario.id));
}

describe('marqueeHits', () => {
  it('selects every organisation and hub the box touches, in paint order', () => {
    // A box over the right edge of Ashby's card and the left of Barford's.
    expect(marqueeHits(scene(), { x: 250, y: 150, width: 100, height: 20 })).toEqual([
      'ccg-a',
      'ccg-b',
    ]);
    // A thin box through the fixed hub only.
    expect(marqueeHits(scene(), { x: 295, y: 255, width: 10, height: 10 })).toEqual(['arr-fixed']);
  });

  it('selects a cluster only when the box encloses it, not when it merely touches it', () => {
    expect(marqueeHits(scene(), { x: 10, y: 20, width: 10, height: 10 })).toEqual([]);
    expect(marqueeHits(scene(), { x: -10, y: -10, width: 620, height: 320 })).toEqual([
      'cl-north',
      'ccg-a',
      'ccg-b',
      'arr-fixed',
    ]);
  });
});

describe('movingItems', () => {
  it('carries a cluster’s CCGs with it and skips unknown ids', () => {
    expect(movingItems(scene(), ['cl-north', 'nope']).map((i) => i.id)).toEqual([
      'cl-north',
      'ccg-a',
      'ccg-b',
    ]);
    expect(
      movingItems(scene(), ['arr-fixed', 'ccg-c']).map((i) => `${i.id}@${i.x},${i.y}`),
    ).toEqual(['ccg-c@800,100', 'arr-fixed@300,260']);
  });
});

describe('computeSnap', () => {
  const box = { x: 100, y: 100, width: 240, height: 90 };
  it('snaps the top-left to the grid when nothing lines up', () => {
    expect(computeSnap({ box, dx: 13, dy: 27, others: [], grid: 10, threshold: 5 })).toEqual({
      dx: 10,
      dy: 30,
      guides: [],
    });
  });

  it('moves freely, in whole units, without the grid (Alt)', () => {
    expect(computeSnap({ box, dx: 13.4, dy: 26.6, others: [], grid: null, threshold: 5 })).toEqual({
      dx: 13,
      dy: 27,
      guides: [],
    });
  });

  it('lines an edge up with a neighbour’s within the threshold and shows a guide', () => {
    const other = { x: 500, y: 303, width: 210, height: 64 };
    // Dragged down by 200: the box's top (300) is 3 from the other's top (303).
    const r = computeSnap({ box, dx: 0, dy: 200, others: [other], grid: 10, threshold: 5 });
    expect(r.dy).toBe(203);
    expect(r.guides).toContainEqual({ axis: 'y', at: 303, from: 100, to: 710 });
  });

  it('lines up centres too', () => {
    const other = { x: 600, y: 400, width: 40, height: 40 }; // centre x 620
    // Box centre x = 220 + dx; dx = 398 puts it at 618: snaps to 620.
    const r = computeSnap({ box, dx: 398, dy: 0, others: [other], grid: 10, threshold: 5 });
    expect(r.dx).toBe(400);
    expect(r.guides.some((g) => g.axis === 'x' && g.at === 620)).toBe(true);
  });
});

describe('dragGeometry', () => {
  it('moves the ends of lines touching what moves, and a hub without a position follows its members', () => {
    const s = scene();
    const g = dragGeometry(s, new Set(['ccg-c']), 100, 0);
    // Carlow's centre moves from (920, 145) to (1020, 145).
    const free = s.hubs.find((h) => h.arrangement.id === 'arr-free');
    expect(free?.cx).toBe((440 + 920) / 2);
    expect(g.hubs.get('arr-free')).toEqual({ cx: (440 + 1020) / 2, cy: 145 });
    expect(g.hubs.has('arr-fixed')).toBe(false);
    expect(g.edges).toContainEqual({
      hubId: 'arr-free',
      targetId: 'ccg-c',
      x1: 730,
      y1: 145,
      x2: 1020,
      y2: 145,
    });
    // Barford's line to the floating hub starts where the hub now is; its end is unchanged.
    expect(g.edges).toContainEqual({
      hubId: 'arr-free',
      targetId: 'ccg-b',
      x1: 730,
      y1: 145,
      x2: 440,
      y2: 145,
    });
    expect(g.edges.every((e) => e.hubId === 'arr-free')).toBe(true);
  });

  it('moves every line of a dragged hub', () => {
    const g = dragGeometry(scene(), new Set(['arr-fixed']), 0, 50);
    expect(g.hubs.get('arr-fixed')).toEqual({ cx: 300, cy: 310 });
    expect(g.edges.map((e) => e.targetId).sort()).toEqual(['ccg-a', 'ccg-b']);
  });

  it('places the dragged items themselves where the move would put them', () => {
    const g = dragGeometry(scene(), new Set(['ccg-c', 'arr-fixed']), 100, -20);
    // Carlow's card from (800, 100); the fixed hub's centre from (300, 260).
    expect(g.items.get('ccg-c')).toMatchObject({
      x: 900,
      y: 80,
      box: { x: 900, y: 80, width: 240, height: 90 },
    });
    expect(g.items.get('arr-fixed')).toMatchObject({
      x: 400,
      y: 240,
      box: { x: 380, y: 220, width: 40, height: 40 },
    });
    expect([...g.items.keys()].sort()).toEqual(['arr-fixed', 'ccg-c']);
  });
});

describe('planMove', () => {
  it('is one moveItems when no CCG changes region', () => {
    expect(planMove(scene(), 's1', [{ id: 'ccg-a', x: 50, y: 110 }])).toEqual([
      { type: 'moveItems', scenarioId: 's1', moves: [{ id: 'ccg-a', x: 50, y: 110 }] },
    ]);
  });

  it('adds setCluster when a CCG’s centre enters or leaves a cluster', () => {
    expect(
      planMove(scene(), 's1', [
        { id: 'ccg-c', x: 300, y: 150 },
        { id: 'ccg-a', x: 40, y: 400 },
      ]),
    ).toEqual([
      {
        type: 'moveItems',
        scenarioId: 's1',
        moves: [
          { id: 'ccg-c', x: 300, y: 150 },
          { id: 'ccg-a', x: 40, y: 400 },
        ],
      },
      { type: 'setCluster', scenarioId: 's1', ccgId: 'ccg-c', clusterId: 'cl-north' },
      { type: 'setCluster', scenarioId: 's1', ccgId: 'ccg-a', clusterId: null },
    ]);
  });

  it('leaves membership alone when a cluster moves with its CCGs, and drops moves that go nowhere', () => {
    const moves = movingItems(scene(), ['cl-north']).map((i) => ({
      id: i.id,
      x: i.x + 500,
      y: i.y,
    }));
    expect(planMove(scene(), 's1', moves)).toHaveLength(1);
    expect(planMove(scene(), 's1', [{ id: 'ccg-a', x: 40, y: 100 }])).toEqual([]);
  });
});
