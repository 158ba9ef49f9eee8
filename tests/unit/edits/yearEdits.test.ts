import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';
import { applyEdit } from '../../../shared/edits/applyEdit';
import { nextPlanningYear, yearReferences } from '../../../shared/edits/yearEdits';
import {
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type Workspace,
} from '../../../shared/model/workspace';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';

const workspace: Workspace = {
  format: WORKSPACE_FORMAT,
  version: WORKSPACE_VERSION,
  id: 'ws',
  name: 'Years',
  createdAt: '2013-01-01T00:00:00Z',
  updatedAt: '2013-01-01T00:00:00Z',
  assumptions: DEFAULT_ASSUMPTIONS,
  scenarios: [
    {
      id: 's1',
      name: 'One',
      assumptionOverrides: { years: [{ id: '2013-14', allowancePerHead: 30 }], amberMargin: 0.05 },
      nodes: [
        {
          kind: 'ccg',
          id: 'a',
          name: 'Ashby CCG',
          population: 100_000,
          federated: false,
          x: 0,
          y: 0,
          allowances: { '2013-14': 2_500_000, '2014-15': 2_400_000 },
        },
        {
          kind: 'ccg',
          id: 'b',
          name: 'Barford CCG',
          population: 100_000,
          federated: false,
          x: 0,
          y: 0,
          allowances: { '2013-14': 2_000_000 },
        },
      ],
      laOverlaps: [],
      arrangements: [],
    },
  ],
  slides: [
    {
      id: 'sl-1',
      title: 'First year',
      scenarioId: 's1',
      camera: { x: 0, y: 0, k: 1 },
      yearId: '2013-14',
    },
    {
      id: 'sl-2',
      title: 'Last year',
      scenarioId: 's1',
      camera: { x: 0, y: 0, k: 1 },
      yearId: '2015-16',
    },
  ],
};

describe('planning year edits', () => {
  it('the next year follows the last financial year, with its rate and cost index', () => {
    expect(nextPlanningYear(DEFAULT_ASSUMPTIONS.years)).toEqual({
      id: '2016-17',
      label: '2016/17',
      allowancePerHead: 22.07,
      costIndex: 1.02,
    });
    expect(
      nextPlanningYear([{ id: '2099-00', label: '2099/00', allowancePerHead: 20, costIndex: 1 }])
        ?.id,
    ).toBe('2100-01');
    expect(
      nextPlanningYear([{ id: 'base', label: 'Base', allowancePerHead: 20, costIndex: 1 }]),
    ).toMatchObject({ id: 'year-2', label: 'Year 2' });
  });

  it('adds a year at the end; an eleventh year is refused in words', () => {
    expect(validateWorkspace(workspace).ok).toBe(true);
    const added = applyEdit(workspace, {
      type: 'addYear',
      year: nextPlanningYear(workspace.assumptions.years)!,
    });
    expect(added.ok && added.workspace.assumptions.years.map((y) => y.label)).toEqual([
      '2013/14',
      '2014/15',
      '2015/16',
      '2016/17',
    ]);
    let ws = workspace;
    for (let i = 0; i < 7; i += 1) {
      const r = applyEdit(ws, { type: 'addYear', year: nextPlanningYear(ws.assumptions.years)! });
      if (!r.ok) throw new Error(r.errors.join('\n'));
      ws = r.workspace;
    }
    expect(ws.assumptions.years).toHaveLength(10);
    const refused = applyEdit(ws, {
      type: 'addYear',
      year: nextPlanningYear(ws.assumptions.years)!,
    });
    expect(refused).toEqual({
      ok: false,
      errors: ['Cannot add a year: the planning horizon already has 10 years, the most allowed'],
    });
  });

  it('removing a year clears the allowances, overrides and slide years that name it, and the result is valid', () => {
    expect(yearReferences(workspace, '2013-14')).toEqual({
      allowances: 2,
      slides: 1,
      overrides: 1,
    });
    const r = applyEdit(workspace, { type: 'removeYear', yearId: '2013-14' });
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const after = r.workspace;
    expect(after.assumptions.years.map((y) => y.id)).toEqual(['2014-15', '2015-16']);
    const [a, b] = after.scenarios[0]!.nodes;
    expect(a).toMatchObject({ allowances: { '2014-15': 2_400_000 } });
    expect(b && 'allowances' in b).toBe(false);
    expect(after.scenarios[0]!.assumptionOverrides).toEqual({ amberMargin: 0.05 });
    expect(after.slides?.map((s) => s.yearId)).toEqual([undefined, '2015-16']);
    expect(validateWorkspace(after).ok).toBe(true);
    // Without the clearing, the validator refuses the dangling references: the edit must do it.
    expect(
      validateWorkspace({
        ...workspace,
        assumptions: { ...workspace.assumptions, years: after.assumptions.years },
      }).ok,
    ).toBe(false);
  });

  it('the last remaining year cannot be removed', () => {
    let ws = workspace;
    for (const id of ['2013-14', '2014-15']) {
      const r = applyEdit(ws, { type: 'removeYear', yearId: id });
      if (!r.ok) throw new Error(r.errors.join('\n'));
      ws = r.workspace;
    }
    expect(applyEdit(ws, { type: 'removeYear', yearId: '2015-16' })).toEqual({
      ok: false,
      errors: [
        'Cannot remove 2015/16: it is the only planning year, and a workspace needs at least one. Add another year first.',
      ],
    });
  });
});
