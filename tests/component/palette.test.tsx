// @vitest-environment jsdom
import { act, cleanup, createEvent, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Node } from '../../shared/model/workspace';
import { Palette } from '../../renderer/src/palette/Palette';
import { PaletteDropZone } from '../../renderer/src/palette/PaletteDropZone';
import { PALETTE_MIME } from '../../renderer/src/palette/paletteItems';
import { createPaletteNode } from '../../renderer/src/palette/createPaletteNode';
import { clientToWorld } from '../../renderer/src/palette/viewCentre';
import { dispatchEdit } from '../../renderer/src/state/dispatchEdit';
import { useDocumentStore } from '../../renderer/src/state/documentStore';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { useUiStore } from '../../renderer/src/state/uiStore';
import { workspaceOf } from './fixtures';

const nodes: Node[] = [
  {
    kind: 'ccg',
    id: 'ccg-ashby',
    name: 'Ashby CCG',
    population: 60_000,
    federated: false,
    x: 0,
    y: 0,
  },
];

beforeEach(() => {
  void appEditor().open(workspaceOf(nodes), { kind: 'file', fileName: 'test.ccgm' });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const scenario = () => {
  const s = useDocumentStore.getState().workspace.scenarios[0];
  if (!s) throw new Error('no scenario');
  return s;
};

describe('palette', () => {
  it('a click adds a valid CCG near the middle of the view, with a readable id and name, and selects it', () => {
    act(() => useUiStore.getState().setViewport({ x: 100, y: 50, k: 0.5 }));
    render(<Palette />);
    fireEvent.click(screen.getByRole('button', { name: /^Add a CCG/ }));
    const added = scenario().nodes.find((n) => n.id !== 'ccg-ashby');
    expect(added).toMatchObject({
      kind: 'ccg',
      name: 'New CCG 1',
      population: 100_000,
      federated: false,
    });
    expect(added?.id).toMatch(/^ccg/);
    expect(useUiStore.getState().selectedId).toBe(added?.id);
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(1);
    expect(screen.getByTestId('palette-status').textContent).toContain('Added New CCG 1');
    // jsdom has no canvas on screen, so a 900 × 600 view is assumed: its centre is at
    // ((450 − 100) / 0.5, (300 − 50) / 0.5) = (700, 500); the card (240 × 90) is centred there.
    expect(added?.kind === 'ccg' && [added.x, added.y]).toEqual([580, 455]);
  });

  it('a second CCG goes beside the first rather than on top of it', () => {
    render(<Palette />);
    fireEvent.click(screen.getByRole('button', { name: /^Add a CCG/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Add a CCG/ }));
    const added = scenario().nodes.filter((n) => n.kind === 'ccg' && n.id !== 'ccg-ashby');
    expect(added.map((n) => n.name)).toEqual(['New CCG 1', 'New CCG 2']);
    const [a, b] = added;
    if (a?.kind !== 'ccg' || b?.kind !== 'ccg') throw new Error('not CCGs');
    expect(Math.abs(a.x - b.x) >= 240 || Math.abs(a.y - b.y) >= 90).toBe(true);
  });

  it('"Locality" says to select a CCG first, then adds to the selected CCG', () => {
    render(<Palette />);
    const locality = screen.getByRole('button', {
      name: 'Add a locality: select a CCG first, or drag this onto a CCG card',
    });
    expect(locality.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(locality);
    expect(scenario().nodes).toHaveLength(1);
    expect(screen.getByTestId('palette-status').textContent).toContain('Select a CCG first');

    act(() => useUiStore.getState().select('ccg-ashby'));
    fireEvent.click(screen.getByRole('button', { name: 'Add a locality to Ashby CCG' }));
    // The first locality takes the CCG's own population, so the CCG's figures do not jump.
    expect(scenario().nodes.find((n) => n.kind === 'locality')).toMatchObject({
      ccgId: 'ccg-ashby',
      name: 'New locality 1',
      population: 60_000,
    });
  });

  it('a locality dropped on a CCG card joins that CCG, selected or not', () => {
    act(() => useUiStore.getState().setViewport({ x: 0, y: 0, k: 1 }));
    render(
      <PaletteDropZone>
        <div />
      </PaletteDropZone>,
    );
    const zone = document.querySelector('[data-palette-drop-zone]') as HTMLElement;
    vi.spyOn(zone, 'getBoundingClientRect').mockReturnValue({
      left: 0,
      top: 0,
      x: 0,
      y: 0,
      width: 800,
      height: 600,
      right: 800,
      bottom: 600,
      toJSON: () => ({}),
    });
    const drop = createEvent.drop(zone);
    Object.defineProperty(drop, 'dataTransfer', {
      value: {
        types: [PALETTE_MIME],
        getData: (t: string) => (t === PALETTE_MIME ? 'locality' : ''),
        dropEffect: 'none',
      },
    });
    Object.defineProperty(drop, 'clientX', { value: 100 });
    Object.defineProperty(drop, 'clientY', { value: 40 });
    fireEvent(zone, drop);
    expect(scenario().nodes.find((n) => n.kind === 'locality')).toMatchObject({
      ccgId: 'ccg-ashby',
      population: 60_000,
    });
  });

  it('dropping an item on the canvas adds it where it was let go', () => {
    act(() => useUiStore.getState().setViewport({ x: 20, y: 10, k: 2 }));
    render(
      <>
        <Palette />
        <PaletteDropZone>
          <div style={{ width: 800, height: 600 }} />
        </PaletteDropZone>
      </>,
    );
    const zone = document.querySelector('[data-palette-drop-zone]') as HTMLElement;
    vi.spyOn(zone, 'getBoundingClientRect').mockReturnValue({
      left: 100,
      top: 80,
      x: 100,
      y: 80,
      width: 800,
      height: 600,
      right: 900,
      bottom: 680,
      toJSON: () => ({}),
    });
    const data = new Map<string, string>([[PALETTE_MIME, 'localAuthority']]);
    const dataTransfer = {
      types: [PALETTE_MIME],
      getData: (t: string) => data.get(t) ?? '',
      dropEffect: 'none',
    };
    const drop = createEvent.drop(zone, { clientX: 540, clientY: 390 });
    Object.defineProperty(drop, 'dataTransfer', { value: dataTransfer });
    Object.defineProperty(drop, 'clientX', { value: 540 });
    Object.defineProperty(drop, 'clientY', { value: 390 });
    fireEvent(zone, drop);
    // world = ((540 − 100 − 20) / 2, (390 − 80 − 10) / 2) = (210, 150); a 210 × 64 box centred there.
    expect(scenario().nodes.find((n) => n.kind === 'localAuthority')).toMatchObject({
      name: 'New local authority 1',
      x: 105,
      y: 118,
      population: 300_000,
    });
  });

  it('"New workspace" opens a blank workspace, asking first only when there is history to lose', () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    render(<Palette />);
    dispatchEdit({
      type: 'updateNode',
      scenarioId: 's1',
      id: 'ccg-ashby',
      patch: { name: 'Ashby and District CCG' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'New workspace' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Discard the current workspace?'));
    expect(scenario().nodes).toHaveLength(1);

    confirm.mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: 'New workspace' }));
    const ws = useDocumentStore.getState().workspace;
    expect(ws.scenarios).toEqual([
      { id: 'scenario-1', name: 'Scenario 1', nodes: [], laOverlaps: [], arrangements: [] },
    ]);
    expect(ws.assumptions.years[0]?.allowancePerHead).toBe(25);
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(0);
    expect(useUiStore.getState().scenarioId).toBe('scenario-1');

    confirm.mockClear();
    fireEvent.click(screen.getByRole('button', { name: 'New workspace' }));
    expect(confirm).not.toHaveBeenCalled();
  });
});

describe('createPaletteNode', () => {
  it('joins a CCG dropped inside a cluster to it', () => {
    const s = workspaceOf([
      { kind: 'cluster', id: 'cl', name: 'North cluster', x: 0, y: 0, width: 800, height: 600 },
    ]).scenarios[0];
    if (!s) throw new Error('no scenario');
    expect(
      createPaletteNode(s, { kind: 'ccg', centre: { x: 300, y: 300 }, placement: 'drop' }),
    ).toMatchObject({ clusterId: 'cl', x: 180, y: 255 });
    expect(
      createPaletteNode(s, { kind: 'ccg', centre: { x: 1300, y: 300 }, placement: 'drop' }),
    ).not.toHaveProperty('clusterId');
  });

  it('converts client to canvas units through the viewport', () => {
    expect(
      clientToWorld({ x: 300, y: 200 }, { x: 100, y: 100 }, { x: 50, y: -20, k: 0.5 }),
    ).toEqual({ x: 300, y: 240 });
  });
});
