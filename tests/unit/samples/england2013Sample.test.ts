import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CcgNode, ClusterNode, Node } from '../../../shared/model/workspace';
import { england2013Sample } from '../../../shared/samples/england2013/england2013Sample';
import { findSample } from '../../../shared/samples/index';

// The published table, read independently of the generated module.
const CSV = join(__dirname, '..', '..', 'fixtures', 'england-2013', 'ccg_2013_merged.csv');
const published = Papa.parse<Record<string, string>>(readFileSync(CSV, 'utf8'), { header: true, skipEmptyLines: true }).data;

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
