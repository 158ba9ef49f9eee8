/**
 * Validates a workspace document (DESIGN.md §5) and explains every problem in located, human
 * words: `scenario "Option B" › arrangement "North shared service": member "ccg-9" does not exist`.
 * Order: migrate to the current version, check structure (zod), then check meaning (references,
 * duplicates, coverage, ranges). A document is either valid as a whole or rejected unchanged.
 */
import type { z } from 'zod';
import {
  ASSUMPTION_INFO,
  functionAssumptionInfo,
  yearAssumptionInfo,
  type AssumptionInfo,
} from '../assumptions/assumptionInfo';
import { resolveAssumptions } from '../assumptions/resolveAssumptions';
import { formatPopulation } from '../format/format';
import { MODEL_RULES } from '../model/arrangementModels';
import { ccgPopulation, effectiveMembers, indexScenario } from '../model/scenarioIndex';
import {
  WORKSPACE_VERSION,
  type Assumptions,
  type Node,
  type Scenario,
  type Workspace,
} from '../model/workspace';
import { checkScenarioStaffing, checkWorkspaceStaffing } from '../staffing/checkScenarioStaffing';
import { locate, located } from './locate';
import { migrateWorkspace } from './migrations';
import { scenarioSizeProblems } from './scenarioSize';
import { NODE_KINDS, functionIdProblem, workspaceSchema, yearIdProblem } from './workspaceSchema';

export type ValidationResult =
  | { readonly ok: true; readonly workspace: Workspace; readonly migratedFrom?: number }
  | { readonly ok: false; readonly errors: readonly string[] };

/** At most this many messages are listed; a hopeless file should not produce a million lines. */
export const MAX_ERRORS = 200;

export function validateWorkspace(input: unknown): ValidationResult {
  const migrated = migrateWorkspace(input);
  if (!migrated.ok) return migrated;
  // Before the structure check, whose work grows with the file: a huge file is refused at once.
  const tooBig = scenarioSizeProblems(migrated.document);
  if (tooBig.length > 0) return { ok: false, errors: cap(tooBig) };
  const parsed = workspaceSchema.safeParse(migrated.document);
  if (!parsed.success) {
    return {
      ok: false,
      errors: cap(parsed.error.issues.map((issue) => describeIssue(migrated.document, issue))),
    };
  }
  const workspace: Workspace = parsed.data;
  const errors = cap([...checkMeaning(workspace), ...checkStaffing(workspace)]);
  if (errors.length > 0) return { ok: false, errors };
  return migrated.fromVersion === workspace.version
    ? { ok: true, workspace }
    : { ok: true, workspace, migratedFrom: migrated.fromVersion };
}

/** Staffing structures, baselines and staffing assumptions (format version 4). */
function checkStaffing(ws: Workspace): string[] {
  const functionIds = new Set(ws.assumptions.functions.map((f) => f.id));
  const scenarioIds = new Set(ws.scenarios.map((s) => s.id));
  const errors = checkWorkspaceStaffing(ws.assumptions);
  for (const s of ws.scenarios)
    errors.push(
      ...checkScenarioStaffing(s, ws.assumptions, functionIds, scenarioIds, `scenario "${s.name}"`),
    );
  return errors;
}

function cap(errors: string[]): string[] {
  const unique = [...new Set(errors)];
  if (unique.length <= MAX_ERRORS) return unique;
  return [...unique.slice(0, MAX_ERRORS), `…and ${unique.length - MAX_ERRORS} more problems`];
}

// ---------------------------------------------------------------------------------------------
// Structure: zod issues in words

function describeValue(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string')
    return `text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}…` : v)}`;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return String(v);
  return 'an object';
}

const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, k)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function describeIssue(root: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const { where, field } = locate(root, path);
  const actual = valueAt(root, path);
  let problem: string;
  switch (issue.code) {
    case 'invalid_type':
      problem =
        actual === undefined
          ? 'is missing'
          : `must be ${EXPECTED_WORDS[issue.expected] ?? issue.expected}, not ${describeValue(actual)}`;
      break;
    case 'unrecognized_keys':
      problem = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (not part of file format version ${WORKSPACE_VERSION})`;
      break;
    case 'invalid_value':
      problem = `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, not ${describeValue(actual)}`;
      break;
    case 'invalid_union':
      problem =
        'discriminator' in issue && issue.discriminator === 'kind'
          ? `kind must be one of ${NODE_KINDS.join(', ')}, not ${describeValue(path[path.length - 1] === 'kind' ? actual : valueAt(actual, ['kind']))}`
          : 'is not in a form this file format accepts';
      break;
    case 'invalid_format':
      problem =
        issue.format === 'datetime'
          ? `must be an ISO 8601 date and time such as "2012-03-01T09:00:00Z", not ${describeValue(actual)}`
          : `is not a valid ${issue.format}`;
      break;
    case 'too_small':
    case 'too_big':
    case 'custom':
      problem = issue.message;
      break;
    default:
      problem = issue.message;
  }
  return located(where, field, problem);
}

// ---------------------------------------------------------------------------------------------
// Meaning: references, duplicates, coverage, ranges

function checkMeaning(ws: Workspace): string[] {
  const errors: string[] = [];
  const functionIds = new Set<string>();
  ws.assumptions.functions.forEach((f, i) => {
    const idProblem = functionIdProblem(f.id);
    if (idProblem) errors.push(located(`assumptions › function #${i + 1}`, 'id', idProblem));
    if (functionIds.has(f.id))
      errors.push(
        located(`assumptions › function #${i + 1}`, 'id', `"${f.id}" is used by another function`),
      );
    functionIds.add(f.id);
  });
  errors.push(...checkYears(ws.assumptions));
  errors.push(...checkAssumptionRanges(ws.assumptions, 'assumptions'));

  const scenarioIds = new Set<string>();
  for (const scenario of ws.scenarios) {
    const where = `scenario "${scenario.name}"`;
    if (scenarioIds.has(scenario.id))
      errors.push(located(where, 'id', `"${scenario.id}" is used by another scenario`));
    scenarioIds.add(scenario.id);
    errors.push(...checkScenario(scenario, ws.assumptions, functionIds, where));
    errors.push(...checkOverlapPopulations(scenario, where));
  }
  errors.push(...checkSlides(ws));
  return errors;
}

/** The most planning years a workspace may have. */
export const MAX_YEARS = 10;

/** The planning years: one to ten, each id once and of lower-case letters, digits and hyphens (their ranges are checked with the other assumptions). */
function checkYears(a: Assumptions): string[] {
  const errors: string[] = [];
  if (a.years.length === 0)
    errors.push(located('assumptions', 'years', 'must list at least one planning year'));
  if (a.years.length > MAX_YEARS)
    errors.push(
      located(
        'assumptions',
        'years',
        `lists ${a.years.length} planning years; at most ${MAX_YEARS} are allowed`,
      ),
    );
  const seen = new Set<string>();
  a.years.forEach((y, i) => {
    const idProblem = yearIdProblem(y.id);
    if (idProblem)
      errors.push(located(`assumptions › year #${i + 1} "${y.label}"`, 'id', idProblem));
    if (seen.has(y.id))
      errors.push(
        located(
          `assumptions › year #${i + 1} "${y.label}"`,
          'id',
          `"${y.id}" is used by another year`,
        ),
      );
    seen.add(y.id);
  });
  return errors;
}

/** Tolerance of the council population check: published overlaps and populations are rounded. */
const OVERLAP_POPULATION_TOLERANCE = 0.01;

/**
 * A council's overlaps cannot put more people in it than live there: Σ over CCGs of
 * share × pop(CCG) may exceed pop(LA) by at most 1%.
 */
function checkOverlapPopulations(scenario: Scenario, where: string): string[] {
  const index = indexScenario(scenario);
  const inLa = new Map<string, number>();
  for (const o of scenario.laOverlaps) {
    const ccg = index.byId.get(o.ccgId);
    if (ccg?.kind !== 'ccg') continue;
    const pop = ccgPopulation(ccg, index);
    if (!Number.isFinite(pop)) continue;
    inLa.set(o.laId, (inLa.get(o.laId) ?? 0) + o.share * pop);
  }
  const errors: string[] = [];
  for (const [laId, people] of inLa) {
    const la = index.byId.get(laId);
    if (la?.kind !== 'localAuthority') continue;
    if (people > la.population * (1 + OVERLAP_POPULATION_TOLERANCE)) {
      errors.push(
        located(
          `${where} › local authority "${la.name}"`,
          '',
          `the CCGs' overlaps put ${formatPopulation(Math.round(people))} people in it, more than its population of ${formatPopulation(la.population)}`,
        ),
      );
    }
  }
  return errors;
}

/**
 * Slides' references: each names a scenario of the workspace, and a highlighted CCG or
 * arrangement must be in that scenario; a comparison names existing, different scenarios.
 * Messages read `slide "Option B — North": scenario "s-9" does not exist`.
 */
export function checkSlides(ws: Workspace): string[] {
  const errors: string[] = [];
  const scenarios = new Map(ws.scenarios.map((s) => [s.id, s]));
  const yearIds = new Set(ws.assumptions.years.map((y) => y.id));
  // Each scenario's CCG and arrangement ids, made once when a slide first needs them: many
  // slides on a large scenario must not each scan its nodes.
  const idsOf = new Map<
    Scenario,
    { readonly ccgs: ReadonlySet<string>; readonly arrangements: ReadonlySet<string> }
  >();
  const scenarioIds = (s: Scenario) => {
    let ids = idsOf.get(s);
    if (!ids) {
      ids = {
        ccgs: new Set(s.nodes.filter((n) => n.kind === 'ccg').map((n) => n.id)),
        arrangements: new Set(s.arrangements.map((a) => a.id)),
      };
      idsOf.set(s, ids);
    }
    return ids;
  };
  const slideIds = new Set<string>();
  for (const slide of ws.slides ?? []) {
    const where = `slide "${slide.title}"`;
    if (slideIds.has(slide.id))
      errors.push(located(where, 'id', `"${slide.id}" is used by another slide`));
    slideIds.add(slide.id);
    const scenario = scenarios.get(slide.scenarioId);
    if (!scenario) errors.push(located(where, '', `scenario "${slide.scenarioId}" does not exist`));
    if (slide.yearId !== undefined && !yearIds.has(slide.yearId)) {
      errors.push(
        located(
          where,
          'yearId',
          `year "${slide.yearId}" is not a planning year (${[...yearIds].join(', ')})`,
        ),
      );
    }
    const h = slide.highlight;
    if (!h) continue;
    if (h.kind === 'comparison') {
      const seen = new Set<string>();
      for (const sid of h.scenarioIds) {
        if (!scenarios.has(sid))
          errors.push(located(where, 'highlight', `compared scenario "${sid}" does not exist`));
        if (seen.has(sid))
          errors.push(located(where, 'highlight', `compared scenario "${sid}" is listed twice`));
        seen.add(sid);
      }
    } else if (scenario) {
      const exists =
        h.kind === 'ccg'
          ? scenarioIds(scenario).ccgs.has(h.id)
          : scenarioIds(scenario).arrangements.has(h.id);
      const what = h.kind === 'ccg' ? 'CCG' : 'arrangement';
      if (!exists)
        errors.push(
          located(
            where,
            'highlight',
            `${what} "${h.id}" does not exist in scenario "${scenario.name}"`,
          ),
        );
    }
  }
  return errors;
}

function rangeProblem(info: AssumptionInfo, value: number): string | undefined {
  const belowMin = info.minInclusive ? value < info.min : value <= info.min;
  if (!belowMin && value <= info.max) return undefined;
  const low = info.minInclusive ? `${info.min} or more` : `more than ${info.min}`;
  return `${info.label} must be ${low} and at most ${info.max}, not ${value}`;
}

/** A number at a fixed path of ASSUMPTION_INFO ("core.perHead"), reading own fields only. */
function readFixedPath(a: Assumptions, path: string): number | undefined {
  let v: unknown = a;
  for (const p of path.split('.'))
    v =
      typeof v === 'object' && v !== null && Object.hasOwn(v, p)
        ? (v as Record<string, unknown>)[p]
        : undefined;
  return typeof v === 'number' ? v : undefined;
}

/**
 * Range checks. Function parameters are read from each function object, never through a dotted
 * path built from its id: an id holding a "." would otherwise name another path and escape the check.
 */
function checkAssumptionRanges(a: Assumptions, where: string): string[] {
  const errors: string[] = [];
  for (const info of ASSUMPTION_INFO) {
    const value = readFixedPath(a, info.path);
    if (value === undefined) continue;
    const problem = rangeProblem(info, value);
    if (problem) errors.push(located(where, info.path, problem));
  }
  for (const y of a.years) {
    const [allowanceInfo, indexInfo] = yearAssumptionInfo(y.id, y.label);
    for (const [info, value] of [
      [allowanceInfo, y.allowancePerHead],
      [indexInfo, y.costIndex],
    ] as const) {
      const problem = info ? rangeProblem(info, value) : undefined;
      if (info && problem) errors.push(located(where, info.path, problem));
    }
  }
  for (const f of a.functions) {
    const [costInfo, elasticityInfo] = functionAssumptionInfo(f.id, f.name);
    for (const [info, value] of [
      [costInfo, f.costPerHead],
      [elasticityInfo, f.scaleElasticity],
    ] as const) {
      const problem = info ? rangeProblem(info, value) : undefined;
      if (info && problem) errors.push(located(where, info.path, problem));
    }
  }
  return errors;
}

const KIND_WORDS: Readonly<Record<Node['kind'], string>> = {
  cluster: 'cluster',
  ccg: 'CCG',
  locality: 'locality',
  localAuthority: 'local authority',
  provider: 'provider',
};

function checkScenario(
  scenario: Scenario,
  base: Assumptions,
  functionIds: ReadonlySet<string>,
  where: string,
): string[] {
  const errors: string[] = [];
  const nodes = new Map<string, Node>();
  const nodeWhere = (n: Node) => `${where} › ${KIND_WORDS[n.kind]} "${n.name}"`;

  for (const n of scenario.nodes) {
    if (nodes.has(n.id))
      errors.push(
        located(nodeWhere(n), 'id', `"${n.id}" is used by another organisation in this scenario`),
      );
    else nodes.set(n.id, n);
  }
  const isKind = <K extends Node['kind']>(id: string | undefined, kind: K): boolean =>
    id !== undefined && nodes.get(id)?.kind === kind;
  const describeRef = (id: string, kind: Node['kind']): string => {
    const n = nodes.get(id);
    return n
      ? `"${id}" is a ${KIND_WORDS[n.kind]} ("${n.name}"), not a ${KIND_WORDS[kind]}`
      : `"${id}" does not exist`;
  };

  // Overrides: functions must exist; resolved values must be in range.
  const overrides = scenario.assumptionOverrides;
  const seenOverride = new Set<string>();
  for (const f of overrides?.functions ?? []) {
    if (!functionIds.has(f.id))
      errors.push(
        located(
          `${where} › assumption overrides`,
          'functions',
          `function "${f.id}" does not exist in the workspace assumptions`,
        ),
      );
    if (seenOverride.has(f.id))
      errors.push(
        located(
          `${where} › assumption overrides`,
          'functions',
          `function "${f.id}" is overridden twice`,
        ),
      );
    seenOverride.add(f.id);
  }
  const yearIds = new Set(base.years.map((y) => y.id));
  const seenYearOverride = new Set<string>();
  for (const y of overrides?.years ?? []) {
    if (!yearIds.has(y.id))
      errors.push(
        located(
          `${where} › assumption overrides`,
          'years',
          `year "${y.id}" is not a planning year of the workspace (${[...yearIds].join(', ')})`,
        ),
      );
    if (seenYearOverride.has(y.id))
      errors.push(
        located(`${where} › assumption overrides`, 'years', `year "${y.id}" is overridden twice`),
      );
    seenYearOverride.add(y.id);
  }
  const resolved = resolveAssumptions(base, overrides);
  const functionNames = new Map(resolved.functions.map((f) => [f.id, f.name]));
  if (overrides) errors.push(...checkAssumptionRanges(resolved, `${where} › assumption overrides`));

  // Nodes: references and populations.
  const localityCount = new Map<string, number>();
  for (const n of scenario.nodes) {
    if (n.kind === 'locality') {
      if (!isKind(n.ccgId, 'ccg'))
        errors.push(located(nodeWhere(n), 'ccgId', `CCG ${describeRef(n.ccgId, 'ccg')}`));
      localityCount.set(n.ccgId, (localityCount.get(n.ccgId) ?? 0) + 1);
    }
    if (n.kind === 'ccg' && n.allowances) {
      for (const yid of Object.keys(n.allowances)) {
        if (!yearIds.has(yid))
          errors.push(
            located(
              nodeWhere(n),
              `allowances.${yid}`,
              `"${yid}" is not a planning year (${[...yearIds].join(', ')})`,
            ),
          );
      }
    }
    if (n.kind === 'ccg' && n.clusterId !== undefined && !isKind(n.clusterId, 'cluster')) {
      errors.push(
        located(nodeWhere(n), 'clusterId', `cluster ${describeRef(n.clusterId, 'cluster')}`),
      );
    }
    if (n.kind === 'provider' && n.prices) {
      for (const fid of Object.keys(n.prices)) {
        if (!functionIds.has(fid))
          errors.push(located(nodeWhere(n), `prices.${fid}`, `function "${fid}" does not exist`));
      }
    }
  }
  for (const n of scenario.nodes) {
    if (n.kind === 'ccg' && n.population === undefined && !localityCount.get(n.id)) {
      errors.push(
        located(
          nodeWhere(n),
          'population',
          'is missing: a CCG needs a population or at least one locality',
        ),
      );
    }
  }

  // Local authority links.
  const shareByCcg = new Map<string, number>();
  const seenLinks = new Set<string>();
  for (const o of scenario.laOverlaps) {
    const linkWhere = `${where} › local authority link "${o.ccgId}" → "${o.laId}"`;
    if (!isKind(o.ccgId, 'ccg'))
      errors.push(located(linkWhere, 'ccgId', `CCG ${describeRef(o.ccgId, 'ccg')}`));
    if (!isKind(o.laId, 'localAuthority'))
      errors.push(
        located(linkWhere, 'laId', `local authority ${describeRef(o.laId, 'localAuthority')}`),
      );
    const key = `${o.ccgId}\u0000${o.laId}`;
    if (seenLinks.has(key))
      errors.push(located(linkWhere, '', 'this CCG and local authority are linked twice'));
    seenLinks.add(key);
    shareByCcg.set(o.ccgId, (shareByCcg.get(o.ccgId) ?? 0) + o.share);
  }
  for (const [ccgId, sum] of shareByCcg) {
    const ccg = nodes.get(ccgId);
    if (ccg && sum > 1 + 1e-9) {
      errors.push(
        located(
          nodeWhere(ccg),
          'laOverlaps',
          `the shares of its population in local authorities add up to ${+(sum * 100).toFixed(2)}%, more than 100%`,
        ),
      );
    }
  }

  // Arrangements.
  const arrangementIds = new Set<string>();
  const coveredBy = new Map<string, string>();
  for (const arr of scenario.arrangements) {
    const aw = `${where} › arrangement "${arr.name}"`;
    if (arrangementIds.has(arr.id))
      errors.push(located(aw, 'id', `"${arr.id}" is used by another arrangement`));
    if (nodes.has(arr.id))
      errors.push(
        located(aw, 'id', `"${arr.id}" is also the id of an organisation in this scenario`),
      );
    arrangementIds.add(arr.id);

    const seenMembers = new Set<string>();
    for (const m of arr.members) {
      if (seenMembers.has(m)) errors.push(located(aw, '', `member "${m}" is listed twice`));
      seenMembers.add(m);
      if (!isKind(m, 'ccg')) errors.push(located(aw, '', `member ${describeRef(m, 'ccg')}`));
    }
    const seenFns = new Set<string>();
    for (const f of arr.functions) {
      if (!functionIds.has(f)) errors.push(located(aw, '', `function "${f}" does not exist`));
      if (seenFns.has(f)) errors.push(located(aw, '', `function "${f}" is listed twice`));
      seenFns.add(f);
    }

    const needs = (field: 'hostCcgId' | 'laId' | 'providerId', what: string) => {
      if (arr[field] === undefined)
        errors.push(
          located(aw, field, `is missing: a ${arr.model} arrangement must name its ${what}`),
        );
    };
    const forbids = (field: 'hostCcgId' | 'laId' | 'providerId', usedBy: string) => {
      if (arr[field] !== undefined)
        errors.push(
          located(
            aw,
            field,
            `is only used by ${usedBy} arrangements; remove it or change the model`,
          ),
        );
    };
    switch (arr.model) {
      case 'host-ccg':
        needs('hostCcgId', 'host CCG');
        if (arr.hostCcgId !== undefined && !isKind(arr.hostCcgId, 'ccg'))
          errors.push(located(aw, 'hostCcgId', `host CCG ${describeRef(arr.hostCcgId, 'ccg')}`));
        forbids('laId', 'la-partnership');
        forbids('providerId', 'csu and external');
        break;
      case 'la-partnership':
        needs('laId', 'local authority');
        if (arr.laId !== undefined && !isKind(arr.laId, 'localAuthority'))
          errors.push(
            located(aw, 'laId', `local authority ${describeRef(arr.laId, 'localAuthority')}`),
          );
        forbids('hostCcgId', 'host-ccg');
        forbids('providerId', 'csu and external');
        break;
      case 'csu':
      case 'external': {
        needs('providerId', 'provider');
        const p = arr.providerId !== undefined ? nodes.get(arr.providerId) : undefined;
        if (arr.providerId !== undefined) {
          if (!p || p.kind !== 'provider')
            errors.push(
              located(aw, 'providerId', `provider ${describeRef(arr.providerId, 'provider')}`),
            );
          else if (arr.model === 'csu' && p.providerType !== 'csu')
            errors.push(
              located(
                aw,
                'providerId',
                `a csu arrangement must name a CSU, but "${p.name}" is a ${p.providerType} provider`,
              ),
            );
          else if (arr.model === 'external' && p.providerType === 'csu')
            errors.push(
              located(
                aw,
                'providerId',
                `an external arrangement must name a private, social enterprise or third-sector provider, but "${p.name}" is a CSU (use a csu arrangement)`,
              ),
            );
        }
        forbids('hostCcgId', 'host-ccg');
        forbids('laId', 'la-partnership');
        break;
      }
      case 'shared-service':
        forbids('hostCcgId', 'host-ccg');
        forbids('laId', 'la-partnership');
        forbids('providerId', 'csu and external');
        break;
    }
    if (arr.allocation !== undefined && !MODEL_RULES[arr.model].memberSplit) {
      errors.push(
        located(
          aw,
          'allocation',
          'only shared-service and host-ccg arrangements choose an allocation basis',
        ),
      );
    }

    const members = effectiveMembers(arr);
    if (members.length === 0) errors.push(located(aw, 'members', 'must include at least one CCG'));
    for (const m of members) {
      if (!isKind(m, 'ccg')) continue;
      for (const f of new Set(arr.functions)) {
        const key = `${m}\u0000${f}`;
        const other = coveredBy.get(key);
        if (other !== undefined) {
          const fnName = functionNames.get(f) ?? f;
          errors.push(
            located(
              aw,
              '',
              `CCG "${nodes.get(m)?.name ?? m}" already gets ${fnName} from arrangement "${other}"; a CCG's function can be covered by only one arrangement`,
            ),
          );
        } else {
          coveredBy.set(key, arr.name);
        }
      }
    }
  }
  return errors;
}
