/**
 * The edit that sets one assumption in one scope: the workspace's base value, or a scenario's
 * override (spreadsheet-like: a scenario value equal to the base is no override, so typing the
 * base value back resets it). And the cap switch's edits, for this scenario or for all of them.
 */
import { assumptionValue, overrideValue, withAssumptionValue, withOverride } from '../../../shared/edits/assumptionPaths';
import type { Edit } from '../../../shared/edits/edit';
import type { Workspace } from '../../../shared/model/workspace';

/** Where an edited value goes: the workspace's base assumptions, or one scenario's overrides. */
export type AssumptionScope = { readonly kind: 'workspace' } | { readonly kind: 'scenario'; readonly scenarioId: string };

/**
 * The edit that makes `path` equal `value` in `scope` (null in a scenario: use the workspace's
 * value again), or null when it already is.
 */
export function assumptionEdit(workspace: Workspace, scope: AssumptionScope, path: string, value: number | null): Edit | null {
  if (scope.kind === 'workspace') {
    if (value === null) throw new Error('A workspace assumption cannot be reset: it is the base value');
    const assumptions = withAssumptionValue(workspace.assumptions, path, value);
    return assumptions === workspace.assumptions ? null : { type: 'setWorkspaceAssumptions', assumptions };
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

/**
 * The cap switch's edits, to be dispatched as one undo step. For one scenario: its own cap (an
 * override; none if it equals the workspace cap). For all: the workspace cap, and every
 * scenario's own cap removed, so that every scenario really does use the new figure.
 */
export function capEdits(workspace: Workspace, scenarioId: string, cap: number, scope: CapScope): readonly Edit[] {
  if (scope === 'scenario') {
    const edit = assumptionEdit(workspace, { kind: 'scenario', scenarioId }, 'capPerHead', cap);
    return edit ? [edit] : [];
  }
  const edits: Edit[] = [];
  const base = assumptionEdit(workspace, { kind: 'workspace' }, 'capPerHead', cap);
  if (base) edits.push(base);
  for (const s of workspace.scenarios) {
    if (overrideValue(s.assumptionOverrides, 'capPerHead') === undefined) continue;
    edits.push({ type: 'setAssumptionOverrides', scenarioId: s.id, overrides: withOverride(s.assumptionOverrides, 'capPerHead', null) });
  }
  return edits;
}
