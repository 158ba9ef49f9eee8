import { describe, expect, it } from 'vitest';
import type { PracticeImport } from '../../../shared/csv/buildPracticeImport';
import {
  ccgMatchKey,
  describePlanEntry,
  matchImportedCcgs,
  practiceImportEdit,
} from '../../../shared/csv/practiceImportPlan';
import { costScenario } from '../../../shared/costing/costScenario';
import { applyEdit } from '../../../shared/edits/applyEdit';
import type { Node, Scenario, Workspace } from '../../../shared/model/workspace';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import { practiceImportWorkspace } from '../../../shared/csv/practiceImportNodes';

const ccg = (
  id: string,
  name: string,
  extra: Partial<{ code: string; population: number }> = {},
): Node => ({ kind: 'ccg', id, name, federated: false, x: 0, y: 0, ...extra });
const loc = (id: string, name: string, ccgId: string, population: number): Node => ({
  kind: 'locality',
  id,
  name,
  ccgId,
  population,
});

function scenarioOf(nodes: Node[]): Scenario {
  return { id: 's1', name: 'Option A', nodes, laOverlaps: [], arrangements: [] };
}

function fileOf(ccgs: { name: string; localities: [string, number][] }[]): PracticeImport {
  const list = ccgs.map((c) => ({
    name: c.name,
    population: c.localities.reduce((s, [, p]) => s + p, 0),
    practices: c.localities.length,
    localities: c.localities.map(([name, population]) => ({ name, population, practices: 1 })),
  }));
  return {
    ccgs: list,
    badRows: [],
    usedRows: list.length,
    population: list.reduce((s, c) => s + c.population, 0),
  };
}

function workspaceWith(...scenarios: Scenario[]): Workspace {
  const base = practiceImportWorkspace(fileOf([{ name: 'X', localities: [['x', 1]] }]), {
    id: 'w',
    name: 'W',
    now: new Date('2026-01-01T00:00:00Z'),
  });
  const ws = { ...base, scenarios };
  const checked = validateWorkspace(ws);
  if (!checked.ok) throw new Error(checked.errors.join('\n'));
  return checked.workspace;
}

describe('ccgMatchKey', () => {
  it.each([
    ['Northvale CCG', 'northvale'],
    ['NHS Northvale CCG', 'northvale'],
    ['  nhs  NORTHVALE  ccg ', 'northvale'],
    ['Northvale', 'northvale'],
    ['NHS Northvale and Dale', 'northvale and dale'],
  ])('%j → %j', (name, key) => expect(ccgMatchKey(name)).toBe(key));
});

describe('matching the file’s CCGs to the scenario’s', () => {
  const scenario = scenarioOf([
    ccg('nv', 'Northvale CCG', { code: '03V', population: 140000 }),
    ccg('dale-a', 'Dale CCG', { population: 90000 }),
    ccg('dale-b', 'NHS Dale', { population: 80000 }),
    ccg('ash', 'Ashby CCG'),
    loc('ash-n', 'Ashby North', 'ash', 50000),
    loc('ash-s', 'Ashby South', 'ash', 40000),
  ]);

  it('by ODS code, by name with “NHS ”, “ CCG” and case ignored, ambiguous, or new', () => {
    const plan = matchImportedCcgs(
      fileOf([
        { name: '03v', localities: [['East', 20000]] },
        { name: 'nhs ASHBY', localities: [['Ashby West', 10000]] },
        { name: 'Dale CCG', localities: [['Dale Town', 5000]] },
        {
          name: 'Southmoor CCG',
          localities: [
            ['A', 1],
            ['B', 2],
            ['C', 3],
            ['D', 4],
          ],
        },
      ]),
      scenario,
    );
    expect(
      plan.map((e) =>
        e.match.kind === 'existing' ? `${e.match.ccg.id} by ${e.match.by}` : e.match.kind,
      ),
    ).toEqual(['nv by code', 'ash by name', 'ambiguous', 'new']);
    expect(plan.map((e) => describePlanEntry(e, scenario, null))).toEqual([
      'adds 1 locality to Northvale CCG (existing, ODS code 03V); its own 140,000 is kept: 120,000 stay in “Northvale CCG — not yet in a locality”',
      'adds 1 locality to Ashby CCG (existing)',
      'skips Dale CCG: 2 CCGs match it (Dale CCG, NHS Dale); give them different ODS codes or names first',
      'creates Southmoor CCG (new) with 4 localities: 10 people',
    ]);
  });

  it('localities of the same name are a clash that needs a choice', () => {
    const [entry] = matchImportedCcgs(
      fileOf([
        {
          name: 'Ashby CCG',
          localities: [
            ['ashby north', 55000],
            ['Ashby East', 5000],
          ],
        },
      ]),
      scenario,
    );
    if (!entry) throw new Error('no entry');
    expect(entry.clashes).toEqual(['Ashby North']);
    expect(describePlanEntry(entry, scenario, null)).toBe(
      'Ashby CCG (existing) already has 1 locality of the same name (Ashby North): choose below',
    );
    expect(describePlanEntry(entry, scenario, 'replace')).toBe(
      'adds 2 localities to Ashby CCG (existing); replacing 1 locality of the same name',
    );
    expect(describePlanEntry(entry, scenario, 'alongside')).toBe(
      'adds 2 localities to Ashby CCG (existing)',
    );
    expect(describePlanEntry(entry, scenario, 'skip')).toBe(
      'skips Ashby CCG (existing), as chosen',
    );
  });
});

describe('applying the import: one edit, an existing CCG counted once', () => {
  const scenario = scenarioOf([
    ccg('nv', 'Northvale CCG', { population: 140000 }),
    ccg('ash', 'Ashby CCG'),
    loc('ash-n', 'Ashby North', 'ash', 50000),
  ]);
  const file = fileOf([
    {
      name: 'NHS Northvale CCG',
      localities: [
        ['North', 100000],
        ['South', 60000],
      ],
    },
    {
      name: 'Ashby',
      localities: [
        ['Ashby North', 55000],
        ['Ashby East', 5000],
      ],
    },
    { name: 'Southmoor CCG', localities: [['Moor', 70000]] },
  ]);

  function apply(
    ws: Workspace,
    choices: Record<string, 'replace' | 'alongside' | 'skip'>,
  ): Workspace {
    const result = applyEdit(ws, practiceImportEdit(file, ws.scenarios, choices));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    return result.workspace;
  }
  const figures = (ws: Workspace, sid = 's1') =>
    costScenario(ws, sid).ccgs.map((c) => [c.name, c.population]);

  it('adds to matched CCGs, creates the new one, and replaces clashing localities when asked', () => {
    const ws = apply(workspaceWith(scenario), { Ashby: 'replace' });
    expect(figures(ws)).toEqual([
      ['Northvale CCG', 160000],
      ['Ashby CCG', 60000],
      ['Southmoor CCG', 70000],
    ]);
  });

  it('alongside keeps both; skip leaves the CCG alone', () => {
    expect(figures(apply(workspaceWith(scenario), { Ashby: 'alongside' }))[1]).toEqual([
      'Ashby CCG',
      110000,
    ]);
    expect(figures(apply(workspaceWith(scenario), { Ashby: 'skip' }))[1]).toEqual([
      'Ashby CCG',
      50000,
    ]);
  });

  it('every scenario, each matched on its own', () => {
    const other: Scenario = {
      ...scenarioOf([ccg('n2', 'Northvale', { population: 150000 })]),
      id: 's2',
      name: 'Option B',
    };
    const ws = apply(workspaceWith(scenario, other), { Ashby: 'skip' });
    expect(figures(ws, 's2')).toEqual([
      ['Northvale', 160000],
      ['Ashby', 60000],
      ['Southmoor CCG', 70000],
    ]);
  });
});
