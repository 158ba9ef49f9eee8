/**
 * The meaning checks of staffing (format version 4), in located words:
 * `scenario "Option B" › CCG "Ashby CCG" › post "Finance manager": band: "8z" is not a pay band …`.
 * Structure (types, unknown fields) is zod's, in shared/schema/staffingSchema.ts.
 */
import { located } from '../schema/locate';
import { MODEL_RULES } from '../model/arrangementModels';
import type { ArrangementModel } from '../model/workspace';
import {
  CORE_HEADINGS,
  isCoreHeading,
  type StaffingAssumptions,
  type Structure,
  type TransitionAssumptions,
} from './staffingTypes';

/** A post's WTE must be more than 0 and at most this. */
export const MAX_POST_WTE = 50;

interface Range {
  readonly path: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly minInclusive: boolean;
}

const STAFFING_RANGES: readonly Range[] = [
  { path: 'onCostRate', label: 'On-cost rate', min: 0, max: 1, minInclusive: true },
  { path: 'nonPayPerWte', label: 'Non-pay per WTE', min: 0, max: 1_000_000, minInclusive: true },
  {
    path: 'minWtePerFunction',
    label: 'Minimum WTE per function',
    min: 0,
    max: MAX_POST_WTE,
    minInclusive: true,
  },
];

const TRANSITION_RANGES: readonly Range[] = [
  {
    path: 'redundancyPerWte',
    label: 'Redundancy per WTE',
    min: 0,
    max: 10_000_000,
    minInclusive: true,
  },
  { path: 'tupeShare', label: 'Share transferring under TUPE', min: 0, max: 1, minInclusive: true },
  {
    path: 'setUpPerArrangement',
    label: 'Set-up cost per arrangement',
    min: 0,
    max: 1_000_000_000,
    minInclusive: true,
  },
  {
    path: 'exitPerArrangement',
    label: 'Exit cost per arrangement',
    min: 0,
    max: 1_000_000_000,
    minInclusive: true,
  },
  {
    path: 'payShareOfFunctionCost',
    label: "Pay share of a function's cost",
    min: 0,
    max: 1,
    minInclusive: true,
  },
  { path: 'costPerWte', label: 'Pay cost per WTE', min: 0, max: 10_000_000, minInclusive: false },
];

function checkRanges(
  values: object,
  ranges: readonly Range[],
  where: string,
  prefix: string,
): string[] {
  const errors: string[] = [];
  for (const r of ranges) {
    const v = (values as Record<string, unknown>)[r.path];
    if (typeof v !== 'number') continue;
    const low = r.minInclusive ? v < r.min : v <= r.min;
    if (low || v > r.max) {
      errors.push(
        located(
          where,
          `${prefix}.${r.path}`,
          `${r.label} must be ${r.minInclusive ? `${r.min} or more` : `more than ${r.min}`} and at most ${r.max}, not ${v}`,
        ),
      );
    }
  }
  return errors;
}

/** Ranges of the staffing rates (whole or overridden) and, for whole assumptions, the bands. */
export function checkStaffingAssumptions(s: Partial<StaffingAssumptions>, where: string): string[] {
  const errors = checkRanges(s, STAFFING_RANGES, where, 'staffing');
  const seen = new Set<string>();
  (s.bands ?? []).forEach((b, i) => {
    if (seen.has(b.id))
      errors.push(located(where, `staffing.bands[${i}].id`, `pay band "${b.id}" is listed twice`));
    seen.add(b.id);
    if (b.annualPay < 0 || b.annualPay > 10_000_000) {
      errors.push(
        located(
          where,
          `staffing.bands[${i}].annualPay`,
          `annual pay of ${b.label} must be £0 or more and at most £10,000,000, not ${b.annualPay}`,
        ),
      );
    }
  });
  return errors;
}

export function checkTransitionAssumptions(
  t: Partial<TransitionAssumptions>,
  where: string,
): string[] {
  return checkRanges(t, TRANSITION_RANGES, where, 'transition');
}

/** Where a structure is and what its posts may be headed by. */
export interface StructureOwner {
  /** e.g. `scenario "Option B" › CCG "Ashby CCG"`. */
  readonly where: string;
  /** A CCG's posts may use the core headings; an arrangement's only its functions. */
  readonly kind: 'ccg' | 'arrangement';
}

/** Unknown bands and headings, WTE out of range, post ids used twice, negative non-pay. */
export function checkStructure(
  structure: Structure,
  owner: StructureOwner,
  bandIds: ReadonlySet<string>,
  functionIds: ReadonlySet<string>,
): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  if (structure.nonPay !== undefined && structure.nonPay < 0) {
    errors.push(
      located(owner.where, 'structure.nonPay', `must be £0 or more, not ${structure.nonPay}`),
    );
  }
  for (const post of structure.posts) {
    const pw = `${owner.where} › post "${post.title}"`;
    if (seen.has(post.id))
      errors.push(located(pw, 'id', `"${post.id}" is used by another post of this structure`));
    seen.add(post.id);
    if (!bandIds.has(post.band)) {
      errors.push(
        located(
          pw,
          'band',
          `"${post.band}" is not a pay band (the bands are ${[...bandIds].join(', ')})`,
        ),
      );
    }
    if (!(post.wte > 0) || post.wte > MAX_POST_WTE) {
      errors.push(
        located(
          pw,
          'wte',
          `must be more than 0 and at most ${MAX_POST_WTE} whole-time equivalents, not ${post.wte}`,
        ),
      );
    }
    const known =
      owner.kind === 'ccg'
        ? isCoreHeading(post.heading) || functionIds.has(post.heading)
        : functionIds.has(post.heading);
    if (!known) {
      const allowed =
        owner.kind === 'ccg'
          ? `one of ${CORE_HEADINGS.join(', ')} or a support function id`
          : 'a support function id (an arrangement has no core headings)';
      errors.push(
        located(pw, 'heading', `"${post.heading}" is not a heading: it must be ${allowed}`),
      );
    }
  }
  return errors;
}

/** A structure only belongs to a pooled arrangement: a CSU or external provider prices its own staff. */
export function structureModelProblem(model: ArrangementModel, where: string): string | undefined {
  if (MODEL_RULES[model].pooled) return undefined;
  return located(
    where,
    'structure',
    `a ${model} arrangement cannot carry a structure: the provider's price covers its staff (only shared-service, host-ccg and la-partnership arrangements can)`,
  );
}

/** The baseline must be another scenario of the workspace. */
export function baselineProblem(
  scenarioId: string,
  baselineScenarioId: string | undefined,
  scenarioIds: ReadonlySet<string>,
  where: string,
): string | undefined {
  if (baselineScenarioId === undefined) return undefined;
  if (baselineScenarioId === scenarioId)
    return located(
      where,
      'baselineScenarioId',
      'a scenario cannot be its own baseline; choose another scenario',
    );
  if (!scenarioIds.has(baselineScenarioId))
    return located(
      where,
      'baselineScenarioId',
      `baseline scenario "${baselineScenarioId}" does not exist`,
    );
  return undefined;
}
