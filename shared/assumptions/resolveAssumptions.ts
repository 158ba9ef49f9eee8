import type { AssumptionOverrides, Assumptions } from '../model/workspace';

/**
 * The assumptions in force for a scenario: the workspace's, with the scenario's overrides laid
 * over them (DESIGN.md §5: any part of Assumptions; functions matched by id).
 * Overrides naming an unknown function are ignored here; the validator reports them.
 */
export function resolveAssumptions(base: Assumptions, overrides?: AssumptionOverrides): Assumptions {
  if (!overrides) return base;
  const m = overrides.models ?? {};
  const fnOverrides = new Map((overrides.functions ?? []).map((f) => [f.id, f]));
  return {
    capPerHead: overrides.capPerHead ?? base.capPerHead,
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
  };
}
