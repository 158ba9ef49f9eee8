// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Node, Workspace } from '../../shared/model/workspace';
import { useDocumentStore } from '../../renderer/src/state/documentStore';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { SlidesDialog } from '../../renderer/src/workshop/SlidesDialog';
import { workspaceOf } from './fixtures';

// A comparison slide compares the scenarios the presenter picks, two to four of them: a
// projector's width holds no more, and one scenario is no comparison.

const nodes: Node[] = [
  {
    kind: 'ccg',
    id: 'ccg-a',
    name: 'Ashby CCG',
    population: 120_000,
    federated: false,
    x: 0,
    y: 0,
  },
];

function fiveScenarios(): Workspace {
  const base = workspaceOf(nodes);
  const first = base.scenarios[0];
  if (!first) throw new Error('no scenario');
  const scenarios = ['A', 'B', 'C', 'D', 'E'].map((n, i) => ({
    ...first,
    id: `s${i + 1}`,
    name: `Option ${n}`,
  }));
  return {
    ...base,
    scenarios,
    slides: [{ id: 'sl', title: 'Options', scenarioId: 's1', camera: { x: 0, y: 0, k: 1 } }],
  };
}

beforeEach(() =>
  act(() => void appEditor().open(fiveScenarios(), { kind: 'file', fileName: 'test.ccgm' })),
);
afterEach(cleanup);

const compared = () => {
  const h = useDocumentStore.getState().workspace.slides?.[0]?.highlight;
  return h?.kind === 'comparison' ? h.scenarioIds : null;
};

describe('a comparison slide', () => {
  it('starts with the first four scenarios; ticks add and remove, never past four nor under two', () => {
    render(<SlidesDialog onClose={() => {}} />);
    fireEvent.change(screen.getByLabelText('Highlight'), { target: { value: 'comparison' } });
    expect(compared()).toEqual(['s1', 's2', 's3', 's4']);
    const group = screen.getByRole('group', { name: 'Scenarios compared on slide 1 (2 to 4)' });
    const box = (name: string) => within(group).getByRole('checkbox', { name }) as HTMLInputElement;
    // Four chosen: the fifth cannot be added.
    expect(box('Option E').disabled).toBe(true);
    fireEvent.click(box('Option B'));
    expect(compared()).toEqual(['s1', 's3', 's4']);
    fireEvent.click(box('Option E'));
    expect(compared()).toEqual(['s1', 's3', 's4', 's5']);
    fireEvent.click(box('Option A'));
    fireEvent.click(box('Option C'));
    expect(compared()).toEqual(['s4', 's5']);
    // Two chosen: neither can be taken away.
    expect(box('Option D').disabled).toBe(true);
    expect(box('Option E').disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toMatch(/^Slide 1: compares Option D, Option E/);
  });
});
