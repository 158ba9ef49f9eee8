// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { costScenario } from '../../shared/costing/costScenario';
import { formatMoneyShort } from '../../shared/format/format';
import type { Arrangement, Node } from '../../shared/model/workspace';
import { MatrixView } from '../../renderer/src/matrix/MatrixView';
import { moveActiveCell } from '../../renderer/src/matrix/moveActiveCell';
import { useDocumentStore } from '../../renderer/src/state/documentStore';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { workspaceOf } from './fixtures';

// The CCG × function matrix: a spreadsheet-like grid of who delivers what, editable by keyboard.

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
  {
    kind: 'ccg',
    id: 'ccg-barford',
    name: 'Barford CCG',
    population: 140_000,
    federated: false,
    x: 300,
    y: 0,
  },
  { kind: 'provider', id: 'prov-csu', name: 'Midshire CSU', providerType: 'csu', x: 600, y: 0 },
];
const arrangements: Arrangement[] = [
  {
    id: 'arr-shared',
    name: 'North shared service',
    model: 'shared-service',
    members: ['ccg-ashby', 'ccg-barford'],
    functions: ['bi'],
    allocation: 'population',
    riskShareAgreed: true,
  },
  {
    id: 'arr-csu',
    name: 'Midshire CSU contract',
    model: 'csu',
    members: ['ccg-barford'],
    providerId: 'prov-csu',
    functions: ['finance'],
  },
];

beforeEach(() => {
  void appEditor().open(workspaceOf(nodes, arrangements), { kind: 'file', fileName: 'test.ccgm' });
});
afterEach(cleanup);

function cell(ccgId: string, functionId: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-cell="${ccgId}:${functionId}"]`);
  if (!el) throw new Error(`no cell ${ccgId} × ${functionId}`);
  return el;
}

describe('matrix', () => {
  it('shows do / share / buy in words, who delivers and the cost, with labelled headers', () => {
    render(<MatrixView />);
    const grid = screen.getByRole('grid');
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'CCG',
      'Business intelligence & population data',
      'Contracting & contract performance',
      'Procurement & market management',
      'Finance (transactional & management)',
      'HR & organisational development',
      'IT & information governance',
      'Communications & engagement',
      'Service redesign & transformation',
      'Medicines management',
      'Continuing healthcare & IFR',
    ]);
    const result = costScenario(useDocumentStore.getState().workspace, 's1');
    const barford = result.ccgs.find((c) => c.id === 'ccg-barford');
    expect(cell('ccg-ashby', 'bi').textContent).toBe(
      `⇄ ShareNorth shared service${formatMoneyShort(result.ccgs[0]?.functions.bi?.cost ?? 0)}`,
    );
    expect(cell('ccg-barford', 'finance').textContent).toContain('BuyMidshire CSU contract');
    expect(cell('ccg-barford', 'finance').textContent).toContain(
      formatMoneyShort(barford?.functions.finance?.cost ?? 0),
    );
    expect(cell('ccg-ashby', 'hr').textContent).toContain('DoIn-house');
    const rowHeader = within(grid).getAllByRole('rowheader')[0];
    expect(rowHeader?.textContent).toMatch(
      /^Ashby CCG£\d+\.\d\d per head.*(within|tight against|over) the £25 cap \(national rate, no published allowance\)$/,
    );
  });

  it('arrow keys, Home and End move the active cell with a roving tabindex', () => {
    render(<MatrixView />);
    const first = cell('ccg-ashby', 'bi');
    expect(first.tabIndex).toBe(0);
    expect(cell('ccg-ashby', 'contracting').tabIndex).toBe(-1);
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell('ccg-ashby', 'contracting'));
    expect(cell('ccg-ashby', 'contracting').tabIndex).toBe(0);
    expect(first.tabIndex).toBe(-1);
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cell('ccg-barford', 'contracting'));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowDown' }); // stops at the edge
    expect(document.activeElement).toBe(cell('ccg-barford', 'contracting'));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'End' });
    expect(document.activeElement).toBe(cell('ccg-barford', 'chc'));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Home' });
    expect(document.activeElement).toBe(cell('ccg-barford', 'bi'));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(cell('ccg-ashby', 'bi'));
  });

  it('Enter opens the choice of in-house and every arrangement; choosing one dispatches setCoverage and the cell updates', () => {
    render(<MatrixView />);
    const hr = cell('ccg-ashby', 'hr');
    act(() => hr.focus());
    fireEvent.keyDown(hr, { key: 'Enter' });
    const list = screen.getByRole('listbox', {
      name: 'Who delivers HR & organisational development to Ashby CCG',
    }) as HTMLSelectElement;
    expect([...list.options].map((o) => o.textContent)).toEqual([
      'In-house',
      'North shared service (shared service)',
      'Midshire CSU contract (CSU contract)',
    ]);
    expect(document.activeElement).toBe(list);
    fireEvent.change(list, { target: { value: 'arr-shared' } });
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(0); // browsing changes nothing
    fireEvent.keyDown(list, { key: 'Enter' });

    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(1);
    const shared = useDocumentStore
      .getState()
      .workspace.scenarios[0]?.arrangements.find((a) => a.id === 'arr-shared');
    expect(shared?.functions).toContain('hr');
    expect(cell('ccg-ashby', 'hr').textContent).toContain('ShareNorth shared service');
    expect(document.activeElement).toBe(cell('ccg-ashby', 'hr'));
    expect(screen.getByRole('status').textContent).toContain(
      'Ashby CCG: HR & organisational development is now from North shared service',
    );
  });

  it('F2 opens the editor and Esc cancels without a change', () => {
    render(<MatrixView />);
    const bi = cell('ccg-ashby', 'bi');
    act(() => bi.focus());
    fireEvent.keyDown(bi, { key: 'F2' });
    const list = screen.getByRole('listbox');
    fireEvent.change(list, { target: { value: '' } });
    fireEvent.keyDown(list, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(0);
    expect(document.activeElement).toBe(cell('ccg-ashby', 'bi'));
  });

  it('a refused choice is explained in the status line and changes nothing', () => {
    render(<MatrixView />);
    const before = useDocumentStore.getState().workspace;
    // Adding Finance to the shared service would give Barford Finance twice (it buys it from the CSU).
    const finance = cell('ccg-ashby', 'finance');
    act(() => finance.focus());
    fireEvent.keyDown(finance, { key: 'Enter' });
    const list = screen.getByRole('listbox');
    fireEvent.change(list, { target: { value: 'arr-shared' } });
    fireEvent.keyDown(list, { key: 'Enter' });

    expect(useDocumentStore.getState().workspace).toBe(before);
    const status = screen.getByRole('status');
    expect(status.textContent).toMatch(/^✕ Not changed\. .*Barford CCG.*Finance/);
    expect(cell('ccg-ashby', 'finance').textContent).toContain('DoIn-house');
  });
});

describe('moveActiveCell', () => {
  it('moves like a spreadsheet and ignores other keys', () => {
    expect(moveActiveCell({ row: 1, col: 1 }, 'ArrowLeft', false, 3, 4)).toEqual({
      row: 1,
      col: 0,
    });
    expect(moveActiveCell({ row: 1, col: 0 }, 'ArrowLeft', false, 3, 4)).toEqual({
      row: 1,
      col: 0,
    });
    expect(moveActiveCell({ row: 1, col: 1 }, 'End', true, 3, 4)).toEqual({ row: 2, col: 3 });
    expect(moveActiveCell({ row: 1, col: 1 }, 'Home', true, 3, 4)).toEqual({ row: 0, col: 0 });
    expect(moveActiveCell({ row: 0, col: 1 }, 'PageDown', false, 3, 4)).toEqual({ row: 2, col: 1 });
    expect(moveActiveCell({ row: 0, col: 1 }, 'a', false, 3, 4)).toBeNull();
  });
});
