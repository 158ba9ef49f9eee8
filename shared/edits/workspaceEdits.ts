/**
 * Edits of the workspace as a whole: adding, branching, renaming, reordering and deleting
 * scenarios, and replacing the base assumptions. Like every edit they are pure, never mutate
 * their input, return the very workspace when nothing changes (no undo step) and refuse with
 * sentences that name what they are about.
 */
import type { Scenario, Workspace } from '../model/workspace';
import { validateWorkspace } from '../schema/validateWorkspace';
import type { EditResult, WorkspaceEdit } from './edit';
import { addYear, removeYear } from './yearEdits';

/** The schema's limits (shared/schema/workspaceSchema.ts), checked here to say them in words. */
const MAX_ID = 200;
const MAX_NAME = 500;

const WORKSPACE_EDIT_TYPES: ReadonlySet<string> = new Set<WorkspaceEdit['type']>([
  'addScenario',
  'insertScenario',
  'branchScenario',
  'renameScenario',
  'moveScenario',
  'deleteScenario',
  'setWorkspaceAssumptions',
  'addYear',
  'removeYear',
  'renameWorkspace',
  'restoreVersion',
]);

/** Whether an edit is about the workspace as a whole rather than the inside of one scenario. */
export function isWorkspaceEdit(edit: { readonly type: string }): edit is WorkspaceEdit {
  return WORKSPACE_EDIT_TYPES.has(edit.type);
}

/** Applies one workspace-level edit: the new workspace, or a refusal and the workspace unchanged. */
export function applyWorkspaceEdit(workspace: Workspace, edit: WorkspaceEdit): EditResult {
  switch (edit.type) {
    case 'addScenario':
      return addScenario(
        workspace,
        edit.scenarioId,
        edit.name,
        edit.index ?? workspace.scenarios.length,
      );
    case 'insertScenario':
      return insertScenario(workspace, edit.scenario, edit.afterScenarioId);
    case 'branchScenario':
      return branchScenario(workspace, edit.scenarioId, edit.newScenarioId, edit.name);
    case 'renameScenario':
      return renameScenario(workspace, edit.scenarioId, edit.name);
    case 'moveScenario':
      return moveScenario(workspace, edit.scenarioId, edit.toIndex);
    case 'deleteScenario':
      return deleteScenario(workspace, edit.scenarioId);
    case 'setWorkspaceAssumptions':
      return setWorkspaceAssumptions(workspace, edit.assumptions);
    case 'addYear':
      return addYear(workspace, edit.year);
    case 'removeYear':
      return removeYear(workspace, edit.yearId);
    case 'renameWorkspace':
      return renameWorkspace(workspace, edit.name);
    case 'restoreVersion':
      return restoreVersion(workspace, edit.workspace);
  }
}

/**
 * The workspace under a new name. Checked by the validator, so a refusal reads exactly like the
 * file's own problems ("name: must not be empty"); the document was valid, so only the name can fail.
 */
function renameWorkspace(workspace: Workspace, rawName: string): EditResult {
  const name = rawName.trim();
  if (name === workspace.name) return { ok: true, workspace };
  const next: Workspace = { ...workspace, name };
  const valid = validateWorkspace(next);
  return valid.ok ? { ok: true, workspace: next } : refused(...valid.errors);
}

/** An earlier version of this same workspace, if it is valid; identity kept when it is the same. */
function restoreVersion(workspace: Workspace, version: Workspace): EditResult {
  if (version.id !== workspace.id) return refused('This version belongs to another workspace.');
  if (version === workspace) return { ok: true, workspace };
  const valid = validateWorkspace(version);
  return valid.ok ? { ok: true, workspace: version } : refused(...valid.errors);
}

function refused(...errors: string[]): EditResult {
  return { ok: false, errors };
}

function changed(workspace: Workspace, scenarios: readonly Scenario[]): EditResult {
  return { ok: true, workspace: { ...workspace, scenarios } };
}

function missingScenario(workspace: Workspace, id: string): EditResult {
  return refused(`Scenario "${id}" does not exist in workspace "${workspace.name}"`);
}

/**
 * Why a name cannot be a scenario's name, or undefined if it can. Names must differ (ignoring
 * case and surrounding spaces) because people pick scenarios by name and every located message
 * (`scenario "Option B" › …`) names the scenario: two of the same name would be ambiguous.
 */
function nameProblem(workspace: Workspace, name: string, exceptId?: string): string | undefined {
  if (name === '') return 'A scenario needs a name';
  if (name.length > MAX_NAME)
    return `A scenario name must be at most ${MAX_NAME} characters, not ${name.length}`;
  const clash = workspace.scenarios.find(
    (s) => s.id !== exceptId && s.name.trim().toLowerCase() === name.toLowerCase(),
  );
  return clash
    ? `There is already a scenario called "${clash.name}"; choose another name`
    : undefined;
}

function idProblem(workspace: Workspace, id: string): string | undefined {
  if (id.trim() === '' || id !== id.trim())
    return `A new scenario's id must be non-empty with no spaces around it, not "${id}"`;
  if (id.length > MAX_ID) return `A scenario id must be at most ${MAX_ID} characters`;
  return workspace.scenarios.some((s) => s.id === id)
    ? `Scenario id "${id}" is already used in workspace "${workspace.name}"`
    : undefined;
}

function insertAt<T>(list: readonly T[], index: number, item: T): readonly T[] {
  return [...list.slice(0, index), item, ...list.slice(index)];
}

/** A blank scenario: no organisations, links or arrangements, and no overrides. */
function addScenario(workspace: Workspace, id: string, rawName: string, index: number): EditResult {
  const name = rawName.trim();
  const problems = [idProblem(workspace, id), nameProblem(workspace, name)].filter(
    (p): p is string => p !== undefined,
  );
  if (!Number.isInteger(index) || index < 0 || index > workspace.scenarios.length) {
    problems.push(
      `A new scenario can go at position 1 to ${workspace.scenarios.length + 1}, not ${index + 1}`,
    );
  }
  if (problems.length > 0) return refused(...problems);
  return changed(
    workspace,
    insertAt(workspace.scenarios, index, { id, name, nodes: [], laOverlaps: [], arrangements: [] }),
  );
}

/** A complete scenario after another, if its id and name are free and the result is valid. */
function insertScenario(workspace: Workspace, scenario: Scenario, afterId: string): EditResult {
  const index = workspace.scenarios.findIndex((s) => s.id === afterId);
  if (index < 0) return missingScenario(workspace, afterId);
  const problems = [
    idProblem(workspace, scenario.id),
    nameProblem(workspace, scenario.name.trim()),
  ].filter((p): p is string => p !== undefined);
  if (problems.length > 0) return refused(...problems);
  const next = { ...workspace, scenarios: insertAt(workspace.scenarios, index + 1, scenario) };
  const valid = validateWorkspace(next);
  return valid.ok ? { ok: true, workspace: next } : refused(...valid.errors);
}

/**
 * A full, independent copy of a scenario under a new id and name, just after it. Node and
 * arrangement ids are kept (comparison matches CCGs and arrangements across scenarios by id).
 * The copy shares no objects with its source: the document is JSON by definition (DESIGN.md §5),
 * so a JSON round trip is an exact deep copy.
 */
function branchScenario(
  workspace: Workspace,
  sourceId: string,
  newId: string,
  rawName: string,
): EditResult {
  const index = workspace.scenarios.findIndex((s) => s.id === sourceId);
  if (index < 0) return missingScenario(workspace, sourceId);
  const name = rawName.trim();
  const problems = [idProblem(workspace, newId), nameProblem(workspace, name)].filter(
    (p): p is string => p !== undefined,
  );
  if (problems.length > 0)
    return refused(
      ...problems.map(
        (p) => `Cannot branch scenario "${workspace.scenarios[index]?.name}": ${lowerFirst(p)}`,
      ),
    );
  const copy = JSON.parse(JSON.stringify(workspace.scenarios[index])) as Scenario;
  return changed(workspace, insertAt(workspace.scenarios, index + 1, { ...copy, id: newId, name }));
}

function renameScenario(workspace: Workspace, id: string, rawName: string): EditResult {
  const index = workspace.scenarios.findIndex((s) => s.id === id);
  const scenario = workspace.scenarios[index];
  if (!scenario) return missingScenario(workspace, id);
  const name = rawName.trim();
  if (name === scenario.name) return { ok: true, workspace };
  const problem = nameProblem(workspace, name, id);
  if (problem) return refused(problem);
  const scenarios = workspace.scenarios.slice();
  scenarios[index] = { ...scenario, name };
  return changed(workspace, scenarios);
}

function moveScenario(workspace: Workspace, id: string, toIndex: number): EditResult {
  const from = workspace.scenarios.findIndex((s) => s.id === id);
  const scenario = workspace.scenarios[from];
  if (!scenario) return missingScenario(workspace, id);
  const last = workspace.scenarios.length - 1;
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex > last) {
    return refused(
      `Cannot move scenario "${scenario.name}" to position ${toIndex + 1}: the positions are 1 to ${last + 1}`,
    );
  }
  if (toIndex === from) return { ok: true, workspace };
  const rest = workspace.scenarios.filter((_, i) => i !== from);
  return changed(workspace, insertAt(rest, toIndex, scenario));
}

function deleteScenario(workspace: Workspace, id: string): EditResult {
  const scenario = workspace.scenarios.find((s) => s.id === id);
  if (!scenario) return missingScenario(workspace, id);
  if (workspace.scenarios.length === 1) {
    return refused(
      `Cannot delete scenario "${scenario.name}": it is the only one, and a workspace needs at least one scenario. Add another first.`,
    );
  }
  // A scenario measured from the deleted one loses its baseline in the same undo step.
  return changed(
    workspace,
    workspace.scenarios
      .filter((s) => s !== scenario)
      .map((s) =>
        s.baselineScenarioId === id ? (withoutKey(s, 'baselineScenarioId') as Scenario) : s,
      ),
  );
}

function withoutKey<T extends object, K extends keyof T>(record: T, key: K): Omit<T, K> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}

/**
 * New base assumptions, validated with the whole workspace: a base value must be in its range,
 * and every scenario must still resolve to valid assumptions. As in applyEdit, only problems the
 * change causes are reported, so a document that already had some can still be repaired.
 */
function setWorkspaceAssumptions(
  workspace: Workspace,
  assumptions: Workspace['assumptions'],
): EditResult {
  if (
    assumptions === workspace.assumptions ||
    JSON.stringify(assumptions) === JSON.stringify(workspace.assumptions)
  ) {
    return { ok: true, workspace };
  }
  const next: Workspace = { ...workspace, assumptions };
  const after = validateWorkspace(next);
  if (after.ok) return { ok: true, workspace: next };
  const before = validateWorkspace(workspace);
  const known = new Set(before.ok ? [] : before.errors);
  const caused = after.errors.filter((e) => !known.has(e));
  return caused.length > 0 ? refused(...caused) : { ok: true, workspace: next };
}

function lowerFirst(s: string): string {
  return s.length > 0 ? `${s[0]?.toLowerCase() ?? ''}${s.slice(1)}` : s;
}
