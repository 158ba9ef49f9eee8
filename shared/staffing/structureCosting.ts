/**
 * What the costing engine needs from structures: each CCG's and pooled arrangement's posts costed
 * once per pass, the part of a structure that replaces a core or function estimate, and the
 * single-point-of-failure flags. A structure replaces the estimate for exactly what it covers:
 * core-heading posts the core, posts headed f function f.
 */
import type { RiskFlag } from '../costing/results';
import type { Scenario } from '../model/workspace';
import { costStructure, type StructureCost } from './structureCost';
import { CORE_HEADINGS, type StaffingAssumptions } from './staffingTypes';
import { POOLED_MODELS } from './validateStaffing';

/** A cost taken from posts: how much, how many WTE and which posts. */
export interface SourcedCost {
  readonly cost: number;
  readonly wte: number;
  readonly postIds: readonly string[];
}

export interface StructureIndex {
  /** By CCG id, for CCGs with a structure. */
  readonly ccgs: ReadonlyMap<string, StructureCost>;
  /** By arrangement id, for pooled arrangements with a structure. */
  readonly arrangements: ReadonlyMap<string, StructureCost>;
}

const EMPTY: StructureIndex = { ccgs: new Map(), arrangements: new Map() };

/** Costs every structure of a scenario once. */
export function indexStructures(scenario: Scenario, staffing: StaffingAssumptions): StructureIndex {
  let ccgs: Map<string, StructureCost> | undefined;
  let arrangements: Map<string, StructureCost> | undefined;
  for (const n of scenario.nodes) {
    if (n.kind !== 'ccg' || !n.structure || n.structure.posts.length === 0) continue;
    (ccgs ??= new Map()).set(n.id, costStructure(n.structure, staffing));
  }
  for (const a of scenario.arrangements) {
    if (!a.structure || a.structure.posts.length === 0 || !POOLED_MODELS.includes(a.model)) continue;
    (arrangements ??= new Map()).set(a.id, costStructure(a.structure, staffing));
  }
  if (!ccgs && !arrangements) return EMPTY;
  return { ccgs: ccgs ?? new Map(), arrangements: arrangements ?? new Map() };
}

/** The posts under some headings, if there are any. */
function sourced(cost: StructureCost | undefined, headings: readonly string[]): SourcedCost | undefined {
  if (!cost) return undefined;
  let total = 0;
  let wte = 0;
  let postIds: string[] | undefined;
  for (const h of headings) {
    const hc = cost.byHeading.get(h);
    if (!hc) continue;
    total += hc.cost;
    wte += hc.wte;
    (postIds ??= []).push(...hc.postIds);
  }
  return postIds ? { cost: total, wte, postIds } : undefined;
}

/** A CCG's core from its core-heading posts (with their non-pay share), if it has any. */
export function coreFromStructure(cost: StructureCost | undefined): SourcedCost | undefined {
  return sourced(cost, CORE_HEADINGS);
}

/** Function f from the posts headed f, if there are any. */
export function functionFromStructure(cost: StructureCost | undefined, functionId: string): SourcedCost | undefined {
  return sourced(cost, [functionId]);
}

/**
 * `single-point-of-failure` (warning): a function delivered from a structure with fewer than
 * minWtePerFunction WTE — the CCG's own posts for an in-house function, or a pooled
 * arrangement's posts for a function it covers.
 */
export function singlePointOfFailureFlags(
  scenario: Scenario,
  structures: StructureIndex,
  isInHouse: (ccgId: string, functionId: string) => boolean,
  functionName: (functionId: string) => string,
  minWte: number,
): RiskFlag[] {
  if (structures.ccgs.size === 0 && structures.arrangements.size === 0) return [];
  const flags: RiskFlag[] = [];
  const wteWords = (n: number): string => `${+n.toFixed(2)} WTE`;
  for (const n of scenario.nodes) {
    if (n.kind !== 'ccg') continue;
    const cost = structures.ccgs.get(n.id);
    if (!cost) continue;
    for (const [heading, h] of cost.byHeading) {
      if ((CORE_HEADINGS as readonly string[]).includes(heading) || !isInHouse(n.id, heading)) continue;
      if (h.wte < minWte) {
        flags.push({
          id: 'single-point-of-failure', severity: 'warning', subject: n.id,
          message: `${n.name} runs ${functionName(heading)} in-house on ${wteWords(h.wte)}, fewer than ${minWte}: one absence stops it`,
        });
      }
    }
  }
  for (const a of scenario.arrangements) {
    const cost = structures.arrangements.get(a.id);
    if (!cost) continue;
    for (const f of a.functions) {
      const h = cost.byHeading.get(f);
      if (h && h.wte < minWte) {
        flags.push({
          id: 'single-point-of-failure', severity: 'warning', subject: a.id,
          message: `${a.name} delivers ${functionName(f)} on ${wteWords(h.wte)} of posts, fewer than ${minWte}: one absence stops it`,
        });
      }
    }
  }
  return flags;
}
