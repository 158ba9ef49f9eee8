import { describe, expect, it } from 'vitest';
import type { Node, Workspace } from '../../shared/model/workspace';
import { costScenarioCached } from '../../renderer/src/state/costScenarioCached';
import { workspaceFileName } from '../../renderer/src/files/saveWorkspaceFile';
import { workspaceOf } from './fixtures';

const nodes: Node[] = [{ kind: 'ccg', id: 'ccg-a', name: 'Ashby CCG', population: 250_000, federated: false, x: 0, y: 0 }];

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
});

describe('workspaceFileName', () => {
  it('drops characters file systems refuse and adds .ccgm', () => {
    const ws = workspaceOf(nodes);
    expect(workspaceFileName({ ...ws, name: 'Four small CCGs — do, share or buy?' })).toBe('Four small CCGs — do, share or buy.ccgm');
    expect(workspaceFileName({ ...ws, name: 'a/b:c*d' })).toBe('abcd.ccgm');
    expect(workspaceFileName({ ...ws, name: '???' })).toBe('workspace.ccgm');
  });
});
