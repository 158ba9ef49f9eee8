/**
 * Workspaces for the edit tests: the schema tests' valid document (Option B), optionally with a
 * second scenario (Option C) to paste into. Every workspace is deep-frozen, so an edit that
 * mutates its input throws instead of passing quietly.
 */
import { expect } from 'vitest';
import { applyEdit } from '../../../shared/edits/applyEdit';
import type { Edit, EditResult } from '../../../shared/edits/edit';
import type { Node, Scenario, Workspace } from '../../../shared/model/workspace';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import { validDocument } from '../schema/fixtures';

export const B = 'opt-b';
export const C = 'opt-c';

/** Freezes an object and everything in it: what "never mutates its input" is tested against. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Option B of tests/unit/schema/fixtures.ts (and Option C if asked for), validated and frozen. */
export function fixtureWorkspace(opts: { withOptionC?: boolean } = {}): Workspace {
  const doc = validDocument();
  if (opts.withOptionC) {
    // Another scenario with Ashby (same id), the CSU and a local authority of its own, but no
    // cluster, no Bourne and no Acme: what a paste from Option B must adapt to.
    doc.scenarios.push({
      id: C,
      name: 'Option C',
      nodes: [
        {
          kind: 'ccg',
          id: 'ashby',
          name: 'Ashby CCG',
          population: 120000,
          federated: false,
          x: 0,
          y: 0,
        },
        { kind: 'provider', id: 'csu', name: 'Northern CSU', providerType: 'csu', x: 900, y: 0 },
        {
          kind: 'localAuthority',
          id: 'la-c',
          name: 'Southshire Council',
          population: 400000,
          x: 0,
          y: 700,
        },
      ],
      laOverlaps: [],
      arrangements: [],
    });
  }
  const result = validateWorkspace(doc);
  if (!result.ok) throw new Error(`fixture is not valid:\n${result.errors.join('\n')}`);
  return deepFreeze(result.workspace);
}

export function scenarioOf(workspace: Workspace, id: string = B): Scenario {
  const s = workspace.scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
}

export function nodeOf(workspace: Workspace, id: string, scenarioId: string = B): Node | undefined {
  return scenarioOf(workspace, scenarioId).nodes.find((n) => n.id === id);
}

export function arrangementOf(workspace: Workspace, id: string, scenarioId: string = B) {
  return scenarioOf(workspace, scenarioId).arrangements.find((a) => a.id === id);
}

/** Applies an edit that must be accepted; the result is checked to be a valid workspace too. */
export function applyOk(workspace: Workspace, edit: Edit): Workspace {
  const result = applyEdit(workspace, edit);
  if (!result.ok) throw new Error(`edit refused:\n${result.errors.join('\n')}`);
  const check = validateWorkspace(result.workspace);
  if (!check.ok) throw new Error(`edit produced an invalid workspace:\n${check.errors.join('\n')}`);
  return result.workspace;
}

/** Applies an edit that must be refused and returns its messages. */
export function applyRefused(workspace: Workspace, edit: Edit): readonly string[] {
  const result: EditResult = applyEdit(workspace, edit);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}
