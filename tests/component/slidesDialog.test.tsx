// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Arrangement, Node } from '../../shared/model/workspace';
import { useDocumentStore } from '../../renderer/src/state/documentStore';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { useUiStore } from '../../renderer/src/state/uiStore';
import { SlidesDialog } from '../../renderer/src/workshop/SlidesDialog';
import { useWorkshopStore } from '../../renderer/src/state/workshopStore';
import { workspaceOf } from './fixtures';

// The slides editor: a slide from the current view (scenario, camera, selection), rename,
// reorder with buttons and Alt+arrows, delete and undo it, each one undo step.

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
  {
    kind: 'ccg',
    id: 'ccg-b',
    name: 'Barford CCG',
    population: 150_000,
    federated: false,
    x: 300,
    y: 0,
  },
];
const arrangements: Arrangement[] = [
  {
    id: 'arr-1',
    name: 'Shared back office',
    model: 'shared-service',
    members: ['ccg-a', 'ccg-b'],
    functions: ['hr'],
  },
];

beforeEach(() => {
  act(() => {
    void appEditor().open(workspaceOf(nodes, arrangements), {
      kind: 'file',
      fileName: 'test.ccgm',
    });
    // No canvas is mounted: the slide takes the session's viewport in a 1280×720 view.
    useUiStore.getState().setViewport({ x: 40, y: 60, k: 0.5 });
  });
});
afterEach(() => {
  cleanup();
  act(() => useWorkshopStore.getState().leave());
});

const slides = () => useDocumentStore.getState().workspace.slides ?? [];
const undoSteps = () => useDocumentStore.temporal.getState().pastStates.length;
const add = () =>
  fireEvent.click(screen.getByRole('button', { name: 'Add slide from current view' }));

describe('slides editor', () => {
  it('adds a slide of the current view: scenario, camera and the selected CCG as its highlight', () => {
    act(() => useUiStore.getState().select('ccg-a'));
    render(<SlidesDialog onClose={() => {}} />);
    add();
    // The view's centre (640, 360) is canvas ((640 − 40)/0.5, (360 − 60)/0.5) = (1200, 600); zoom 0.5 at 1280 wide.
    expect(slides()).toEqual([
      {
        id: 'slide-1',
        title: 'Test scenario — Ashby CCG',
        scenarioId: 's1',
        camera: { x: 1200, y: 600, k: 0.5 },
        highlight: { kind: 'ccg', id: 'ccg-a' },
        yearId: '2013-14',
      },
    ]);
    expect(undoSteps()).toBe(1);
    expect(screen.getByRole('status').textContent).toContain(
      'Added slide 1, “Test scenario — Ashby CCG”.',
    );
  });

  it('renames on Enter, moves with buttons and Alt+arrows, deletes and undoes: one undo step each', () => {
    render(<SlidesDialog onClose={() => {}} />);
    add();
    act(() => useUiStore.getState().select('arr-1'));
    add();
    expect(slides().map((s) => s.title)).toEqual([
      'Test scenario',
      'Test scenario — Shared back office',
    ]);

    const title = screen.getByLabelText('Title of slide 1');
    fireEvent.change(title, { target: { value: 'Where we are' } });
    fireEvent.keyDown(title, { key: 'Enter' });
    fireEvent.blur(title);
    expect(slides()[0]?.title).toBe('Where we are');
    expect(undoSteps()).toBe(3);

    fireEvent.click(screen.getByRole('button', { name: 'Move slide 2 up' }));
    expect(slides().map((s) => s.id)).toEqual(['slide-2', 'slide-1']);
    const list = screen.getByRole('list', { name: 'Slides in order' });
    const row = within(list).getByRole('listitem', { name: /^Slide 1 of 2/ });
    fireEvent.keyDown(row, { key: 'ArrowDown', altKey: true });
    expect(slides().map((s) => s.id)).toEqual(['slide-1', 'slide-2']);
    expect(undoSteps()).toBe(5);

    fireEvent.click(screen.getByRole('button', { name: 'Delete slide 1, Where we are' }));
    expect(slides().map((s) => s.id)).toEqual(['slide-2']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(slides().map((s) => s.title)).toEqual([
      'Where we are',
      'Test scenario — Shared back office',
    ]);
  });

  it('a highlight of nothing selected is explained, not saved', () => {
    render(<SlidesDialog onClose={() => {}} />);
    add();
    const before = useDocumentStore.getState().workspace;
    fireEvent.change(screen.getByLabelText('Highlight'), { target: { value: 'item' } });
    expect(screen.getByRole('alert').textContent).toContain(
      'Select a CCG or arrangement of Test scenario on the canvas first',
    );
    expect(useDocumentStore.getState().workspace).toBe(before);
  });

  it('Present from a slide closes the editor and starts workshop mode there', () => {
    let closed = false;
    render(
      <SlidesDialog
        onClose={() => {
          closed = true;
        }}
      />,
    );
    add();
    add();
    fireEvent.click(screen.getByRole('button', { name: 'Present from slide 2' }));
    expect(closed).toBe(true);
    expect(useWorkshopStore.getState()).toMatchObject({ active: true, slideIndex: 1 });
  });
});
