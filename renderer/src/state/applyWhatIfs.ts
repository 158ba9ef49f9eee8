import { assumptionValue, withAssumptionValue } from '../../../shared/assumptions/assumptionPaths';
import { splitCore } from '../../../shared/assumptions/coreSplit';
import type { Assumptions } from '../../../shared/model/workspace';

/**
 * A presenter's temporary changes to the assumptions in force: never a document edit, never
 * saved or undone. Each field left out keeps the scenario's value.
 */
export interface WhatIfs {
  /** The shown planning year's running cost allowance, £ a head. */
  readonly allowancePerHead?: number;
  /** One support function's cost per head at the reference population. */
  readonly functionCost?: { readonly functionId: string; readonly costPerHead: number };
  /** CSU margin, as a fraction (0.05 = 5%). */
  readonly csuMargin?: number;
  /** The core's fixed share at the population it was fitted at (0..1); see splitCore. */
  readonly coreFixedShare?: number;
}

/** Whether any what-if is set. */
export function hasWhatIfs(w: WhatIfs): boolean {
  return (
    w.allowancePerHead !== undefined ||
    w.functionCost !== undefined ||
    w.csuMargin !== undefined ||
    w.coreFixedShare !== undefined
  );
}

/**
 * The scenario's resolved assumptions with the what-ifs laid over them; the same object when none
 * is set. The allowance what-if changes year `yearId` (default the first).
 */
export function applyWhatIfs(a: Assumptions, w: WhatIfs, yearId?: string | null): Assumptions {
  if (!hasWhatIfs(w)) return a;
  const year = yearId != null && a.years.some((y) => y.id === yearId) ? yearId : a.years[0]?.id;
  let out = a;
  if (w.allowancePerHead !== undefined && year !== undefined)
    out = withAssumptionValue(out, `years.${year}.allowancePerHead`, w.allowancePerHead);
  const fc = w.functionCost;
  // A slide may name a function this workspace no longer has: that what-if then changes nothing.
  const fcPath = fc && `functions.${fc.functionId}.costPerHead`;
  if (fc && fcPath && assumptionValue(out, fcPath) !== undefined)
    out = withAssumptionValue(out, fcPath, fc.costPerHead);
  if (w.coreFixedShare !== undefined) out = { ...out, core: splitCore(out.core, w.coreFixedShare) };
  if (w.csuMargin !== undefined) out = withAssumptionValue(out, 'models.csu.margin', w.csuMargin);
  return out;
}
