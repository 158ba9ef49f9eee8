/**
 * The staffing and transition assumptions in force. Both are optional in a file (a file from
 * before format version 4 gains no data when migrated), so the defaults apply wherever a
 * workspace leaves them out; a scenario may override the rates.
 */
import type { AssumptionOverrides, Assumptions } from '../model/workspace';
import { DEFAULT_STAFFING, DEFAULT_TRANSITION } from './staffingDefaults';
import type { StaffingAssumptions, TransitionAssumptions } from './staffingTypes';

export function staffingOf(a: Pick<Assumptions, 'staffing'>): StaffingAssumptions {
  return a.staffing ?? DEFAULT_STAFFING;
}

export function transitionOf(a: Pick<Assumptions, 'transition'>): TransitionAssumptions {
  return a.transition ?? DEFAULT_TRANSITION;
}

/**
 * The staffing and transition parts of resolved assumptions: the workspace's (or the defaults)
 * with the scenario's overrides laid over them. Keys are present only where the workspace or the
 * overrides have them, so resolving never adds data to a workspace that had none.
 */
export function resolveStaffingParts(
  base: Assumptions,
  overrides?: AssumptionOverrides,
): Pick<Assumptions, 'staffing' | 'transition'> {
  const out: { staffing?: StaffingAssumptions; transition?: TransitionAssumptions } = {};
  if (base.staffing || overrides?.staffing)
    out.staffing = { ...staffingOf(base), ...overrides?.staffing };
  if (base.transition || overrides?.transition)
    out.transition = { ...transitionOf(base), ...overrides?.transition };
  return out;
}
