/**
 * The edit that sets one assumption in one scope: the workspace's base value, or a scenario's
 * override (spreadsheet-like: a scenario value equal to the base is no override, so typing the
 * base value back resets it). And the cap switch's edits, for this scenario or for all of them.
 */
import {
  assumptionValue,
  overrideValue,
  withAssumptionValue,
  withOverride,
} from '../../../shared/assumptions/assumptionPaths';
import type { Edit } from '../../../shared/edits/edit';
import type { Workspace } from '../../../shared/model/workspace';

/** Where an edited value goes: the workspace's base assumptions, or one scenario's overrides. */
export type AssumptionScope =
  { readonly kind: 'workspace' } | { readonly kind: 'scenario'; readonly scenarioId: string };

/**
 * The edit that makes `path` equal `value` in `scope` (null in a scenario: use the workspace's
 * value again), or null when it already is.
 */
export function assumptionEdit(
  workspace: Workspace,
  scope: AssumptionScope,
  path: string,
  value: number | null,
): Edit | null {
  if (scope.kind === 'workspace') {
    if (value === null)
      throw new Error('A workspace assumption cannot be reset: it is the base value');
    const assumptions = withAssumptionValue(workspace.assumptions, path, value);
    return assumptions === workspace.assumptions
      ? null
      : { type: 'setWorkspaceAssumptions', assumptions };
  }
  const scenario = workspace.scenarios.find((s) => s.id === scope.scenarioId);
  if (!scenario) return null;
  const own = value === assumptionValue(workspace.assumptions, path) ? null : value;
  const overrides = withOverride(scenario.assumptionOverrides, path, own);
  if (overrides === (scenario.assumptionOverrides ?? null)) return null;
  return { type: 'setAssumptionOverrides', scenarioId: scenario.id, overrides };
}

/** Whether the cap switch sets the shown scenario's own cap or the cap of every scenario. */
export type CapScope = 'scenario' | 'all';

/** The assumption path of a planning year's allowance per head: what the cap switch sets. */
export function allowancePath(yearId: string): string {
  return `years.${yearId}.allowancePerHead`;
}

/**
 * The cap switch's edits for the shown planning year, to be dispatched as one undo step. For one
 * scenario: its own allowance per head that year (a years override; none if it equals the
 * workspace's). For all: the workspace's figure that year, and every scenario's own figure for
 * that year removed, so that every scenario really does use it.
 */
export function capEdits(
  workspace: Workspace,
  scenarioId: string,
  cap: number,
  scope: CapScope,
  yearId: string,
): readonly Edit[] {
  const path = allowancePath(yearId);
  if (scope === 'scenario') {
    const edit = assumptionEdit(workspace, { kind: 'scenario', scenarioId }, path, cap);
    return edit ? [edit] : [];
  }
  const edits: Edit[] = [];
  const base = assumptionEdit(workspace, { kind: 'workspace' }, path, cap);
  if (base) edits.push(base);
  for (const s of workspace.scenarios) {
    if (overrideValue(s.assumptionOverrides, path) === undefined) continue;
    edits.push({
      type: 'setAssumptionOverrides',
      scenarioId: s.id,
      overrides: withOverride(s.assumptionOverrides, path, null),
    });
  }
  return edits;
}
