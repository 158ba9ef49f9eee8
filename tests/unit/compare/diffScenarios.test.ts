import { describe, expect, it } from 'vitest';
import { diffScenarios } from '../../../shared/compare/diffScenarios';
import { fourSmallCcgsSample } from '../../../shared/samples/fourSmallCcgsSample';
import type { Arrangement, Node } from '../../../shared/model/workspace';
import { buildWorkspace, ccg, localAuthority, locality, provider } from '../helpers/buildWorkspace';

const shared = (
  members: string[],
  functions: string[],
  extra: Partial<Arrangement> = {},
): Arrangement => ({
  id: 'arr-north',
  name: 'Northshire shared service',
  model: 'shared-service',
  members,
  functions,
  allocation: 'population',
  riskShareAgreed: false,
  ...extra,
});

const baseNodes: Node[] = [
  { kind: 'cluster', id: 'cl-1', name: 'NHS North cluster', x: 0, y: 0, width: 100, height: 100 },
  { ...ccg('ccg-a', 'Ashby CCG', { population: 60_000 }), clusterId: 'cl-1' },
  ccg('ccg-b', 'Barford CCG'),
  ccg('ccg-f', 'Fenland CCG'),
  { ...locality('loc-w', 'ccg-b', 40_000), name: 'Wisbech' },
  locality('loc-b2', 'ccg-b', 90_000),
  locality('loc-f1', 'ccg-f', 100_000),
  localAuthority('la-n', 'Northshire County Council', 400_000),
  provider('prov-csu', 'North CSU', 'csu'),
];

function pair(
  changedNodes: Node[],
  before: Arrangement[],
  after: Arrangement[],
  extra: object = {},
) {
  return buildWorkspace([
    {
      id: 'from',
      nodes: baseNodes,
      arrangements: before,
      laOverlaps: [{ ccgId: 'ccg-a', laId: 'la-n', share: 0.9 }],
    },
    { id: 'to', nodes: changedNodes, arrangements: after, ...extra },
  ]);
}

const texts = (w: ReturnType<typeof pair>) => diffScenarios(w, 'from', 'to').map((s) => s.text);

describe('diffScenarios', () => {
  it('says nothing when two scenarios are the same', () => {
    const w = pair(
      baseNodes,
      [shared(['ccg-a', 'ccg-b'], ['bi'])],
      [shared(['ccg-a', 'ccg-b'], ['bi'])],
      { laOverlaps: [{ ccgId: 'ccg-a', laId: 'la-n', share: 0.9 }] },
    );
    expect(texts(w)).toEqual([]);
  });

  it('names a locality moving between CCGs and the populations that follow it', () => {
    const moved = baseNodes.map((n) => (n.id === 'loc-w' ? ({ ...n, ccgId: 'ccg-f' } as Node) : n));
    const t = texts(
      pair(moved, [], [], { laOverlaps: [{ ccgId: 'ccg-a', laId: 'la-n', share: 0.9 }] }),
    );
    expect(t).toContain('Wisbech locality moves from Barford CCG to Fenland CCG.');
    // Barford 130,000 → 90,000; Fenland 100,000 → 140,000.
    expect(t).toContain('Barford CCG’s population changes from 130,000 to 90,000.');
    expect(t).toContain('Fenland CCG’s population changes from 100,000 to 140,000.');
  });

  it('names members joining and leaving through the functions that move, and the terms of an arrangement', () => {
    const before = [shared(['ccg-a', 'ccg-b'], ['bi', 'hr'])];
    const after = [
      shared(['ccg-b', 'ccg-f'], ['bi', 'finance'], { allocation: 'equal', riskShareAgreed: true }),
    ];
    const t = texts(
      pair(baseNodes, before, after, {
        laOverlaps: [{ ccgId: 'ccg-a', laId: 'la-n', share: 0.9 }],
      }),
    );
    expect(t).toEqual([
      'Ashby CCG leaves the Northshire shared service: business intelligence and HR move back in-house.',
      'Finance moves from in-house delivery to the Northshire shared service for Barford CCG.',
      'HR moves from the Northshire shared service back in-house for Barford CCG.',
      'Fenland CCG joins the Northshire shared service for business intelligence and finance, moving them from in-house delivery.',
      'The Northshire shared service now splits its cost equally.',
      'The Northshire shared service now has its HR, legal and financial risk sharing agreed.',
    ]);
  });

  it('names a change of model and provider, and arrangements set up and ended', () => {
    const before = [shared(['ccg-a'], ['bi'])];
    const after: Arrangement[] = [
      {
        id: 'arr-north',
        name: 'Northshire shared service',
        model: 'csu',
        members: ['ccg-a'],
        providerId: 'prov-csu',
        functions: ['bi'],
      },
      {
        id: 'arr-la',
        name: 'Northshire partnership',
        model: 'la-partnership',
        members: ['ccg-a', 'ccg-b'],
        laId: 'la-n',
        functions: ['chc', 'comms'],
      },
    ];
    const t = texts(
      pair(baseNodes, before, after, {
        laOverlaps: [{ ccgId: 'ccg-a', laId: 'la-n', share: 0.9 }],
      }),
    );
    expect(t).toContain(
      'The Northshire shared service changes from a shared service to a CSU contract.',
    );
    expect(t).toContain('The Northshire shared service changes provider from none to North CSU.');
    expect(t).toContain(
      'Communications and continuing healthcare move from in-house delivery to a new local authority partnership with Northshire County Council (Northshire partnership) for Ashby CCG and Barford CCG.',
    );
    const ended = texts(
      pair(baseNodes, before, [], { laOverlaps: [{ ccgId: 'ccg-a', laId: 'la-n', share: 0.9 }] }),
    );
    expect(ended).toEqual([
      'Business intelligence moves from the Northshire shared service back in-house for Ashby CCG.',
      'The Northshire shared service (shared service) ends.',
    ]);
  });

  it('names renames, federation, cluster membership and LA links', () => {
    const changed = baseNodes.map((n): Node => {
      if (n.id === 'ccg-a' && n.kind === 'ccg')
        return {
          ...n,
          name: 'Ashby and Vale CCG',
          clusterId: undefined,
          federated: true,
          population: 65_000,
        };
      return n;
    });
    const t = texts(
      pair(changed, [], [], {
        laOverlaps: [
          { ccgId: 'ccg-a', laId: 'la-n', share: 0.75 },
          { ccgId: 'ccg-b', laId: 'la-n', share: 1 },
        ],
      }),
    );
    expect(t).toEqual([
      'Ashby CCG is renamed Ashby and Vale CCG.',
      'Ashby and Vale CCG’s population changes from 60,000 to 65,000.',
      'Ashby and Vale CCG becomes federated.',
      'Ashby and Vale CCG leaves NHS North cluster.',
      'The share of Ashby and Vale CCG’s population living in Northshire County Council changes from 90% to 75%.',
      'Barford CCG is linked to Northshire County Council, where 100% of its population lives.',
    ]);
  });

  it('states assumption overrides with their values the British way', () => {
    const t = texts(
      pair(baseNodes, [], [], {
        laOverlaps: [{ ccgId: 'ccg-a', laId: 'la-n', share: 0.9 }],
        assumptionOverrides: {
          core: { fixedPerCcg: 550_000 },
          models: { csu: { margin: 0.07 } },
          functions: [{ id: 'bi', costPerHead: 1.8 }],
        },
      }),
    );
    expect(t).toEqual([
      'Core fixed cost per CCG changes from £600,000 to £550,000.',
      'CSU: margin changes from 5% to 7%.',
      'Business intelligence & population data: £ per head at the reference population changes from £2.20 to £1.80.',
    ]);
  });

  it('names a provider’s own prices and outside population changing', () => {
    const changed = baseNodes.map((n): Node =>
      n.kind === 'provider'
        ? { ...n, otherCustomersPopulation: 2_000_000, prices: { bi: 1.1 } }
        : n,
    );
    const t = texts(
      pair(changed, [], [], { laOverlaps: [{ ccgId: 'ccg-a', laId: 'la-n', share: 0.9 }] }),
    );
    expect(t).toEqual([
      'The population North CSU serves outside the scenario changes from the model’s figure to 2,000,000.',
      'North CSU’s price for Business intelligence & population data changes from the modelled price to £1.10 a head.',
    ]);
  });

  it('reads the sample’s merger as four CCGs removed and one federated CCG added', () => {
    const sample = fourSmallCcgsSample();
    const t = diffScenarios(sample, 'all-in-house', 'merger').map((s) => s.text);
    expect(t.slice(0, 5)).toEqual([
      'Ashvale CCG is removed.',
      'Brackenford CCG is removed.',
      'Cressingham CCG is removed.',
      'Dunmere CCG is removed.',
      'Wexmoor CCG is added as a federated CCG of 414,000 people.',
    ]);
    expect(t).toContain('Ashvale locality (62,000 people) is added to Wexmoor CCG.');
    // The removed CCGs' links to local authorities go with them; the new CCG's are stated.
    expect(t.filter((s) => s.includes('no longer linked'))).toEqual([]);
    expect(t).toContain(
      'Wexmoor CCG is linked to Wexmoor County Council, where 86% of its population lives.',
    );
  });
});
