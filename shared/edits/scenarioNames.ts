/**
 * Names and ids for new scenarios, free in the workspace: what the scenario bar proposes for
 * New and Branch so the edit is accepted first time (scenario names must differ, ignoring case).
 */
import type { Scenario } from '../model/workspace';
import { newId } from './newId';
import { withSuffix } from './suffixedName';

function nameTaken(scenarios: readonly Scenario[], name: string): boolean {
  const wanted = name.toLowerCase();
  return scenarios.some((s) => s.name.trim().toLowerCase() === wanted);
}

/** `stem`, or `stem 2`, `stem 3`… (or with a custom numbering), the first name not yet used. */
function firstFreeName(
  scenarios: readonly Scenario[],
  first: string,
  numbered: (n: number) => string,
): string {
  if (!nameTaken(scenarios, first)) return first;
  for (let n = 2; ; n++) {
    const name = numbered(n);
    if (!nameTaken(scenarios, name)) return name;
  }
}

/**
 * "Option B (copy)", then "Option B (copy 2)"…; branching a copy does not stack "(copy) (copy)".
 * A long name is shortened so that the copy's name still fits the name limit.
 */
export function branchName(sourceName: string, scenarios: readonly Scenario[]): string {
  const stem = sourceName.trim().replace(/ \(copy(?: \d+)?\)$/, '');
  return firstFreeName(scenarios, withSuffix(stem, ' (copy)'), (n) =>
    withSuffix(stem, ` (copy ${n})`),
  );
}

/** "New scenario", then "New scenario 2"…. */
export function newScenarioName(scenarios: readonly Scenario[]): string {
  return firstFreeName(scenarios, 'New scenario', (n) => `New scenario ${n}`);
}

/** `scenario-1`, `scenario-2`…: the first id no scenario in the workspace uses. */
export function newScenarioId(scenarios: readonly Scenario[]): string {
  return newId('scenario', new Set(scenarios.map((s) => s.id)));
}
