/**
 * What the costing engine needs from structures: each CCG's and pooled arrangement's posts costed
 * once per pass, the part of a structure that replaces a core or function estimate, and the
 * single-point-of-failure flags. A structure replaces the estimate for exactly what it covers:
 * core-heading posts the core, posts headed f function f.
 */
import type { RiskFlag } from '../costing/results';
import type { Scenario } from '../model/workspace';
import { costStructure, type StructureCost } from './structureCost';
import { CORE_HEADINGS, type StaffingAssumptions, type Structure } from './staffingTypes';
import { MODEL_RULES } from '../model/arrangementModels';

/** A cost taken from posts: how much, how many WTE and which posts. */
export interface SourcedCost {
  readonly cost: number;
  readonly wte: number;
  readonly postIds: readonly string[];
}

/** One structure costed, with the parts that replace estimates already summed. */
export interface CostedStructure {
  readonly cost: StructureCost;
  /** The core-heading posts, if there are any. */
  readonly core?: SourcedCost;
  /** By heading (a function id, or a core heading): the posts under it. */
  readonly functions: ReadonlyMap<string, SourcedCost>;
}

export interface StructureIndex {
  /** By CCG id, for CCGs with a structure. */
  readonly ccgs: ReadonlyMap<string, CostedStructure>;
  /** By arrangement id, for pooled arrangements with a structure. */
  readonly arrangements: ReadonlyMap<string, CostedStructure>;
}

const EMPTY: StructureIndex = { ccgs: new Map(), arrangements: new Map() };

/**
 * Structures already costed, by structure and the staffing assumptions they were costed under.
 * Documents are never changed in place (every edit makes new objects), so a structure object
 * costs the same until it is replaced; a scenario and its baseline, and every recosting after an
 * edit elsewhere, share the work.
 */
const costedCache = new WeakMap<
  Structure,
  { readonly staffing: StaffingAssumptions; readonly costed: CostedStructure }
>();

/**
 * Whether two sets of staffing assumptions cost posts alike. Resolving a scenario's overrides
 * makes a new object each time but keeps the bands' array unless the bands are overridden.
 */
function sameRates(a: StaffingAssumptions, b: StaffingAssumptions): boolean {
  return (
    a === b ||
    (a.bands === b.bands && a.onCostRate === b.onCostRate && a.nonPayPerWte === b.nonPayPerWte)
  );
}

/** A structure's costs and the sums the engine reads, worked out once per structure object. */
export function costedStructure(
  structure: Structure,
  staffing: StaffingAssumptions,
): CostedStructure {
  const known = costedCache.get(structure);
  if (known && sameRates(known.staffing, staffing)) return known.costed;
  const cost = costStructure(structure, staffing);
  const functions = new Map<string, SourcedCost>();
  for (const [heading, h] of cost.byHeading)
    functions.set(heading, { cost: h.cost, wte: h.wte, postIds: h.postIds });
  // Summed in CORE_HEADINGS order, whatever order the posts come in.
  let core: SourcedCost | undefined;
  let total = 0;
  let wte = 0;
  const postIds: string[] = [];
  for (const h of CORE_HEADINGS) {
    const hc = cost.byHeading.get(h);
    if (!hc) continue;
    total += hc.cost;
    wte += hc.wte;
    postIds.push(...hc.postIds);
  }
  if (postIds.length > 0) core = { cost: total, wte, postIds };
  const costed: CostedStructure = { cost, core, functions };
  costedCache.set(structure, { staffing, costed });
  return costed;
}

/** Costs every structure of a scenario (each structure object once, across passes). */
export function indexStructures(scenario: Scenario, staffing: StaffingAssumptions): StructureIndex {
  let ccgs: Map<string, CostedStructure> | undefined;
  let arrangements: Map<string, CostedStructure> | undefined;
  for (const n of scenario.nodes) {
    if (n.kind !== 'ccg' || !n.structure || n.structure.posts.length === 0) continue;
    (ccgs ??= new Map()).set(n.id, costedStructure(n.structure, staffing));
  }
  for (const a of scenario.arrangements) {
    if (!a.structure || a.structure.posts.length === 0 || !MODEL_RULES[a.model].pooled) continue;
    (arrangements ??= new Map()).set(a.id, costedStructure(a.structure, staffing));
  }
  if (!ccgs && !arrangements) return EMPTY;
  return { ccgs: ccgs ?? new Map(), arrangements: arrangements ?? new Map() };
}

/** A CCG's core from its core-heading posts (with their non-pay share), if it has any. */
export function coreFromStructure(costed: CostedStructure | undefined): SourcedCost | undefined {
  return costed?.core;
}

/** Function f from the posts headed f, if there are any. */
export function functionFromStructure(
  costed: CostedStructure | undefined,
  functionId: string,
): SourcedCost | undefined {
  return costed?.functions.get(functionId);
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
    const costed = structures.ccgs.get(n.id);
    if (!costed) continue;
    for (const [heading, h] of costed.cost.byHeading) {
      if ((CORE_HEADINGS as readonly string[]).includes(heading) || !isInHouse(n.id, heading))
        continue;
      if (h.wte < minWte) {
        flags.push({
          id: 'single-point-of-failure',
          severity: 'warning',
          subject: n.id,
          message: `${n.name} runs ${functionName(heading)} in-house on ${wteWords(h.wte)}, fewer than ${minWte}: one absence stops it`,
        });
      }
    }
  }
  for (const a of scenario.arrangements) {
    const costed = structures.arrangements.get(a.id);
    if (!costed) continue;
    for (const f of a.functions) {
      const h = costed.functions.get(f);
      if (h && h.wte < minWte) {
        flags.push({
          id: 'single-point-of-failure',
          severity: 'warning',
          subject: a.id,
          message: `${a.name} delivers ${functionName(f)} on ${wteWords(h.wte)} of posts, fewer than ${minWte}: one absence stops it`,
        });
      }
    }
  }
  return flags;
}
