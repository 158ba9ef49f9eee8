import { describe, expect, it } from 'vitest';
import { costScenario } from '../../../shared/costing/costScenario';
import { indexScenario } from '../../../shared/model/scenarioIndex';
import { ARRANGEMENT_MODELS, type Workspace } from '../../../shared/model/workspace';
import { DEFAULT_SAMPLE_ID, findSample } from '../../../shared/samples';
import { ENGLAND_SEED, englandSample } from '../../../shared/samples/england/englandSample';
import { seededRandom } from '../../../shared/samples/england/seededRandom';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';

const ws = englandSample();
const scenario = ws.scenarios[0];
if (!scenario) throw new Error('no scenario');
const index = indexScenario(scenario);

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

describe('England, synthetic sample', () => {
  it('passes the validator as a saved file would', () => {
    const result = validateWorkspace(JSON.parse(JSON.stringify(ws)) as Workspace);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('is listed among the samples but is not the one a new user sees first', () => {
    expect(findSample('england-synthetic')?.name).toBe('England, synthetic');
    expect(DEFAULT_SAMPLE_ID).not.toBe('england-synthetic');
  });

  it('has 211 CCGs whose populations are shaped like England’s in 2013', () => {
    expect(index.ccgs).toHaveLength(211);
    // Populations as the costing engine counts them (the sum of each CCG's localities, §4.1).
    const pops = costScenario(ws, scenario.id).ccgs.map((c) => c.population);
    const total = pops.reduce((s, p) => s + p, 0);
    // DESIGN.md §8: median about 221,000, smallest about 63,000, largest about 869,000, total
    // about 54 million. Tolerances: median ±3%, extremes ±2%, total ±4%.
    expect(Math.abs(median(pops) - 221_000) / 221_000).toBeLessThan(0.03);
    expect(Math.abs(Math.min(...pops) - 63_000) / 63_000).toBeLessThan(0.02);
    expect(Math.abs(Math.max(...pops) - 869_000) / 869_000).toBeLessThan(0.02);
    expect(Math.abs(total - 54_000_000) / 54_000_000).toBeLessThan(0.04);
  });

  it('has about 1,000 localities, 152 councils, 51 clusters, 20 providers and 300 arrangements', () => {
    expect(index.localities.length).toBeGreaterThanOrEqual(900);
    expect(index.localities.length).toBeLessThanOrEqual(1100);
    expect(index.localAuthorities).toHaveLength(152);
    expect(index.clusters).toHaveLength(51);
    expect(index.providers).toHaveLength(20);
    expect(index.providers.some((p) => p.providerType === 'csu')).toBe(true);
    expect(index.providers.some((p) => p.providerType !== 'csu')).toBe(true);
    expect(scenario.arrangements.length).toBeGreaterThanOrEqual(270);
    expect(scenario.arrangements.length).toBeLessThanOrEqual(330);
    // Every CCG is linked to at least one council, so coterminosity can be judged.
    expect(new Set(scenario.laOverlaps.map((o) => o.ccgId)).size).toBe(211);
  });

  it('uses every arrangement model, none of them rarely', () => {
    for (const model of ARRANGEMENT_MODELS) {
      const count = scenario.arrangements.filter((a) => a.model === model).length;
      expect(count, model).toBeGreaterThanOrEqual(20);
    }
    expect(index.ccgs.some((c) => c.federated)).toBe(true);
  });

  it('shows every status, so the benchmark draws red, amber and green cards', () => {
    const statuses = new Set(costScenario(ws, scenario.id).ccgs.map((c) => c.status));
    expect([...statuses].sort()).toEqual(['over', 'tight', 'within']);
  });

  it('is the same for the same seed and different for another', () => {
    expect(englandSample({ seed: ENGLAND_SEED })).toEqual(ws);
    const other = englandSample({ seed: 7 });
    expect(other.scenarios[0]?.nodes).not.toEqual(scenario.nodes);
  });

  it('scales down for a quick run, still valid and still shaped by the same extremes', () => {
    const small = englandSample({ ccgs: 24, seed: 3 });
    const result = validateWorkspace(JSON.parse(JSON.stringify(small)) as Workspace);
    expect(result.ok ? [] : result.errors).toEqual([]);
    const pops = costScenario(small, 'england-mixed').ccgs.map((c) => c.population);
    expect(pops).toHaveLength(24);
    expect(Math.min(...pops)).toBe(63_000);
    expect(Math.max(...pops)).toBe(869_000);
  });

  it('generates fast enough to open as a sample (under half a second)', () => {
    const started = performance.now();
    englandSample({ seed: 11 });
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays within [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    // A fair generator: the mean of 1,000 draws is within 0.05 of a half.
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / 1000 - 0.5)).toBeLessThan(0.05);
  });
});
