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
}

/** Whether any what-if is set. */
export function hasWhatIfs(w: WhatIfs): boolean {
  return w.allowancePerHead !== undefined || w.functionCost !== undefined || w.csuMargin !== undefined;
}

/**
 * The scenario's resolved assumptions with the what-ifs laid over them; the same object when none
 * is set. The allowance what-if changes year `yearId` (default the first).
 */
export function applyWhatIfs(a: Assumptions, w: WhatIfs, yearId?: string | null): Assumptions {
  if (!hasWhatIfs(w)) return a;
  const fc = w.functionCost;
  const allowance = w.allowancePerHead;
  const year = yearId != null && a.years.some((y) => y.id === yearId) ? yearId : a.years[0]?.id;
  return {
    ...a,
    years: allowance === undefined ? a.years : a.years.map((y) => (y.id === year ? { ...y, allowancePerHead: allowance } : y)),
    functions: fc ? a.functions.map((f) => (f.id === fc.functionId ? { ...f, costPerHead: fc.costPerHead } : f)) : a.functions,
    models: w.csuMargin === undefined ? a.models : { ...a.models, csu: { ...a.models.csu, margin: w.csuMargin } },
  };
}
