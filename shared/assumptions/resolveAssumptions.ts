import type { AssumptionOverrides, Assumptions } from '../model/workspace';
import { resolveStaffingParts } from '../staffing/resolveStaffing';

/**
 * The assumptions in force for a scenario: the workspace's, with the scenario's overrides laid
 * over them (any part of Assumptions; functions and years matched by id).
 * Overrides naming an unknown function or year are ignored here; the validator reports them.
 */
export function resolveAssumptions(
  base: Assumptions,
  overrides?: AssumptionOverrides,
): Assumptions {
  if (!overrides) return base;
  const m = overrides.models ?? {};
  const fnOverrides = new Map((overrides.functions ?? []).map((f) => [f.id, f]));
  const yearOverrides = new Map((overrides.years ?? []).map((y) => [y.id, y]));
  return {
    years:
      yearOverrides.size === 0
        ? base.years
        : base.years.map((y) => ({ ...y, ...yearOverrides.get(y.id), id: y.id })),
    amberMargin: overrides.amberMargin ?? base.amberMargin,
    referencePopulation: overrides.referencePopulation ?? base.referencePopulation,
    smallCcgPopulation: overrides.smallCcgPopulation ?? base.smallCcgPopulation,
    core: { ...base.core, ...overrides.core },
    functions: base.functions.map((f) => ({ ...f, ...fnOverrides.get(f.id), id: f.id })),
    models: {
      sharedService: { ...base.models.sharedService, ...m.sharedService },
      hostCcg: { ...base.models.hostCcg, ...m.hostCcg },
      laPartnership: { ...base.models.laPartnership, ...m.laPartnership },
      csu: { ...base.models.csu, ...m.csu },
      external: { ...base.models.external, ...m.external },
    },
    ...resolveStaffingParts(base, overrides),
  };
}
