/**
 * Per-pass look-ups for the costing engine: each arrangement's effective members and pooled
 * population, and which arrangement covers each (CCG, function) pair. Built once per scenario so
 * costing 2,000-odd pairs of an England-scale workspace never rebuilds a member list or scans the
 * arrangements (DESIGN.md §7 budget).
 */
import { effectiveMembers } from '../model/scenarioIndex';
import type { Arrangement } from '../model/workspace';

/** An arrangement as costed, with what is the same for every member worked out once. */
export interface ArrangementInfo {
  readonly arrangement: Arrangement;
  /** effectiveMembers(arrangement): a host CCG included, each CCG once, in order. */
  readonly members: readonly string[];
  /** Σ pop(m) over the members, summed in member order (so figures match member-by-member sums). */
  readonly membersPop: number;
}

export interface CoverageIndex {
  /** Every arrangement of the scenario, in scenario order. */
  readonly arrangements: readonly ArrangementInfo[];
  /**
   * CCG id → function id → the arrangement covering that pair. The validator guarantees at most
   * one; should a document break that, the first arrangement in scenario order wins.
   */
  readonly byCcg: ReadonlyMap<string, ReadonlyMap<string, ArrangementInfo>>;
}

export function indexCoverage(
  arrangements: readonly Arrangement[],
  popOf: (ccgId: string) => number,
): CoverageIndex {
  const infos: ArrangementInfo[] = [];
  const byCcg = new Map<string, Map<string, ArrangementInfo>>();
  for (const arrangement of arrangements) {
    const members = effectiveMembers(arrangement);
    let membersPop = 0;
    for (const m of members) membersPop += popOf(m);
    const info: ArrangementInfo = { arrangement, members, membersPop };
    infos.push(info);
    for (const member of members) {
      let covered = byCcg.get(member);
      if (!covered) byCcg.set(member, (covered = new Map()));
      for (const f of arrangement.functions) {
        if (!covered.has(f)) covered.set(f, info);
      }
    }
  }
  return { arrangements: infos, byCcg };
}
