/**
 * Every staffing check of one scenario: its baseline, the structures of its CCGs and
 * arrangements, and its staffing and transition overrides. Called by the workspace validator.
 */
import type { Assumptions, Scenario } from '../model/workspace';
import { staffingOf } from './resolveStaffing';
import {
  baselineProblem,
  checkStaffingAssumptions,
  checkStructure,
  checkTransitionAssumptions,
  structureModelProblem,
} from './validateStaffing';

/** The workspace-level staffing and transition assumptions, where the file has them. */
export function checkWorkspaceStaffing(a: Assumptions): string[] {
  return [
    ...(a.staffing ? checkStaffingAssumptions(a.staffing, 'assumptions') : []),
    ...(a.transition ? checkTransitionAssumptions(a.transition, 'assumptions') : []),
  ];
}

export function checkScenarioStaffing(
  scenario: Scenario,
  base: Assumptions,
  functionIds: ReadonlySet<string>,
  scenarioIds: ReadonlySet<string>,
  where: string,
): string[] {
  const errors: string[] = [];
  const baseline = baselineProblem(scenario.id, scenario.baselineScenarioId, scenarioIds, where);
  if (baseline) errors.push(baseline);
  const o = scenario.assumptionOverrides;
  if (o?.staffing)
    errors.push(...checkStaffingAssumptions(o.staffing, `${where} › assumption overrides`));
  if (o?.transition)
    errors.push(...checkTransitionAssumptions(o.transition, `${where} › assumption overrides`));

  const bandIds = new Set(staffingOf(base).bands.map((b) => b.id));
  for (const n of scenario.nodes) {
    if (n.kind !== 'ccg' || !n.structure) continue;
    errors.push(
      ...checkStructure(
        n.structure,
        { where: `${where} › CCG "${n.name}"`, kind: 'ccg' },
        bandIds,
        functionIds,
      ),
    );
  }
  for (const arr of scenario.arrangements) {
    if (!arr.structure) continue;
    const aw = `${where} › arrangement "${arr.name}"`;
    const model = structureModelProblem(arr.model, aw);
    if (model) errors.push(model);
    else
      errors.push(
        ...checkStructure(arr.structure, { where: aw, kind: 'arrangement' }, bandIds, functionIds),
      );
  }
  return errors;
}
