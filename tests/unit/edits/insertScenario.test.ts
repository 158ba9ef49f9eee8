import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/applyEdit';
import type { Scenario } from '../../../shared/model/workspace';
import { fourSmallCcgsSample } from '../../../shared/samples/fourSmallCcgsSample';

// insertScenario: how a recommendation joins the workspace — one edit, one undo step, refused
// whole when the scenario would not be valid in the workspace.

function made(): Scenario {
  const ws = fourSmallCcgsSample();
  const csu = ws.scenarios.find((s) => s.id === 'csu') as Scenario;
  return {
    ...csu,
    id: 'scenario-1',
    name: 'Recommended — least cost within the 2013/14 allowance',
  };
}

describe('insertScenario', () => {
  it('puts the scenario just after the one named, leaving the others as they were', () => {
    const ws = fourSmallCcgsSample();
    const result = applyEdit(ws, {
      type: 'insertScenario',
      scenario: made(),
      afterScenarioId: 'all-in-house',
    });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.workspace.scenarios.map((s) => s.id).slice(0, 3)).toEqual([
      'all-in-house',
      'scenario-1',
      'shared-service',
    ]);
    expect(result.workspace.scenarios[0]).toBe(ws.scenarios[0]);
  });

  it('refuses a used id or name, an unknown neighbour, and an invalid scenario, changing nothing', () => {
    const ws = fourSmallCcgsSample();
    const refused = (scenario: Scenario, after = 'all-in-house'): readonly string[] => {
      const r = applyEdit(ws, { type: 'insertScenario', scenario, afterScenarioId: after });
      return r.ok ? [] : r.errors;
    };
    expect(refused({ ...made(), id: 'csu' })).toEqual([
      'Scenario id "csu" is already used in workspace "Four small CCGs — do, share or buy?"',
    ]);
    expect(refused({ ...made(), name: 'shared SERVICE' })).toEqual([
      'There is already a scenario called "Shared service"; choose another name',
    ]);
    expect(refused(made(), 'nope')).toEqual([
      'Scenario "nope" does not exist in workspace "Four small CCGs — do, share or buy?"',
    ]);
    const broken = {
      ...made(),
      arrangements: [
        { ...(made().arrangements[0] as Scenario['arrangements'][number]), members: ['ccg-ghost'] },
      ],
    };
    expect(refused(broken).join('\n')).toMatch(
      /scenario "Recommended — least cost within the 2013\/14 allowance" › arrangement "Wexmoor and Fens CSU contract".*"ccg-ghost"/,
    );
  });
});
