// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { costScenario } from '../../shared/costing/costScenario';
import type { Node, Slide, Workspace } from '../../shared/model/workspace';
import { useDocumentStore } from '../../renderer/src/state/documentStore';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { useUiStore } from '../../renderer/src/state/uiStore';
import { WorkshopMode } from '../../renderer/src/workshop/WorkshopMode';
import { useWorkshopStore } from '../../renderer/src/state/workshopStore';
import { workspaceOf } from './fixtures';

// Workshop mode as a presenter drives it: the keyboard steps through the slides (each shows its
// scenario), the what-if sliders change the figures without touching the document, and
// "Reset what-ifs" brings back exactly the scenario's own figures.

/**
 * Hand-worked on the default assumptions (DESIGN.md §4), everything in-house:
 * Reference CCG, 250,000 people (the reference population, so u_f = cost_f):
 *   core = 600,000 + 8.00·250,000 = 2,600,000; functions = 14.00·250,000 = 3,500,000;
 *   total 6,100,000 → £24.40 a head: tight (24.00 < 24.40 ≤ 25).
 * With the cap at £30: within (24.40 ≤ 30·0.96 = 28.80); headroom 30·250,000 − 6,100,000 = £1.4m.
 * With business intelligence at £3.20 instead of £2.20: +1.00·250,000 → 6,350,000 → £25.40: over a
 *   £25 cap, within a £30 one (headroom 7,500,000 − 6,350,000 = 1,150,000, shown to one place as £1.1m).
 */
const nodes: Node[] = [
  {
    kind: 'ccg',
    id: 'ccg-ref',
    name: 'Reference CCG',
    population: 250_000,
    federated: false,
    x: 0,
    y: 0,
  },
];

function workspaceWithSlides(): Workspace {
  const base = workspaceOf(nodes);
  const first = base.scenarios[0];
  if (!first) throw new Error('no scenario');
  const second = { ...first, id: 's2', name: 'Second scenario' };
  const slide = (id: string, title: string, scenarioId: string): Slide => ({
    id,
    title,
    scenarioId,
    camera: { x: 100, y: 50, k: 1 },
  });
  return {
    ...base,
    scenarios: [first, second],
    slides: [
      slide('a', 'Opening', 's1'),
      slide('b', 'The alternative', 's2'),
      slide('c', 'Back to the start', 's1'),
    ],
  };
}

beforeEach(() => {
  act(() => {
    void appEditor().open(workspaceWithSlides(), { kind: 'file', fileName: 'test.ccgm' });
    useWorkshopStore.getState().enter(0);
  });
});
afterEach(() => {
  cleanup();
  act(() => useWorkshopStore.getState().leave());
});

const position = () => screen.getByTestId('slide-position').textContent;
const title = () => screen.getByRole('heading', { level: 1 }).textContent;
const press = (key: string, target: Element | Window = window) =>
  act(() => {
    fireEvent.keyDown(target, { key });
  });
const figureLabel = () =>
  screen
    .getByRole('listitem', { name: /^Reference CCG: £[\d.,]+ per head/ })
    .getAttribute('aria-label');

describe('workshop mode: stepping through slides', () => {
  it('the keyboard steps through the slides, each showing its own scenario', () => {
    render(<WorkshopMode />);
    expect(position()).toBe('1 of 3');
    expect(title()).toBe('Opening');
    press('ArrowRight');
    expect(position()).toBe('2 of 3');
    expect(title()).toBe('The alternative');
    expect(useUiStore.getState().scenarioId).toBe('s2');
    press('PageDown');
    expect(position()).toBe('3 of 3');
    expect(useUiStore.getState().scenarioId).toBe('s1');
    press(' ');
    expect(position()).toBe('3 of 3');
    press('Home');
    expect(position()).toBe('1 of 3');
    press('End');
    press('PageUp');
    press('ArrowLeft');
    expect(position()).toBe('1 of 3');
    // The slide strip marks where the presenter is and jumps on a click.
    const strip = screen.getByRole('navigation', { name: 'All slides' });
    fireEvent.click(within(strip).getByRole('button', { name: /The alternative/ }));
    expect(position()).toBe('2 of 3');
    expect(
      within(strip)
        .getByRole('button', { name: /The alternative/ })
        .getAttribute('aria-current'),
    ).toBe('step');
  });

  it('a slider keeps its arrow keys; Esc leaves workshop mode', () => {
    render(<WorkshopMode />);
    press('ArrowRight', screen.getByRole('slider', { name: 'Running cost cap' }));
    expect(position()).toBe('1 of 3');
    press('Escape');
    expect(useWorkshopStore.getState().active).toBe(false);
  });
});

describe('workshop mode: what-ifs', () => {
  it('move the cap and a function’s cost, then reset: the figures are exactly the scenario’s again', () => {
    render(<WorkshopMode />);
    const workspace = useDocumentStore.getState().workspace;
    const undoSteps = useDocumentStore.temporal.getState().pastStates.length;
    const before = figureLabel();
    expect(before).toBe(
      'Reference CCG: £24.40 per head, tight against the £25 cap (national rate, no published allowance), headroom £150k',
    );

    fireEvent.change(screen.getByRole('slider', { name: 'Running cost cap' }), {
      target: { value: '30' },
    });
    expect(figureLabel()).toBe(
      'Reference CCG: £24.40 per head, within the £30 cap (national rate, no published allowance), headroom £1.4m',
    );
    expect(
      screen.getByRole('listitem', { name: /^Reference CCG: £[\d.,]+ per head/ }).textContent,
    ).toContain('✓ Within');

    fireEvent.change(
      screen.getByRole('slider', {
        name: 'Business intelligence & population data: cost per head',
      }),
      { target: { value: '3.2' } },
    );
    expect(figureLabel()).toBe(
      'Reference CCG: £25.40 per head, within the £30 cap (national rate, no published allowance), headroom £1.1m',
    );
    fireEvent.change(screen.getByRole('slider', { name: 'Running cost cap' }), {
      target: { value: '25' },
    });
    expect(figureLabel()).toMatch(/^Reference CCG: £25\.40 per head, over the £25 cap/);

    fireEvent.click(screen.getByRole('button', { name: 'Reset what-ifs' }));
    expect(figureLabel()).toBe(before);
    // What-ifs never touched the document: same workspace object, no undo step.
    expect(useDocumentStore.getState().workspace).toBe(workspace);
    expect(useDocumentStore.temporal.getState().pastStates.length).toBe(undoSteps);
    // After the reset the figures shown are the engine's own for the scenario, to the penny.
    const own = costScenario(workspace, 's1').ccgs[0];
    expect(figureLabel()).toContain(`£${own?.perHead.toFixed(2)} per head`);
  });

  it('leaving workshop mode drops the what-ifs', () => {
    render(<WorkshopMode />);
    fireEvent.change(screen.getByRole('slider', { name: 'CSU margin' }), {
      target: { value: '0.2' },
    });
    expect(useWorkshopStore.getState().whatIfs).toEqual({ csuMargin: 0.2 });
    press('Escape');
    expect(useWorkshopStore.getState().whatIfs).toEqual({});
  });
});
