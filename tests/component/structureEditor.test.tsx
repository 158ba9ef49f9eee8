// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Arrangement, Node } from '../../shared/model/workspace';
import { App } from '../../renderer/src/App';
import { useDocumentStore } from '../../renderer/src/state/documentStore';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { useUiStore } from '../../renderer/src/state/uiStore';
import { workspaceOf } from './fixtures';

// Ashby (100,000) has its own posts: a chief officer (corporate, 2 WTE) and a finance team (3 WTE,
// band 7 at its mid-point, £35,309). Ashby and Barford (300,000) share HR through a shared service
// whose posts are 4 WTE of HR: Ashby's population share is 100,000 / 400,000, so 1 WTE of them.

const nodes: Node[] = [
  {
    kind: 'ccg',
    id: 'ccg-ashby',
    name: 'Ashby CCG',
    population: 100_000,
    federated: false,
    x: 0,
    y: 0,
    structure: {
      posts: [
        { id: 'p-chief', title: 'Chief officer', band: '9', wte: 2, heading: 'corporate' },
        { id: 'p-fin', title: 'Finance team', band: '7', wte: 3, heading: 'finance' },
      ],
    },
  },
  {
    kind: 'ccg',
    id: 'ccg-barford',
    name: 'Barford CCG',
    population: 300_000,
    federated: false,
    x: 320,
    y: 0,
  },
];
const arrangements: Arrangement[] = [
  {
    id: 'arr-hr',
    name: 'HR shared service',
    model: 'shared-service',
    members: ['ccg-ashby', 'ccg-barford'],
    functions: ['hr'],
    allocation: 'population',
    riskShareAgreed: true,
    structure: { posts: [{ id: 'h1', title: 'HR team', band: '6', wte: 4, heading: 'hr' }] },
  },
];

beforeEach(() => {
  void appEditor().open(workspaceOf(nodes, arrangements), { kind: 'file', fileName: 'test.ccgm' });
  act(() => useUiStore.getState().select('ccg-ashby'));
  render(<App />);
});
afterEach(cleanup);

const grid = (): HTMLElement => screen.getByRole('grid', { name: 'Posts of Ashby CCG' });
const cell = (row: number, col: number): HTMLElement =>
  within(grid()).getAllByRole('row')[row + 1]!.querySelectorAll<HTMLElement>('[role="gridcell"]')[
    col
  ]!;
const postsNow = () => {
  const ccg = useDocumentStore
    .getState()
    .workspace.scenarios[0]!.nodes.find((n) => n.id === 'ccg-ashby');
  return ccg?.kind === 'ccg' ? (ccg.structure?.posts ?? []) : [];
};
const historyLength = (): number => useDocumentStore.temporal.getState().pastStates.length;
const key = (el: Element, k: string, extra: Record<string, unknown> = {}): void => {
  fireEvent.keyDown(el, { key: k, ...extra });
};

describe('the structure editor says how many WTE work for the CCG', () => {
  it('own posts plus its share of pooled posts: 2 + 3 own, 4 × ¼ pooled = 6 WTE', () => {
    expect(screen.getByTestId('structure-wte').textContent).toBe(
      '6 WTE work for Ashby CCG: 5 in its own posts and 1 as its share of pooled posts.',
    );
  });

  it('follows an edit: the finance team at 4.5 WTE makes 7.5', () => {
    act(() => {
      cell(1, 2).focus();
    });
    key(cell(1, 2), 'F2');
    const input = screen.getByLabelText('WTE of Finance team');
    fireEvent.change(input, { target: { value: '4.5' } });
    key(input, 'Enter');
    expect(screen.getByTestId('structure-wte').textContent).toBe(
      '7.5 WTE work for Ashby CCG: 6.5 in its own posts and 1 as its share of pooled posts.',
    );
  });
});

describe('the structure editor is a grid driven from the keyboard', () => {
  it('has one Tab stop; arrows move the active cell', () => {
    const stops = grid().querySelectorAll('[role="gridcell"][tabindex="0"]');
    expect(stops).toHaveLength(1);
    act(() => {
      cell(0, 0).focus();
    });
    key(cell(0, 0), 'ArrowDown');
    expect(document.activeElement).toBe(cell(1, 0));
    key(cell(1, 0), 'ArrowRight');
    expect(document.activeElement).toBe(cell(1, 1));
    key(cell(1, 1), 'ArrowUp');
    expect(document.activeElement).toBe(cell(0, 1));
    expect(grid().querySelectorAll('[role="gridcell"][tabindex="0"]')).toHaveLength(1);
  });

  it('Enter edits the band; choosing one commits it: 35,309 × 3 × 1.25 + 15,000 = £147,409 becomes 42,736 × 3 × 1.25 + 15,000 = £175,260', () => {
    expect(cell(1, 4).textContent).toBe('£147,409');
    act(() => {
      cell(1, 1).focus();
    });
    key(cell(1, 1), 'Enter');
    const band = screen.getByLabelText('Band of Finance team');
    expect(document.activeElement).toBe(band);
    fireEvent.change(band, { target: { value: '8a' } });
    expect(cell(1, 4).textContent).toBe('£175,260');
    expect(postsNow()[1]!.band).toBe('8a');
    expect(document.activeElement).toBe(cell(1, 1));
  });

  it('Esc cancels an edit: nothing changes and no undo step is made', () => {
    const before = historyLength();
    act(() => {
      cell(0, 0).focus();
    });
    key(cell(0, 0), 'F2');
    const title = screen.getByLabelText('Title of post 1');
    fireEvent.change(title, { target: { value: 'Renamed' } });
    key(title, 'Escape');
    expect(screen.queryByLabelText('Title of post 1')).toBeNull();
    expect(postsNow()[0]!.title).toBe('Chief officer');
    expect(cell(0, 0).textContent).toBe('Chief officer');
    expect(historyLength()).toBe(before);
    expect(document.activeElement).toBe(cell(0, 0));
  });

  it('Enter keeps a typed title as one undo step', () => {
    const before = historyLength();
    act(() => {
      cell(0, 0).focus();
    });
    key(cell(0, 0), 'Enter');
    const title = screen.getByLabelText('Title of post 1');
    fireEvent.change(title, { target: { value: 'Accountable officer' } });
    key(title, 'Enter');
    expect(postsNow()[0]!.title).toBe('Accountable officer');
    expect(historyLength()).toBe(before + 1);
  });

  it('a bad WTE is refused with a located message and changes nothing', () => {
    act(() => {
      cell(1, 2).focus();
    });
    key(cell(1, 2), 'Enter');
    const input = screen.getByLabelText('WTE of Finance team');
    fireEvent.change(input, { target: { value: 'three' } });
    key(input, 'Enter');
    expect(postsNow()[1]!.wte).toBe(3);
    expect(screen.getByRole('alert').textContent).toMatch(/WTE of Finance team/);
  });

  it('Delete removes the post; Undo brings it back', () => {
    act(() => {
      cell(1, 3).focus();
    });
    key(cell(1, 3), 'Delete');
    expect(postsNow().map((p) => p.id)).toEqual(['p-chief']);
    expect(within(grid()).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByTestId('structure-wte').textContent).toBe(
      '3 WTE work for Ashby CCG: 2 in its own posts and 1 as its share of pooled posts.',
    );
    act(() => useDocumentStore.temporal.getState().undo());
    expect(postsNow().map((p) => p.id)).toEqual(['p-chief', 'p-fin']);
  });

  it('Alt+↓ on a cell moves the post down and keeps the cell active', () => {
    act(() => {
      cell(0, 0).focus();
    });
    key(cell(0, 0), 'ArrowDown', { altKey: true });
    expect(postsNow().map((p) => p.id)).toEqual(['p-fin', 'p-chief']);
    expect(document.activeElement).toBe(cell(1, 0));
    expect(cell(1, 0).textContent).toBe('Chief officer');
  });
});
