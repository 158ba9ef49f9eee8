import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { costScenario } from '../../../shared/costing/costScenario';
import type { CcgNode, ClusterNode, Node } from '../../../shared/model/workspace';
import { england2013Sample } from '../../../shared/samples/england2013/england2013Sample';
import { findSample } from '../../../shared/samples/index';

// The published table, read independently of the generated module.
const CSV = join(__dirname, '..', '..', 'fixtures', 'england-2013', 'ccg_2013_merged.csv');
const published = Papa.parse<Record<string, string>>(readFileSync(CSV, 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

const ws = england2013Sample();
const scenario = ws.scenarios[0];
if (!scenario) throw new Error('no scenario');
const ccgs = scenario.nodes.filter((n): n is CcgNode => n.kind === 'ccg');
const clusters = scenario.nodes.filter((n): n is ClusterNode => n.kind === 'cluster');
const byCode = new Map(ccgs.map((c) => [c.code, c]));

function overlaps(a: Node & ClusterNode, b: Node & ClusterNode): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('England 2013 sample', () => {
  it('is offered by id, with one scenario "All in-house" and nothing invented', () => {
    expect(findSample('england-2013')?.create().name).toBe(ws.name);
    expect(ws.scenarios.map((s) => s.name)).toEqual(['All in-house']);
    expect(scenario.nodes.filter((n) => n.kind !== 'ccg' && n.kind !== 'cluster')).toEqual([]);
    expect(scenario.arrangements).toEqual([]);
    expect(scenario.laOverlaps).toEqual([]);
    expect(ws.description).toMatch(/NHS Commissioning Board/);
    expect(ws.description).toMatch(/ONS/);
    expect(ws.description).toMatch(/none is invented/);
  });

  it('has the 211 CCGs in 49 clusters, each CCG in its published cluster', () => {
    expect(published).toHaveLength(211);
    expect(ccgs).toHaveLength(211);
    expect(clusters).toHaveLength(49);
    const clusterName = new Map(clusters.map((c) => [c.id, c.name]));
    for (const row of published) {
      const ccg = byCode.get(row.ccg13cdh_ods);
      expect(ccg, row.ccg13cdh_ods).toBeDefined();
      expect(clusterName.get(ccg?.clusterId ?? '')).toBe(row.pct_cluster_2012?.trim());
    }
  });

  it('names and codes every CCG as published, and takes the 2012 registered list as its population', () => {
    for (const row of published) {
      const ccg = byCode.get(row.ccg13cdh_ods);
      expect(ccg?.name).toBe(`${row.ccg13nm_ons} CCG`);
      expect(ccg?.population).toBe(Number(row.ads2012_registered_population));
    }
    expect(byCode.get('03V')?.name).toBe('NHS Corby CCG');
    expect(byCode.get('03V')?.population).toBe(69_801);
    expect(ccgs.reduce((s, c) => s + (c.population ?? 0), 0)).toBe(55_712_256);
  });

  it('gives every CCG its published 2013/14 allowance to the pound, on its ONS-adjusted population, and the engine costs it so', () => {
    // Published in £m to two decimals: 3.75 must be exactly 3,750,000, not 3,749,999.9999.
    expect(byCode.get('02N')?.allowances?.['2013-14']).toBe(3_750_000);
    const result = costScenario(ws, scenario.id, { yearId: '2013-14' });
    const costed = new Map(result.ccgs.map((r) => [r.id, r.allowance]));
    let pence = 0;
    for (const row of published) {
      const ccg = byCode.get(row.ccg13cdh_ods);
      const [whole, frac = ''] = (row.rca_2013_14_gbp_m ?? '').split('.');
      const pounds = Number(whole) * 1_000_000 + Number(frac.padEnd(2, '0')) * 10_000;
      pence += Number(whole) * 100 + Number(frac.padEnd(2, '0'));
      expect(ccg?.allowances?.['2013-14'], row.ccg13cdh_ods).toBe(pounds);
      expect(costed.get(ccg?.id ?? ''), row.ccg13cdh_ods).toBe(pounds);
      expect(ccg?.allowancePopulation).toBe(
        Number(row.ads_registered_population_adjusted_to_ons13_projections),
      );
    }
    // £1,345.20m: 134,520 hundredths of a million, and the engine's total to the pound.
    expect(pence).toBe(134_520);
    expect(result.totals.allowance).toBe(1_345_200_000);
    expect(ccgs.reduce((s, c) => s + (c.allowancePopulation ?? 0), 0)).toBe(53_807_894);
    expect(costed.get('ccg-03v')).toBe(1_660_000);
  });

  it('lays the clusters out without overlaps, in four regional blocks', () => {
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const a = clusters[i] as ClusterNode;
        const b = clusters[j] as ClusterNode;
        expect(overlaps(a, b), `${a.name} / ${b.name}`).toBe(false);
      }
    }
    // North above London, Midlands and East to the right of North, South to the right of London.
    const region = new Map(published.map((r) => [r.pct_cluster_2012?.trim(), r.nhscb_region_2012]));
    const boxes = (name: string) => clusters.filter((c) => region.get(c.name) === name);
    const right = (cs: ClusterNode[]) => Math.max(...cs.map((c) => c.x + c.width));
    const bottom = (cs: ClusterNode[]) => Math.max(...cs.map((c) => c.y + c.height));
    const left = (cs: ClusterNode[]) => Math.min(...cs.map((c) => c.x));
    const top = (cs: ClusterNode[]) => Math.min(...cs.map((c) => c.y));
    expect(left(boxes('Midlands and East'))).toBeGreaterThan(right(boxes('North')));
    expect(top(boxes('London'))).toBeGreaterThan(bottom(boxes('North')));
    expect(left(boxes('South'))).toBeGreaterThan(right(boxes('London')));
    expect(top(boxes('South'))).toBeGreaterThan(bottom(boxes('Midlands and East')));
  });
});
