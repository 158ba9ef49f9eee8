/**
 * Line-by-line staffing: pay bands, posts and structures, and the assumptions for one-off
 * transition costs. A structure, where given, replaces the parametric estimate for exactly what
 * its posts cover; everything else stays on the curve.
 */
import type { FunctionId } from '../model/workspace';

/**
 * The ready reckoner's headings for a CCG's own running costs. Posts under these make up the
 * core; a post may instead be headed by a support function's id.
 */
export const CORE_HEADINGS = [
  'corporate',
  'governingBody',
  'clinicalLeadership',
  'commissioning',
] as const;
export type CoreHeading = (typeof CORE_HEADINGS)[number];

/** A core heading or a support function id. */
export type PostHeading = CoreHeading | FunctionId;

export const CORE_HEADING_LABELS: Readonly<Record<CoreHeading, string>> = {
  corporate: 'Corporate base',
  governingBody: 'Governing body clinicians',
  clinicalLeadership: 'Clinical leadership',
  commissioning: 'Commissioning',
};

export function isCoreHeading(heading: string): heading is CoreHeading {
  return (CORE_HEADINGS as readonly string[]).includes(heading);
}

export interface PayBand {
  readonly id: string;
  readonly label: string;
  /** Basic pay of one whole-time post a year, £, before on-costs. */
  readonly annualPay: number;
}

export interface StaffingAssumptions {
  /** Employer's on-costs (pension, National Insurance) as a fraction of pay. */
  readonly onCostRate: number;
  /** Non-pay cost (accommodation, IT, travel, training) per whole-time equivalent, £ a year. */
  readonly nonPayPerWte: number;
  /** A function delivered from a structure with fewer WTE than this is a single point of failure. */
  readonly minWtePerFunction: number;
  readonly bands: readonly PayBand[];
}

export interface Post {
  readonly id: string;
  readonly title: string;
  /** A band id of the staffing assumptions. */
  readonly band: string;
  /** Whole-time equivalents, > 0 and at most 50. */
  readonly wte: number;
  readonly heading: PostHeading;
}

export interface Structure {
  readonly posts: readonly Post[];
  /** Non-pay cost of the whole structure, £ a year; default nonPayPerWte × Σ wte. */
  readonly nonPay?: number;
}

/** One-off costs of moving from a baseline scenario (illustrative, editable). */
export interface TransitionAssumptions {
  /** Redundancy cost per WTE leaving that does not transfer, £. */
  readonly redundancyPerWte: number;
  /** Share (0..1) of the WTE leaving that transfers to the new provider under TUPE. */
  readonly tupeShare: number;
  /** Set-up cost of each arrangement new since the baseline, £. */
  readonly setUpPerArrangement: number;
  /** Exit cost of each arrangement of the baseline that has ended, £. */
  readonly exitPerArrangement: number;
  /** Share (0..1) of an estimated function cost that is pay, to count the WTE behind it. */
  readonly payShareOfFunctionCost: number;
  /** Pay cost of one WTE, £ a year, to count the WTE behind an estimated function cost. */
  readonly costPerWte: number;
}
