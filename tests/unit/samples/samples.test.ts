import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';
import { costScenario } from '../../../shared/costing/costScenario';
import { FLAG_IDS, type FlagId, type Status } from '../../../shared/costing/results';
import { ccgPopulation, indexScenario } from '../../../shared/model/scenarioIndex';
import {
  ARRANGEMENT_MODELS,
  type CcgNode,
  type Scenario,
  type Workspace,
} from '../../../shared/model/workspace';
import { CCG_CARD_WIDTH, ccgCardHeight } from '../../../shared/samples/sampleBuilders';
import { DEFAULT_SAMPLE_ID, SAMPLES } from '../../../shared/samples/index';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';

function sample(id: string): Workspace {
  const s = SAMPLES.find((x) => x.id === id);
  if (!s) throw new Error(`no sample ${id}`);
  return s.create();
}

function scenarioNamed(ws: Workspace, pattern: RegExp): Scenario {
  const s = ws.scenarios.find((x) => pattern.test(x.name));
  if (!s) throw new Error(`no scenario matching ${pattern}`);
  return s;
}

describe('built-in samples', () => {
  it('lists samples with unique ids and a default that exists', () => {
    const ids = SAMPLES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(DEFAULT_SAMPLE_ID);
    expect(ids).toEqual(expect.arrayContaining(['cambs-pboro', 'four-small-ccgs']));
  });

  it.each(SAMPLES.map((s) => [s.id, s] as const))(
    '%s passes the validator as a saved file would',
    (_id, s) => {
      const result = validateWorkspace(JSON.parse(JSON.stringify(s.create())));
      expect(result.ok ? [] : result.errors).toEqual([]);
      expect(result.ok).toBe(true);
    },
  );

  it.each(SAMPLES.map((s) => [s.id, s] as const))(
    '%s is fresh on every call, on the default assumptions, at a fixed date',
    (_id, s) => {
      const a = s.create();
      const b = s.create();
      expect(a).not.toBe(b);
      expect(a).toEqual(b);
      expect(a.assumptions).toEqual(DEFAULT_ASSUMPTIONS);
      expect(a.assumptions).not.toBe(DEFAULT_ASSUMPTIONS);
      expect(a.scenarios[0]?.nodes).not.toBe(b.scenarios[0]?.nodes);
      expect(a.createdAt).toBe(a.updatedAt);
      expect(Number.isNaN(Date.parse(a.createdAt))).toBe(false);
      for (const sc of a.scenarios) expect(sc.notes?.length ?? 0).toBeGreaterThan(40);
    },
  );

  it.each(SAMPLES.map((s) => [s.id, s] as const))(
    '%s draws every CCG card inside its cluster',
    (_id, s) => {
      for (const sc of s.create().scenarios) {
        const index = indexScenario(sc);
        for (const ccg of index.ccgs) {
          if (!ccg.clusterId) continue;
          const cluster = index.clusters.find((c) => c.id === ccg.clusterId);
          expect(cluster, `${sc.id} › ${ccg.id}`).toBeDefined();
          if (!cluster) continue;
          const h = ccgCardHeight(index.localitiesByCcg.get(ccg.id)?.length ?? 0);
          expect(ccg.x).toBeGreaterThanOrEqual(cluster.x);
          expect(ccg.y).toBeGreaterThanOrEqual(cluster.y);
          expect(ccg.x + CCG_CARD_WIDTH).toBeLessThanOrEqual(cluster.x + cluster.width);
          expect(ccg.y + h).toBeLessThanOrEqual(cluster.y + cluster.height);
        }
        for (const arr of sc.arrangements) {
          expect(typeof arr.x, `${sc.id} › ${arr.id} hub`).toBe('number');
          expect(typeof arr.y, `${sc.id} › ${arr.id} hub`).toBe('number');
        }
      }
    },
  );
});

describe('Cambridgeshire & Peterborough sample', () => {
  const ws = sample('cambs-pboro');
  const LCGS = [
    'Borderline',
    'Peterborough',
    'Wisbech',
    'Isle of Ely',
    'Hunts Health',
    'Hunts Care Partners',
    'CATCH',
    'Cam Health',
  ];

  it('has one federated CCG of 856,000 across the eight local commissioning groups in every scenario', () => {
    for (const sc of ws.scenarios) {
      const index = indexScenario(sc);
      expect(index.ccgs).toHaveLength(1);
      const ccg = index.ccgs[0] as CcgNode;
      expect(ccg.name).toBe('Cambridgeshire and Peterborough CCG');
      expect(ccg.federated).toBe(true);
      expect(ccgPopulation(ccg, index)).toBe(856_000);
      expect(index.localitiesByCcg.get(ccg.id)?.map((l) => l.name)).toEqual(LCGS);
      expect(index.clusters.map((c) => c.name)).toEqual([
        'Cambridgeshire and Peterborough PCT Cluster',
      ]);
      expect(index.localAuthorities.map((l) => [l.name, l.laType])).toEqual([
        ['Cambridgeshire County Council', 'county'],
        ['Peterborough City Council', 'unitary'],
      ]);
      // 7% of its people live in North Hertfordshire and Northamptonshire, not drawn.
      const shares = sc.laOverlaps
        .filter((o) => o.ccgId === ccg.id)
        .reduce((s, o) => s + o.share, 0);
      expect(shares).toBeCloseTo(0.93, 6);
      // No council holds more people than it has: 72% of 856,000 = 616,320 ≤ 621,000; 21% = 179,760 ≤ 184,000.
      for (const la of index.localAuthorities) {
        const people = sc.laOverlaps
          .filter((o) => o.laId === la.id)
          .reduce((s, o) => s + o.share * ccgPopulation(ccg, index), 0);
        expect(people, la.name).toBeLessThanOrEqual(la.population);
      }
    }
  });

  it('carries its published 2013/14 allowance of £20.80m on 831,886 people, which the engine uses', () => {
    for (const sc of ws.scenarios) {
      const ccg = sc.nodes.find((n): n is CcgNode => n.kind === 'ccg');
      expect(ccg?.allowancePopulation).toBe(831_886);
      expect(ccg?.allowances).toEqual({ '2013-14': 20_800_000 });
      expect(costScenario(ws, sc.id, { yearId: '2013-14' }).ccgs[0]?.allowance).toBe(20_800_000);
    }
  });

  it('states what is published and what is illustrative, and invents no named CSU', () => {
    expect(ws.description).toMatch(/2012 registered list was 864,819/);
    expect(ws.description).toMatch(/£20\.80m was calculated on 831,886/);
    expect(ws.description).toMatch(/councils’ populations and shares/);
    for (const sc of ws.scenarios) {
      const csus = sc.nodes.filter((n) => n.kind === 'provider');
      for (const p of csus) expect(p.name).toBe('Illustrative CSU');
    }
    expect(scenarioNamed(ws, /CSU/).notes).toMatch(
      /set up no freestanding commissioning support organisation/,
    );
  });

  it('says that the split between local commissioning groups is illustrative', () => {
    expect(ws.description).toMatch(
      /split of population between local commissioning groups is illustrative/i,
    );
    for (const sc of ws.scenarios)
      expect(sc.notes).toMatch(
        /split of population between local commissioning groups is illustrative/i,
      );
  });

  it('keeps the federated, in-house scenario within the £25 cap', () => {
    const sc = scenarioNamed(ws, /^Federated, in-house support$/);
    expect(sc.arrangements).toEqual([]);
    const r = costScenario(ws, sc.id);
    expect(r.ccgs[0]?.status).toBe('within');
    expect(r.ccgs[0]?.perHead).toBeLessThanOrEqual(25);
    // Core by hand (DESIGN.md §4.2): 600,000 + 8·856,000 + 150,000·8.
    expect(r.ccgs[0]?.core).toBe(8_648_000);
  });

  it('buys transactional functions from the CSU in the second scenario', () => {
    const sc = scenarioNamed(ws, /CSU/);
    expect(sc.arrangements).toHaveLength(1);
    const arr = sc.arrangements[0];
    expect(arr?.model).toBe('csu');
    const provider = sc.nodes.find((n) => n.id === arr?.providerId);
    expect(provider).toMatchObject({ kind: 'provider', providerType: 'csu' });
    expect(arr?.functions).toEqual(expect.arrayContaining(['finance', 'hr', 'it']));
    expect(sc.notes).toMatch(/finance/i);
  });
});

describe('four small CCGs sample', () => {
  const ws = sample('four-small-ccgs');
  const results = ws.scenarios.map((s) => costScenario(ws, s.id));

  it('has four CCGs of 60,000–150,000 in a county council, at least one not coterminous with it', () => {
    const sc = scenarioNamed(ws, /^All in-house$/);
    const index = indexScenario(sc);
    expect(index.ccgs).toHaveLength(4);
    for (const c of index.ccgs) {
      expect(ccgPopulation(c, index)).toBeGreaterThanOrEqual(60_000);
      expect(ccgPopulation(c, index)).toBeLessThanOrEqual(150_000);
    }
    const county = index.localAuthorities.find((l) => l.laType === 'county');
    expect(county).toBeDefined();
    const countyShares = index.ccgs.map(
      (c) => sc.laOverlaps.find((o) => o.ccgId === c.id && o.laId === county?.id)?.share ?? 0,
    );
    expect(countyShares.some((s) => s < 0.8)).toBe(true);
    expect(index.clusters).toHaveLength(1);
    expect(index.providers.map((p) => p.providerType)).toEqual(
      expect.arrayContaining(['csu', 'private']),
    );
    expect(ws.description).toMatch(/fictional/i);
  });

  it('has a scenario for every model, plus all in-house and a merger', () => {
    const models = new Set(ws.scenarios.flatMap((s) => s.arrangements.map((a) => a.model)));
    expect([...models].sort()).toEqual([...ARRANGEMENT_MODELS].sort());
    for (const name of [
      /^All in-house$/,
      /^Shared service$/,
      /^Host CCG$/,
      /^LA partnership$/,
      /^CSU$/,
      /^External provider$/,
      /^Merger into one federated CCG$/,
    ]) {
      expect(() => scenarioNamed(ws, name)).not.toThrow();
    }
  });

  it('merges into one federated CCG whose localities are the former four, populations unchanged', () => {
    const before = indexScenario(scenarioNamed(ws, /^All in-house$/));
    const merged = indexScenario(scenarioNamed(ws, /^Merger/));
    expect(merged.ccgs).toHaveLength(1);
    const ccg = merged.ccgs[0] as CcgNode;
    expect(ccg.federated).toBe(true);
    const locs = merged.localitiesByCcg.get(ccg.id) ?? [];
    const former = before.ccgs.map((c) => ({
      name: c.name.replace(/ CCG$/, ''),
      population: ccgPopulation(c, before),
    }));
    expect(locs.map((l) => ({ name: l.name, population: l.population }))).toEqual(former);
  });

  it('puts at least one CCG over the cap when everything is in-house', () => {
    const r = costScenario(ws, scenarioNamed(ws, /^All in-house$/).id);
    expect(r.ccgs.some((c) => c.status === 'over')).toBe(true);
  });

  it('shows within, tight and over somewhere across its scenarios', () => {
    const seen = new Set<Status>(results.flatMap((r) => r.ccgs.map((c) => c.status)));
    expect([...seen].sort()).toEqual(['over', 'tight', 'within']);
  });

  it('raises every risk flag somewhere across its scenarios', () => {
    const raised = new Set<FlagId>(results.flatMap((r) => r.flags.map((f) => f.id)));
    // All eight arise naturally, federated-without-localities from the host CCG drawn as federated
    // with a single locality; the spec asks for at least seven.
    // single-point-of-failure needs a staffing structure, which no sample carries.
    expect([...raised].sort()).toEqual(
      FLAG_IDS.filter((id) => id !== 'single-point-of-failure').sort(),
    );
  });
});
