/**
 * Risk flags (DESIGN.md §4, "Risk flags"): the concerns the seeds raise, each naming its subject
 * in words. Pure: derived from the scenario, its resolved assumptions and its costed CCGs. Only
 * over-cap depends on the planning year; the others are worked out once and are the same every year.
 */
import type { ArrangementInfo } from '../costing/coverageIndex';
import type { CcgResult, RiskFlag, YearCcgResult } from '../costing/results';
import { formatPercent, formatPerHead, formatPopulation, formatPounds } from '../format/format';
import { MODEL_RULES } from '../model/arrangementModels';
import type { ScenarioIndex } from '../model/scenarioIndex';
import type { Assumptions, LaOverlap, PlanningYear, Scenario } from '../model/workspace';

/** Coterminosity threshold: a partner needs this share of its population in the LA. */
export const COTERMINOUS_SHARE = 0.8;

/** What riskFlags needs of a costed CCG (the year-independent figures will do). */
export type FlaggedCcg = Pick<
  CcgResult,
  'id' | 'name' | 'population' | 'federated' | 'localities' | 'functions'
>;

/** The flags that are the same in every planning year: per CCG, and the rest in order. */
export interface StandingFlags {
  /** small-ccg and federated-without-localities, by CCG id. */
  readonly byCcg: ReadonlyMap<string, readonly RiskFlag[]>;
  /** Arrangement flags, then provider concentration. */
  readonly rest: readonly RiskFlag[];
}

/** The over-cap flag of one CCG in one year, if it runs over its allowance. */
export function overCapFlag(
  c: Pick<YearCcgResult, 'id' | 'name' | 'perHead' | 'running' | 'allowance' | 'population'>,
  year: Pick<PlanningYear, 'label'>,
): RiskFlag | undefined {
  if (!(c.running > c.allowance)) return undefined;
  const { name, perHead, running, allowance, population } = c;
  const { label } = year;
  return {
    id: 'over-cap',
    severity: 'error',
    subject: c.id,
    // Worded when read: a costing flags every CCG over its allowance in every year (hundreds at
    // England scale) and formatting all their figures up front was a fifth of the costing time;
    // the screen reads a handful.
    get message(): string {
      return `${name} runs at ${formatPerHead(perHead)} a head in ${label}, ${formatPounds(running - allowance)} over its ${label} allowance of ${formatPounds(allowance)} (${formatPerHead(allowance / population)} a head).`;
    },
  };
}

/** A year's flags, in the order v1 listed them: each CCG's (over-cap first), then the rest. */
export function flagsForYear(
  ccgs: readonly Pick<
    YearCcgResult,
    'id' | 'name' | 'perHead' | 'running' | 'allowance' | 'population'
  >[],
  year: Pick<PlanningYear, 'label'>,
  standing: StandingFlags,
): RiskFlag[] {
  const flags: RiskFlag[] = [];
  for (const c of ccgs) {
    const over = overCapFlag(c, year);
    if (over) flags.push(over);
    const own = standing.byCcg.get(c.id);
    if (own) flags.push(...own);
  }
  flags.push(...standing.rest);
  return flags;
}

/** Every flag of one costed year (CcgResult carries that year's running cost and allowance). */
export function riskFlags(
  scenario: Scenario,
  a: Assumptions,
  index: ScenarioIndex,
  ccgs: readonly CcgResult[],
  arrangements: readonly Pick<ArrangementInfo, 'arrangement' | 'members'>[],
  year: Pick<PlanningYear, 'label'>,
): RiskFlag[] {
  return flagsForYear(ccgs, year, standingFlags(scenario, a, index, ccgs, arrangements));
}

/**
 * The flags that do not depend on the year. `arrangements` are the scenario's arrangements with
 * their effective members, in scenario order, as the costing pass already worked them out.
 */
export function standingFlags(
  scenario: Scenario,
  a: Assumptions,
  index: ScenarioIndex,
  ccgs: readonly FlaggedCcg[],
  arrangements: readonly Pick<ArrangementInfo, 'arrangement' | 'members'>[],
): StandingFlags {
  const byCcgFlags = new Map<string, RiskFlag[]>();
  const own = (id: string): RiskFlag[] => {
    let list = byCcgFlags.get(id);
    if (!list) byCcgFlags.set(id, (list = []));
    return list;
  };
  const flags: RiskFlag[] = [];
  const byId = new Map(ccgs.map((c) => [c.id, c]));
  const nameOf = (id: string): string => index.byId.get(id)?.name ?? id;

  for (const c of ccgs) {
    if (c.population < a.smallCcgPopulation) {
      own(c.id).push({
        id: 'small-ccg',
        severity: 'warning',
        subject: c.id,
        message: `${c.name} serves ${formatPopulation(c.population)} people, under the ${formatPopulation(a.smallCcgPopulation)} often judged too small to stand alone.`,
      });
    }
    if (c.federated && c.localities < 2) {
      own(c.id).push({
        id: 'federated-without-localities',
        severity: 'warning',
        subject: c.id,
        message: `${c.name} is marked federated but has ${c.localities === 0 ? 'no localities' : 'only one locality'} to devolve to.`,
      });
    }
  }

  const overlapOf = firstOverlaps(scenario.laOverlaps);
  for (const { arrangement: arr, members } of arrangements) {
    if (arr.model === 'host-ccg' && arr.hostCcgId) {
      const total = members.reduce((s, m) => s + (byId.get(m)?.population ?? 0), 0);
      const hostPop = byId.get(arr.hostCcgId)?.population ?? 0;
      if (total > 0 && hostPop > total / 2) {
        flags.push({
          id: 'host-dominance',
          severity: 'warning',
          subject: arr.id,
          message: `${arr.name}: host ${nameOf(arr.hostCcgId)} has ${formatPercent(hostPop / total)} of the arrangement's population and risks becoming the dominant partner.`,
        });
      }
    }
    if (MODEL_RULES[arr.model].memberSplit && arr.riskShareAgreed !== true) {
      flags.push({
        id: 'risk-share-unagreed',
        severity: 'warning',
        subject: arr.id,
        message: `${arr.name}: the ${MODEL_RULES[arr.model].inSentence} has no agreement yet on sharing HR, legal obligations and financial risk.`,
      });
    }
    if (arr.model === 'la-partnership' && arr.laId) {
      for (const m of members) {
        const overlap = overlapOf.get(m)?.get(arr.laId);
        const share = overlap?.share ?? 0;
        if (share < COTERMINOUS_SHARE) {
          flags.push({
            id: 'non-coterminous',
            severity: 'warning',
            subject: m,
            message: `${nameOf(m)} has ${overlap ? formatPercent(share) : 'none'} of its population in ${nameOf(arr.laId)}, a partner in ${arr.name}: not coterminous (80% or more expected).`,
          });
        }
      }
    }
    if (arr.model === 'external' && arr.functions.includes('bi')) {
      flags.push({
        id: 'patient-data-external',
        severity: 'warning',
        subject: arr.id,
        message: `${arr.name}: business intelligence on sensitive patient data is outsourced to ${arr.providerId ? nameOf(arr.providerId) : 'an external provider'}.`,
      });
    }
  }

  // provider-concentration: one csu or external provider delivers more than half of a CCG's functions.
  const functionCount = a.functions.length;
  for (const c of ccgs) {
    // Made only for a CCG that buys a function, so an all-in-house CCG allocates nothing.
    let perProvider: Map<string, number> | undefined;
    for (const fnId in c.functions) {
      const fc = c.functions[fnId];
      if (fc && fc.mode !== 'in-house' && MODEL_RULES[fc.mode].bought && fc.providerId) {
        perProvider ??= new Map();
        perProvider.set(fc.providerId, (perProvider.get(fc.providerId) ?? 0) + 1);
      }
    }
    if (!perProvider) continue;
    for (const [providerId, n] of perProvider) {
      if (n > functionCount / 2) {
        flags.push({
          id: 'provider-concentration',
          severity: 'info',
          subject: c.id,
          message: `${c.name} buys ${n} of its ${functionCount} support functions from ${nameOf(providerId)}.`,
        });
      }
    }
  }
  return { byCcg: byCcgFlags, rest: flags };
}

/** CCG id → LA id → the first overlap linking them (as a scan of laOverlaps would find it). */
function firstOverlaps(overlaps: readonly LaOverlap[]): Map<string, Map<string, LaOverlap>> {
  const byCcg = new Map<string, Map<string, LaOverlap>>();
  for (const o of overlaps) {
    let byLa = byCcg.get(o.ccgId);
    if (!byLa) byCcg.set(o.ccgId, (byLa = new Map()));
    if (!byLa.has(o.laId)) byLa.set(o.laId, o);
  }
  return byCcg;
}
