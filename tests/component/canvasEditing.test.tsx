// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Node, Scenario, Workspace } from '../../shared/model/workspace';
import { Canvas } from '../../renderer/src/canvas/Canvas';
import {
  deleteSelection,
  duplicateSelection,
  copySelection,
  nudgeSelection,
  pasteClipboard,
  selectAll,
  undoEdit,
  redoEdit,
} from '../../renderer/src/keyboard/editorCommands';
import { runCommand } from '../../renderer/src/commands/keyDispatcher';
import { command } from '../../renderer/src/commands/registry';
import { useDocumentStore } from '../../renderer/src/state/documentStore';
import { appEditor } from '../../renderer/src/editor/appEditor';
import {
  isPressHeld,
  panelSelectedId,
  panelSelectedIds,
  useUiStore,
} from '../../renderer/src/state/uiStore';
import { ASHBY, BARFORD, CARLOW, NORTH_CLUSTER, workspaceOf } from './fixtures';

// The editor driven like a user would, through its stores and commands: every command is one
// undo step, and a drag of the real canvas re-renders nothing until it is dropped.

const nodes: Node[] = [NORTH_CLUSTER, ASHBY, BARFORD, CARLOW];

function twoScenarios(): Workspace {
  const ws = workspaceOf(nodes);
  const first = ws.scenarios[0] as Scenario;
  const empty: Scenario = { id: 's2', name: 'Empty', nodes: [], laOverlaps: [], arrangements: [] };
  return { ...ws, scenarios: [first, empty] };
}

function scenario(id = 's1'): Scenario {
  const s = useDocumentStore.getState().workspace.scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
}

function node(id: string, scenarioId = 's1'): Node | undefined {
  return scenario(scenarioId).nodes.find((n) => n.id === id);
}

const history = (): number => useDocumentStore.temporal.getState().pastStates.length;

beforeEach(() => {
  void appEditor().open(twoScenarios(), { kind: 'file', fileName: 'test.ccgm' });
});
afterEach(cleanup);

describe('editor commands', () => {
  it('Delete removes the selection as one step; undo restores it exactly, redo removes it again', () => {
    const before = useDocumentStore.getState().workspace;
    useUiStore.getState().selectMany(['ccg-a', 'ccg-c']);
    expect(deleteSelection()).toBe(true);
    expect(scenario().nodes.map((n) => n.id)).toEqual(['cl-north', 'ccg-b']);
    expect(useUiStore.getState().selectedIds).toEqual([]);
    expect(history()).toBe(1);
    undoEdit();
    expect(useDocumentStore.getState().workspace).toBe(before);
    redoEdit();
    expect(scenario().nodes.map((n) => n.id)).toEqual(['cl-north', 'ccg-b']);
  });

  it('duplicate pastes copies 20 down and right and selects them', () => {
    useUiStore.getState().select('ccg-c');
    expect(duplicateSelection()).toBe(true);
    const copyId = useUiStore.getState().selectedId ?? '';
    expect(copyId).not.toBe('ccg-c');
    expect(node(copyId)).toMatchObject({ kind: 'ccg', name: 'Carlow CCG', x: 820, y: 120 });
    expect(history()).toBe(1);
  });

  it('regression: pasting twice into a scenario whose id is "constructor" steps down and right each time', () => {
    const ws = twoScenarios();
    void appEditor().open(
      {
        ...ws,
        scenarios: ws.scenarios.map((s) => (s.id === 's2' ? { ...s, id: 'constructor' } : s)),
      },
      { kind: 'file', fileName: 'test.ccgm' },
    );
    useUiStore.getState().select('ccg-c');
    copySelection();
    useUiStore.getState().selectScenario('constructor');
    expect(pasteClipboard()).toBe(true);
    expect(pasteClipboard()).toBe(true);
    expect(scenario('constructor').nodes.map((n) => ('x' in n ? n.x : null))).toEqual([800, 820]);
  });

  it('copy, switch scenario, paste: the copies land in the same place with the same ids', () => {
    useUiStore.getState().selectMany(['ccg-a', 'ccg-b']);
    copySelection();
    useUiStore.getState().selectScenario('s2');
    expect(pasteClipboard()).toBe(true);
    expect(scenario('s2').nodes.map((n) => `${n.id}@${'x' in n ? n.x : ''}`)).toEqual([
      'ccg-a@40',
      'ccg-b@320',
    ]);
    expect(useUiStore.getState().selectedIds).toEqual(['ccg-a', 'ccg-b']);
    // The cluster was not copied: the copies are not left pointing at a cluster that is not there.
    expect(scenario('s2').nodes.some((n) => n.kind === 'ccg' && n.clusterId !== undefined)).toBe(
      false,
    );
    // A second paste steps down and right, with fresh ids.
    pasteClipboard();
    expect(scenario('s2').nodes).toHaveLength(4);
    expect(
      scenario('s2')
        .nodes.slice(2)
        .map((n) => 'x' in n && n.x),
    ).toEqual([60, 340]);
  });

  it('select all takes every organisation; arrows nudge the selection by 1, or 10 with Shift, one step a press', () => {
    selectAll();
    expect(useUiStore.getState().selectedIds).toEqual(['cl-north', 'ccg-a', 'ccg-b', 'ccg-c']);
    useUiStore.getState().select('ccg-c');
    const arrow = (key: string, shiftKey = false) =>
      command('nudge').run({ handlers: {}, press: { key, shiftKey, target: null } });
    arrow('ArrowRight');
    arrow('ArrowDown', true);
    expect(node('ccg-c')).toMatchObject({ x: 801, y: 110 });
    expect(history()).toBe(2);
    undoEdit();
    expect(node('ccg-c')).toMatchObject({ x: 801, y: 100 });
  });

  it('a CCG nudged or moved into a cluster joins it in the same undo step', () => {
    useUiStore.getState().select('ccg-c');
    // Carlow's centre is at x 920; the cluster ends at 600. Move it 400 left: inside.
    nudgeSelection(-400, 0);
    expect(node('ccg-c')).toMatchObject({ x: 400, clusterId: 'cl-north' });
    expect(history()).toBe(1);
    undoEdit();
    expect(node('ccg-c')).toMatchObject({ x: 800 });
    expect(node('ccg-c')).not.toHaveProperty('clusterId');
  });

  it('Escape clears the selection, and does nothing when there is none', () => {
    useUiStore.getState().select('ccg-a');
    expect(runCommand(command('escape'))).toBe(true);
    expect(useUiStore.getState().selectedIds).toEqual([]);
    expect(runCommand(command('escape'))).toBe(false);
  });

  it('pasting what cannot belong in a scenario changes nothing and says so', () => {
    useUiStore.getState().setClipboard({
      items: {
        nodes: [
          { kind: 'locality', id: 'loc-x', name: 'Lost', ccgId: 'ccg-nowhere', population: 1000 },
        ],
        arrangements: [],
      },
      sourceScenarioId: 's1',
      pastes: {},
    });
    const before = useDocumentStore.getState().workspace;
    expect(pasteClipboard()).toBe(false);
    expect(useDocumentStore.getState().workspace).toBe(before);
    expect(history()).toBe(0);
    expect(useUiStore.getState().notice?.text).toMatch(/^Nothing was pasted/);
  });
});

describe('Canvas drag', () => {
  it('re-renders nothing while a card is dragged, then commits one moveItems step', () => {
    let renders = 0;
    render(
      <Profiler
        id="canvas"
        onRender={() => {
          renders++;
        }}
      >
        <Canvas />
      </Profiler>,
    );
    act(() => useUiStore.getState().select('ccg-c'));
    const frame = document.querySelector('[data-node-id="ccg-c"] .card-frame') as Element;
    const at = (type: string, x: number, y: number, target: EventTarget = window): void => {
      target.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          cancelable: true,
          clientX: x,
          clientY: y,
          pointerId: 1,
          button: 0,
        }),
      );
    };
    const rendersBefore = renders;
    act(() => {
      at('pointerdown', 900, 150, frame);
      for (let i = 1; i <= 20; i++) at('pointermove', 900 + i * 5, 150 - i * 2);
    });
    expect(renders).toBe(rendersBefore);
    expect(history()).toBe(0);
    // While dragged, the card is drawn as a copy in the overlay (dragGhosts.ts).
    expect(
      document.querySelector('.canvas-overlay [data-ghost-of="ccg-c"]')?.getAttribute('transform'),
    ).toBe('translate(900,60)');
    act(() => at('pointerup', 1000, 110));
    expect(history()).toBe(1);
    expect(node('ccg-c')).toMatchObject({ x: 900, y: 60 });
    expect(renders).toBeGreaterThan(rendersBefore);
    expect(document.querySelector('[data-node-id="ccg-c"]')?.getAttribute('transform')).toBe(
      'translate(900,60)',
    );
    act(() => {
      undoEdit();
    });
    expect(document.querySelector('[data-node-id="ccg-c"]')?.getAttribute('transform')).toBe(
      'translate(800,100)',
    );
  });

  it('a pressed card is selected on the canvas at once; the side panel follows when the press ends', () => {
    render(<Canvas />);
    act(() => useUiStore.getState().select(null));
    const frame = document.querySelector('[data-node-id="ccg-c"] .card-frame') as Element;
    const at = (type: string, x: number, y: number, target: EventTarget = window): void => {
      target.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          cancelable: true,
          clientX: x,
          clientY: y,
          pointerId: 1,
          button: 0,
        }),
      );
    };
    act(() => {
      at('pointerdown', 900, 150, frame);
      at('pointermove', 940, 170);
    });
    expect(useUiStore.getState().selectedId).toBe('ccg-c');
    expect(
      document.querySelector('[data-node-id="ccg-c"] .ccg-card')?.getAttribute('aria-pressed'),
    ).toBe('true');
    // Held (and dragged): the panel still shows what it showed before the press.
    expect(panelSelectedId(useUiStore.getState())).toBeNull();
    act(() => at('pointerup', 940, 170));
    expect(panelSelectedId(useUiStore.getState())).toBe('ccg-c');
    expect(panelSelectedIds(useUiStore.getState())).toEqual(['ccg-c']);
    expect(isPressHeld(useUiStore.getState())).toBe(false);
    act(() => {
      undoEdit();
    });
  });

  it('a refused locality drop changes nothing, puts the chip back and says why', () => {
    const withLocality = workspaceOf([
      { kind: 'ccg', id: 'ccg-a', name: 'Ashby CCG', federated: true, x: 40, y: 100 },
      { kind: 'locality', id: 'loc-a', name: 'Ashby Town', ccgId: 'ccg-a', population: 90_000 },
      {
        kind: 'ccg',
        id: 'ccg-c',
        name: 'Carlow CCG',
        population: 120_000,
        federated: false,
        x: 800,
        y: 100,
      },
    ]);
    void appEditor().open(withLocality, { kind: 'file', fileName: 'one.ccgm' });
    render(<Canvas />);
    const before = useDocumentStore.getState().workspace;
    const chip = document.querySelector('[data-locality-id="loc-a"]') as Element;
    const at = (type: string, x: number, y: number, target: EventTarget = window): void => {
      target.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          cancelable: true,
          clientX: x,
          clientY: y,
          pointerId: 1,
          button: 0,
        }),
      );
    };
    act(() => {
      at('pointerdown', 100, 200, chip.querySelector('.chip-frame') as Element);
      at('pointermove', 500, 160);
      at('pointermove', 900, 150);
      at('pointerup', 900, 150);
    });
    expect(useDocumentStore.getState().workspace).toBe(before);
    expect(useUiStore.getState().notice).toMatchObject({ kind: 'refused' });
    expect(useUiStore.getState().notice?.text).toContain('would leave it with no population');
    expect(document.querySelector('.locality-ghost')).toBeNull();
    expect(chip.classList.contains('is-drag-source')).toBe(false);
    expect(
      document
        .querySelector('[data-locality-id="loc-a"]')
        ?.closest('[data-node-id]')
        ?.getAttribute('data-node-id'),
    ).toBe('ccg-a');
  });
});
