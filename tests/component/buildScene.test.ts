import { describe, expect, it } from 'vitest';
import { costScenario } from '../../shared/costing/costScenario';
import type { Arrangement, Node, Scenario } from '../../shared/model/workspace';
import { buildScene } from '../../renderer/src/canvas/buildScene';
import { workspaceOf } from './fixtures';

const nodes: Node[] = [
  {
    kind: 'ccg',
    id: 'ccg-b',
    name: 'Barford CCG',
    population: 140_000,
    federated: false,
    x: 400,
    y: 100,
  },
  {
    kind: 'ccg',
    id: 'ccg-a',
    name: 'Ashby CCG',
    population: 60_000,
    federated: false,
    x: 100,
    y: 100,
  },
  { kind: 'locality', id: 'loc-a1', name: 'Ashby Town', ccgId: 'ccg-c', population: 50_000 },
  { kind: 'locality', id: 'loc-a2', name: 'Ashby Vale', ccgId: 'ccg-c', population: 40_000 },
  { kind: 'ccg', id: 'ccg-c', name: 'Carlow CCG', federated: true, x: 100, y: 20 },
  { kind: 'provider', id: 'prov-x', name: 'Example Ltd', providerType: 'private', x: 800, y: 100 },
];
const arrangements: Arrangement[] = [
  {
    id: 'arr-host',
    name: 'Barford-hosted service',
    model: 'host-ccg',
    members: ['ccg-a'],
    hostCcgId: 'ccg-b',
    functions: ['finance'],
    riskShareAgreed: true,
  },
  {
    id: 'arr-ext',
    name: 'Example contract',
    model: 'external',
    members: ['ccg-a', 'ccg-b'],
    providerId: 'prov-x',
    functions: ['hr'],
    x: 500,
    y: 400,
  },
];

function scene() {
  const workspace = workspaceOf(nodes, arrangements);
  const scenario = workspace.scenarios[0] as Scenario;
  return buildScene(scenario, costScenario(workspace, scenario.id));
}

describe('buildScene', () => {
  it('sizes each CCG card by its localities (90 + 26 per locality) and orders cards for reading', () => {
    const s = scene();
    expect(s.cards.map((c) => c.node.id)).toEqual(['ccg-c', 'ccg-a', 'ccg-b']);
    expect(s.cards[0]?.height).toBe(90 + 2 * 26);
    expect(s.cards[1]?.height).toBe(90);
    expect(s.cards[0]?.localities.map((l) => l.name)).toEqual(['Ashby Town', 'Ashby Vale']);
  });

  it('puts a hub without a position at the centroid of its members, the host included', () => {
    const hub = scene().hubs.find((h) => h.arrangement.id === 'arr-host');
    // Card centres: Ashby (220, 145), Barford (520, 145).
    expect(hub?.cx).toBe(370);
    expect(hub?.cy).toBe(145);
    expect(hub?.edges.map((e) => `${e.kind}:${e.targetId}`)).toEqual([
      'member:ccg-a',
      'host:ccg-b',
    ]);
  });

  it('keeps a hub at its own position and joins it to its provider', () => {
    const hub = scene().hubs.find((h) => h.arrangement.id === 'arr-ext');
    expect([hub?.cx, hub?.cy]).toEqual([500, 400]);
    expect(hub?.edges.map((e) => e.kind)).toEqual(['member', 'member', 'provider']);
  });

  it('bounds the whole drawing', () => {
    const { bounds } = scene();
    expect(bounds.x).toBeLessThanOrEqual(100);
    expect(bounds.y).toBeLessThanOrEqual(20);
    expect(bounds.x + bounds.width).toBeGreaterThanOrEqual(800 + 210);
  });
});

describe('buildScene: local authority links', () => {
  it('draws each CCG ↔ local authority link between their centres with its share', () => {
    const workspace = workspaceOf(
      [
        ...nodes,
        {
          kind: 'localAuthority',
          id: 'la-1',
          name: 'Barshire Council',
          population: 500_000,
          x: 400,
          y: 400,
        },
      ],
      arrangements,
    );
    const scenario = {
      ...(workspace.scenarios[0] as Scenario),
      laOverlaps: [{ ccgId: 'ccg-b', laId: 'la-1', share: 0.68 }],
    };
    const s = buildScene(
      scenario,
      costScenario({ ...workspace, scenarios: [scenario] }, scenario.id),
    );
    // Barford's card centre is (400 + 240/2, 100 + 90/2); the council's box is 210 × 64 at (400, 400).
    expect(s.overlaps).toEqual([
      { ccgId: 'ccg-b', laId: 'la-1', share: 0.68, x1: 520, y1: 145, x2: 505, y2: 432 },
    ]);
  });
});
