import { describe, expect, it } from 'vitest';
import { layoutScenario } from '../../../shared/layout/layoutScenario';
import { offsetLayout } from '../../../shared/layout/offsetLayout';
import type { Arrangement, Node, Scenario } from '../../../shared/model/workspace';

// Cards are 240 wide, 90 tall + 26 a locality; council and provider boxes 210 × 64; hubs r = 20,
// 180 wide with their label, from 24 above the centre to 72 below it.
const nodes: Node[] = [
  { kind: 'cluster', id: 'cl', name: 'North cluster', x: 0, y: 0, width: 700, height: 400 },
  { kind: 'ccg', id: 'ashby', name: 'Ashby CCG', federated: false, clusterId: 'cl', x: 40, y: 60 },
  { kind: 'locality', id: 'ashby-town', name: 'Ashby Town', ccgId: 'ashby', population: 50_000 },
  { kind: 'ccg', id: 'bourne', name: 'Bourne CCG', federated: false, x: 400, y: 60 },
  {
    kind: 'localAuthority',
    id: 'council',
    name: 'Xshire County Council',
    population: 400_000,
    x: 100,
    y: 500,
  },
  { kind: 'provider', id: 'csu', name: 'North CSU', providerType: 'csu', x: 800, y: 100 },
];
const arrangements: Arrangement[] = [
  {
    id: 'share',
    name: 'Shared finance',
    model: 'shared-service',
    members: ['ashby', 'bourne'],
    functions: ['finance'],
  },
  {
    id: 'buy',
    name: 'CSU contract',
    model: 'csu',
    members: ['ashby'],
    providerId: 'csu',
    functions: ['it'],
    x: 700,
    y: 300,
  },
];
const scenario: Scenario = {
  id: 's1',
  name: 'Test',
  nodes,
  arrangements,
  laOverlaps: [{ ccgId: 'ashby', laId: 'council', share: 0.6 }],
};

describe('layoutScenario', () => {
  const layout = layoutScenario(scenario);

  it('boxes every placed node at its top-left, a card as tall as its localities, and no box for a locality', () => {
    const box = (id: string) => layout.items.get(id)?.box;
    expect(box('cl')).toEqual({ x: 0, y: 0, width: 700, height: 400 });
    expect(box('ashby')).toEqual({ x: 40, y: 60, width: 240, height: 116 });
    expect(box('bourne')).toEqual({ x: 400, y: 60, width: 240, height: 90 });
    expect(box('council')).toEqual({ x: 100, y: 500, width: 210, height: 64 });
    expect(box('csu')).toEqual({ x: 800, y: 100, width: 210, height: 64 });
    expect(layout.items.has('ashby-town')).toBe(false);
  });

  it('puts a hub without a position at the mean of its members’ centres, and a placed one at its own', () => {
    // Ashby's centre (160, 118), Bourne's (520, 105).
    expect(layout.hubs.get('share')).toMatchObject({
      cx: 340,
      cy: 111.5,
      followsX: true,
      followsY: true,
    });
    expect(layout.items.get('share')).toEqual({
      id: 'share',
      kind: 'hub',
      x: 340,
      y: 111.5,
      box: { x: 320, y: 91.5, width: 40, height: 40 },
    });
    expect(layout.hubs.get('buy')).toMatchObject({
      cx: 700,
      cy: 300,
      followsX: false,
      followsY: false,
    });
  });

  it('ends each line at the hub’s centre and at the centre of what it joins', () => {
    expect(layout.hubs.get('share')?.edges).toEqual([
      { kind: 'member', targetId: 'ashby', x1: 340, y1: 111.5, x2: 160, y2: 118 },
      { kind: 'member', targetId: 'bourne', x1: 340, y1: 111.5, x2: 520, y2: 105 },
    ]);
    expect(layout.hubs.get('buy')?.edges).toEqual([
      { kind: 'member', targetId: 'ashby', x1: 700, y1: 300, x2: 160, y2: 118 },
      { kind: 'provider', targetId: 'csu', x1: 700, y1: 300, x2: 905, y2: 132 },
    ]);
    expect(layout.overlaps).toEqual([
      { ccgId: 'ashby', laId: 'council', share: 0.6, x1: 160, y1: 118, x2: 205, y2: 532 },
    ]);
  });

  it('bounds the drawing: every box, and each hub with its label', () => {
    // Right: the CSU's box (1010); bottom: the council's (564); the hubs' labels fall inside.
    expect(layout.bounds).toEqual({ x: 0, y: 0, width: 1010, height: 564 });
    const far = layoutScenario({
      ...scenario,
      arrangements: [{ ...(arrangements[1] as Arrangement), x: 1100, y: 600 }],
    });
    // The hub at (1100, 600) with its label reaches x 1190 and y 672.
    expect(far.bounds).toEqual({ x: 0, y: 0, width: 1190, height: 672 });
  });

  it('has no bounds for an empty scenario', () => {
    expect(
      layoutScenario({ ...scenario, nodes: [], arrangements: [], laOverlaps: [] }).bounds,
    ).toBeNull();
  });
});

describe('offsetLayout', () => {
  const layout = layoutScenario(scenario);

  it('moving a CCG moves the ends of its lines and the hub that follows it, and nothing else', () => {
    const moved = offsetLayout(layout, ['bourne'], 100, 20);
    expect(moved.items.get('bourne')).toEqual({
      id: 'bourne',
      kind: 'ccg',
      x: 500,
      y: 80,
      box: { x: 500, y: 80, width: 240, height: 90 },
    });
    // Bourne's centre is now (620, 125): the floating hub sits between it and Ashby's (160, 118).
    expect(moved.hubs.get('share')).toMatchObject({ cx: 390, cy: 121.5 });
    expect(moved.items.get('share')?.box).toEqual({ x: 370, y: 101.5, width: 40, height: 40 });
    expect(moved.hubs.get('share')?.edges).toEqual([
      { kind: 'member', targetId: 'ashby', x1: 390, y1: 121.5, x2: 160, y2: 118 },
      { kind: 'member', targetId: 'bourne', x1: 390, y1: 121.5, x2: 620, y2: 125 },
    ]);
    // The CSU contract's hub has a position and no line to Bourne: untouched.
    expect(moved.hubs.get('buy')).toBe(layout.hubs.get('buy'));
    expect(moved.items.get('ashby')).toBe(layout.items.get('ashby'));
  });

  it('a placed hub stays put when its member moves, but the line to the member follows; so does a link', () => {
    const moved = offsetLayout(layout, ['ashby'], -40, 0);
    expect(moved.hubs.get('buy')?.edges[0]).toEqual({
      kind: 'member',
      targetId: 'ashby',
      x1: 700,
      y1: 300,
      x2: 120,
      y2: 118,
    });
    expect(moved.hubs.get('buy')?.edges[1]).toEqual(layout.hubs.get('buy')?.edges[1]);
    expect(moved.overlaps).toEqual([
      { ccgId: 'ashby', laId: 'council', share: 0.6, x1: 120, y1: 118, x2: 205, y2: 532 },
    ]);
  });

  it('a moved hub takes a position of its own and stops following its members', () => {
    const moved = offsetLayout(layout, ['share', 'bourne'], 10, 10);
    expect(moved.hubs.get('share')).toMatchObject({
      cx: 350,
      cy: 121.5,
      followsX: false,
      followsY: false,
    });
    expect(moved.hubs.get('share')?.edges[1]).toMatchObject({
      x1: 350,
      y1: 121.5,
      x2: 530,
      y2: 115,
    });
  });

  it('skips unknown ids and localities', () => {
    expect(offsetLayout(layout, ['nope', 'ashby-town'], 50, 50)).toEqual(layout);
  });
});
