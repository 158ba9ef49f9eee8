import { describe, expect, it } from 'vitest';
import type { Node, Scenario, Workspace } from '../../shared/model/workspace';
import { costScenarioCached } from '../../renderer/src/state/costScenarioCached';
import { workspaceFileName } from '../../renderer/src/files/saveWorkspaceFile';
import { workspaceOf } from './fixtures';

const nodes: Node[] = [
  {
    kind: 'ccg',
    id: 'ccg-a',
    name: 'Ashby CCG',
    population: 250_000,
    federated: false,
    x: 0,
    y: 0,
  },
];

describe('derived costing', () => {
  it('is computed once per workspace object and scenario, and afresh for a new workspace', () => {
    const ws = workspaceOf(nodes);
    const first = costScenarioCached(ws, 's1');
    expect(costScenarioCached(ws, 's1')).toBe(first);
    const edited: Workspace = { ...ws, name: 'Edited' };
    const second = costScenarioCached(edited, 's1');
    expect(second).not.toBe(first);
    expect(second.ccgs[0]?.perHead).toBeCloseTo(24.4, 10);
  });

  it('keeps the very same figures when an edit only moves things, and recosts any other change', () => {
    const ws = workspaceOf([
      ...nodes,
      {
        kind: 'ccg',
        id: 'ccg-b',
        name: 'Bourne CCG',
        population: 90_000,
        federated: false,
        x: 300,
        y: 0,
      },
    ]);
    const first = costScenarioCached(ws, 's1');
    const scenario = ws.scenarios[0] as Scenario;
    const withNodes = (changed: readonly Node[]): Workspace => ({
      ...ws,
      scenarios: [{ ...scenario, nodes: changed }],
    });
    const moved = withNodes(
      scenario.nodes.map((n) => (n.id === 'ccg-a' ? { ...n, x: 40, y: 80 } : n)),
    );
    expect(costScenarioCached(moved, 's1')).toBe(first);
    const grown = withNodes(
      scenario.nodes.map((n) => (n.id === 'ccg-a' ? { ...n, x: 40, population: 500_000 } : n)),
    );
    const recosted = costScenarioCached(grown, 's1');
    expect(recosted).not.toBe(first);
    expect(recosted.ccgs.find((c) => c.id === 'ccg-a')?.population).toBe(500_000);
    // A renamed workspace, costed straight after the moved one, is a change too.
    expect(costScenarioCached(moved, 's1')).toBe(first);
    const renamed: Workspace = { ...moved, name: 'Renamed' };
    expect(costScenarioCached(renamed, 's1')).not.toBe(first);
  });
});

describe('workspaceFileName', () => {
  it('drops characters file systems refuse and adds .ccgm', () => {
    const ws = workspaceOf(nodes);
    expect(workspaceFileName({ ...ws, name: 'Four small CCGs — do, share or buy?' })).toBe(
      'Four small CCGs — do, share or buy.ccgm',
    );
    expect(workspaceFileName({ ...ws, name: 'a/b:c*d' })).toBe('abcd.ccgm');
    expect(workspaceFileName({ ...ws, name: '???' })).toBe('workspace.ccgm');
  });
});
