import type { Assumptions } from '../../../shared/model/workspace';

/**
 * A presenter's temporary changes to the assumptions in force: never a document edit, never
 * saved or undone. Each field left out keeps the scenario's value.
 */
export interface WhatIfs {
  /** Running cost allowance, £ a head. */
  readonly capPerHead?: number;
  /** One support function's cost per head at the reference population. */
  readonly functionCost?: { readonly functionId: string; readonly costPerHead: number };
  /** CSU margin, as a fraction (0.05 = 5%). */
  readonly csuMargin?: number;
}

/** Whether any what-if is set. */
export function hasWhatIfs(w: WhatIfs): boolean {
  return w.capPerHead !== undefined || w.functionCost !== undefined || w.csuMargin !== undefined;
}

/** The scenario's resolved assumptions with the what-ifs laid over them; the same object when none is set. */
export function applyWhatIfs(a: Assumptions, w: WhatIfs): Assumptions {
  if (!hasWhatIfs(w)) return a;
  const fc = w.functionCost;
  return {
    ...a,
    capPerHead: w.capPerHead ?? a.capPerHead,
    functions: fc ? a.functions.map((f) => (f.id === fc.functionId ? { ...f, costPerHead: fc.costPerHead } : f)) : a.functions,
    models: w.csuMargin === undefined ? a.models : { ...a.models, csu: { ...a.models.csu, margin: w.csuMargin } },
  };
}
