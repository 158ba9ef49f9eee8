import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';
import { applyEdit } from '../../../shared/edits/applyEdit';
import { layoutScenario } from '../../../shared/layout/layoutScenario';
import { offsetLayout } from '../../../shared/layout/offsetLayout';
import type {
  Arrangement,
  ArrangementModel,
  LaOverlap,
  Node,
  Scenario,
  Workspace,
} from '../../../shared/model/workspace';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION } from '../../../shared/model/workspace';

const coord = fc.integer({ min: -2000, max: 2000 });
const MODELS: readonly ArrangementModel[] = [
  'shared-service',
  'host-ccg',
  'csu',
  'external',
  'la-partnership',
];

/** A scenario of a few clusters, cards (with localities), councils, providers, hubs and links. */
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    clusters: fc.array(
      fc.record({
        x: coord,
        y: coord,
        w: fc.integer({ min: 200, max: 900 }),
        h: fc.integer({ min: 120, max: 700 }),
      }),
      { maxLength: 2 },
    ),
    ccgs: fc.array(fc.record({ x: coord, y: coord, localities: fc.integer({ min: 0, max: 3 }) }), {
      minLength: 1,
      maxLength: 6,
    }),
    las: fc.array(fc.record({ x: coord, y: coord }), { maxLength: 2 }),
    providers: fc.array(fc.record({ x: coord, y: coord }), { maxLength: 2 }),
    hubs: fc.array(
      fc.record({
        model: fc.constantFrom(...MODELS),
        members: fc.array(fc.nat(5), { maxLength: 4 }),
        other: fc.nat(3),
        // Both coordinates, either one, or neither: an unset one follows the members.
        x: fc.option(coord, { nil: undefined }),
        y: fc.option(coord, { nil: undefined }),
      }),
      { maxLength: 4 },
    ),
    links: fc.array(
      fc.record({
        ccg: fc.nat(5),
        la: fc.nat(1),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 3 },
    ),
  })
  .map((g) => {
    const nodes: Node[] = [];
    g.clusters.forEach((c, i) =>
      nodes.push({
        kind: 'cluster',
        id: `cl${i}`,
        name: `Cluster ${i}`,
        x: c.x,
        y: c.y,
        width: c.w,
        height: c.h,
      }),
    );
    g.ccgs.forEach((c, i) => {
      nodes.push({
        kind: 'ccg',
        id: `ccg${i}`,
        name: `CCG ${i}`,
        federated: false,
        x: c.x,
        y: c.y,
      });
      for (let l = 0; l < c.localities; l++)
        nodes.push({
          kind: 'locality',
          id: `loc${i}-${l}`,
          name: `Locality ${l}`,
          ccgId: `ccg${i}`,
          population: 1000,
        });
    });
    g.las.forEach((p, i) =>
      nodes.push({
        kind: 'localAuthority',
        id: `la${i}`,
        name: `Council ${i}`,
        population: 100_000,
        x: p.x,
        y: p.y,
      }),
    );
    g.providers.forEach((p, i) =>
      nodes.push({
        kind: 'provider',
        id: `pr${i}`,
        name: `Provider ${i}`,
        providerType: 'csu',
        x: p.x,
        y: p.y,
      }),
    );
    const ccg = (i: number): string => `ccg${i % g.ccgs.length}`;
    const arrangements: Arrangement[] = g.hubs.map((h, i) => ({
      id: `arr${i}`,
      name: `Arrangement ${i}`,
      model: h.model,
      members: h.members.map(ccg),
      functions: ['finance'],
      ...(h.model === 'host-ccg' ? { hostCcgId: ccg(h.other) } : {}),
      ...(h.model === 'csu' || h.model === 'external' ? { providerId: `pr${h.other % 2}` } : {}),
      ...(h.model === 'la-partnership' ? { laId: `la${h.other % 2}` } : {}),
      ...(h.x !== undefined ? { x: h.x } : {}),
      ...(h.y !== undefined ? { y: h.y } : {}),
    }));
    const laOverlaps: LaOverlap[] = g.links.map((l) => ({
      ccgId: ccg(l.ccg),
      laId: `la${l.la}`,
      share: l.share,
    }));
    return { id: 's1', name: 'Generated', nodes, arrangements, laOverlaps };
  });

/** The scenario after the app's own move edit offsets `ids` by (dx, dy) from where they are drawn. */
function movedBy(scenario: Scenario, ids: readonly string[], dx: number, dy: number): Scenario {
  const { items } = layoutScenario(scenario);
  const moves = ids.flatMap((id) => {
    const item = items.get(id);
    return item ? [{ id, x: item.x + dx, y: item.y + dy }] : [];
  });
  const workspace: Workspace = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    id: 'ws',
    name: 'W',
    createdAt: '2012-03-01T00:00:00.000Z',
    updatedAt: '2012-03-01T00:00:00.000Z',
    assumptions: DEFAULT_ASSUMPTIONS,
    scenarios: [scenario],
  };
  const result = applyEdit(workspace, { type: 'moveItems', scenarioId: scenario.id, moves });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.workspace.scenarios[0] as Scenario;
}

describe('offsetLayout', () => {
  it('equals laying out the scenario with those items moved by (dx, dy)', () => {
    const input = scenarioArb.chain((scenario) => {
      const ids = [...layoutScenario(scenario).items.keys(), 'loc0-0', 'nowhere'];
      return fc.record({
        scenario: fc.constant(scenario),
        ids: fc.subarray(ids),
        dx: fc.integer({ min: -500, max: 500 }),
        dy: fc.integer({ min: -500, max: 500 }),
      });
    });
    fc.assert(
      fc.property(input, ({ scenario, ids, dx, dy }) => {
        expect(offsetLayout(layoutScenario(scenario), ids, dx, dy)).toEqual(
          layoutScenario(movedBy(scenario, ids, dx, dy)),
        );
      }),
      { numRuns: 300 },
    );
  });
});
