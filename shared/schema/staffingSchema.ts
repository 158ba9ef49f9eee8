/**
 * The `.ccgm` fields of staffing structures and transition costs (format version 4) as zod
 * schemas. Structure only: unknown bands and headings, WTE ranges and references are checked
 * with names in shared/staffing/validateStaffing.ts.
 */
import { z } from 'zod';
import type {
  PayBand,
  Post,
  StaffingAssumptions,
  Structure,
  TransitionAssumptions,
} from '../staffing/staffingTypes';

const finite = () => z.number().refine(Number.isFinite, 'must be a finite number');
const id = () =>
  z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const text = () =>
  z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters');

export const postSchema = z.strictObject({
  id: id(),
  title: text(),
  band: id(),
  wte: finite(),
  heading: id(),
}) satisfies z.ZodType<Post>;

export const structureSchema = z.strictObject({
  posts: z.array(postSchema),
  nonPay: finite().optional(),
}) satisfies z.ZodType<Structure>;

export const payBandSchema = z.strictObject({
  id: id(),
  label: text(),
  annualPay: finite(),
}) satisfies z.ZodType<PayBand>;

export const staffingAssumptionsSchema = z.strictObject({
  onCostRate: finite(),
  nonPayPerWte: finite(),
  minWtePerFunction: finite(),
  bands: z.array(payBandSchema).min(1, 'must list at least one pay band'),
}) satisfies z.ZodType<StaffingAssumptions>;

export const transitionAssumptionsSchema = z.strictObject({
  redundancyPerWte: finite(),
  tupeShare: finite(),
  setUpPerArrangement: finite(),
  exitPerArrangement: finite(),
  payShareOfFunctionCost: finite(),
  costPerWte: finite(),
}) satisfies z.ZodType<TransitionAssumptions>;

export const staffingOverridesSchema = z
  .strictObject({
    onCostRate: finite(),
    nonPayPerWte: finite(),
    minWtePerFunction: finite(),
  })
  .partial();

export const transitionOverridesSchema = transitionAssumptionsSchema.partial();
