// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Node } from '../../shared/model/workspace';
import { App } from '../../renderer/src/App';
import { helpGroups } from '../../renderer/src/commands/helpRows';
import { useDocumentStore } from '../../renderer/src/state/documentStore';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { useUiStore } from '../../renderer/src/state/uiStore';
import { SlidesDialog } from '../../renderer/src/workshop/SlidesDialog';
import { WorkshopMode } from '../../renderer/src/workshop/WorkshopMode';
import { useWorkshopStore } from '../../renderer/src/state/workshopStore';
import { workspaceOf } from './fixtures';

// The years in the editor: the year switch and its shortcuts, a CCG's year-by-year table and
// chart, headroom in words, the years editor, a CCG's allowances, slides that keep their year.

// 300,000 people, all in-house: running cost £7,036,0xx ≈ £23.45 a head in 2013/14 (within £25 less 4%);
// in 2015/16 × 1.02 ≈ £23.92 against £22.07: over.
const nodes: Node[] = [
  {
    kind: 'ccg',
    id: 'ccg-solo',
    name: 'Solo CCG',
    population: 300_000,
    federated: false,
    x: 0,
    y: 0,
  },
];

beforeEach(() => {
  act(() => {
    void appEditor().open(workspaceOf(nodes), { kind: 'file', fileName: 'test.ccgm' });
    useUiStore.getState().showYear(null);
  });
});
afterEach(cleanup);

const doc = () => useDocumentStore.getState().workspace;
const yearSelect = () => screen.getByLabelText('Year', { selector: 'select' }) as HTMLSelectElement;
const cardLabel = () =>
  document
    .querySelector('[role="button"][aria-label^="Solo CCG, £"]')
    ?.getAttribute('aria-label') ?? '';
const altY = (shiftKey = false) =>
  fireEvent.keyDown(window, { key: 'y', code: 'KeyY', altKey: true, shiftKey });
const totals = () => document.querySelector('dl.totals') as HTMLElement;

describe('the year switch', { timeout: 30_000 }, () => {
  it('lists the planning years; choosing 2015/16 turns a CCG within its 2013/14 allowance over its 2015/16 one', () => {
    render(<App />);
    expect([...yearSelect().options].map((o) => o.textContent)).toEqual([
      '2013/14',
      '2014/15',
      '2015/16',
    ]);
    expect(yearSelect().value).toBe('2013-14');
    expect(cardLabel()).toContain('within the £25 cap');
    fireEvent.change(yearSelect(), { target: { value: '2015-16' } });
    expect(cardLabel()).toContain('over the £22.07 cap');
    expect(within(totals()).getByText('✕ 1 over')).toBeTruthy();
    // The allowance switch says which year's rate it sets.
    expect(screen.getByText('2015/16 allowance per head')).toBeTruthy();
  });

  it('Alt+Y steps to the next year and Alt+Shift+Y back, stopping at the ends; the help lists them', () => {
    render(<App />);
    altY(true);
    expect(yearSelect().value).toBe('2013-14');
    altY();
    expect(yearSelect().value).toBe('2014-15');
    altY();
    altY();
    expect(yearSelect().value).toBe('2015-16');
    altY(true);
    expect(useUiStore.getState().yearId).toBe('2014-15');
    expect(JSON.stringify(helpGroups(false))).toContain(
      '"keys":["Alt+Y","Alt+Shift+Y"],"does":"Show the next, previous planning year"',
    );
  });

  it('totals read headroom as allowance released to patient care, and a breach as over the allowance', () => {
    render(<App />);
    expect(
      within(totals()).getByText(/of running cost allowance released to patient care$/),
    ).toBeTruthy();
    fireEvent.change(yearSelect(), { target: { value: '2015-16' } });
    expect(within(totals()).getByText(/^1 CCG £\d+k over its allowance$/)).toBeTruthy();
  });
});

describe('a CCG across the years', { timeout: 30_000 }, () => {
  it('the panel shows running cost against allowance, headroom and status in words for every year', () => {
    act(() => useUiStore.getState().select('ccg-solo'));
    render(<App />);
    const table = screen.getByRole('table', {
      name: 'Running cost against the allowance in each planning year',
    });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    // Allowance: £25 × 300,000 = £7.5m; £24.73 × 300,000 = £7.4m (7,419,000); £22.07 × 300,000 = £6.6m (6,621,000).
    expect(rows[0]).toMatch(/^2013\/14 \(shown\)£7\.0m£7\.5m£\d+k released✓ Within$/);
    expect(rows[1]).toMatch(/^2014\/15£7\.1m£7\.4m£\d+k released✓ Within$/);
    expect(rows[2]).toMatch(/^2015\/16£7\.2m£6\.6m£\d+k over✕ Over$/);
    expect(
      screen.getByRole('img', {
        name: /^2013\/14: running cost £7\.0m against an allowance of £7\.5m, within; .*2015\/16: .* over$/,
      }),
    ).toBeTruthy();
    const panel = () => document.querySelector('article.breakdown') as HTMLElement;
    expect(
      within(panel()).getByText(/^£\d+k of running cost allowance released to patient care$/),
    ).toBeTruthy();
    fireEvent.change(yearSelect(), { target: { value: '2015-16' } });
    expect(within(panel()).getByText(/^£\d+k over its allowance$/)).toBeTruthy();
  });

  it('the inspector edits published allowances; empty years show the worked-out figure and how it is derived', () => {
    act(() => useUiStore.getState().select('ccg-solo'));
    render(<App />);
    const y1 = screen.getByLabelText('Published allowance 2013/14, £') as HTMLInputElement;
    expect(y1.placeholder).toBe('£7,500,000');
    expect(screen.getByText('Empty: worked out, £7,500,000 (£25.00 × 300,000).')).toBeTruthy();
    fireEvent.change(y1, { target: { value: '£7,000,000' } });
    fireEvent.keyDown(y1, { key: 'Enter' });
    expect(doc().scenarios[0]?.nodes[0]).toMatchObject({ allowances: { '2013-14': 7_000_000 } });
    // 2015/16 is now scaled from the published figure: 7,000,000 × 22.07 ÷ 25 = 6,179,600.
    expect(
      (screen.getByLabelText('Published allowance 2015/16, £') as HTMLInputElement).placeholder,
    ).toBe('£6,179,600');
    expect(
      screen.getByText(
        'Empty: worked out, £6,179,600 (scaled from 2013/14’s published figure: £7,000,000 × £22.07 ÷ £25.00).',
      ),
    ).toBeTruthy();
    const pop = screen.getByLabelText('Allowance population') as HTMLInputElement;
    fireEvent.change(pop, { target: { value: '280,000' } });
    fireEvent.keyDown(pop, { key: 'Enter' });
    expect(doc().scenarios[0]?.nodes[0]).toMatchObject({ allowancePopulation: 280_000 });
    // Clearing the published figure works it out again, now on the allowance population: £25 × 280,000.
    fireEvent.change(screen.getByLabelText('Published allowance 2013/14, £'), {
      target: { value: '' },
    });
    fireEvent.keyDown(screen.getByLabelText('Published allowance 2013/14, £'), { key: 'Enter' });
    expect(doc().scenarios[0]?.nodes[0] && 'allowances' in doc().scenarios[0]!.nodes[0]!).toBe(
      false,
    );
    expect(screen.getByText('Empty: worked out, £7,000,000 (£25.00 × 280,000).')).toBeTruthy();
  });
});

describe('the years editor', { timeout: 30_000 }, () => {
  const openEditor = () => {
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Scenario' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Assumptions…' }));
    fireEvent.click(screen.getByLabelText(/Workspace \(base\)/));
  };

  it('adds the next year prefilled from the last, renames it, and removes a year; each one undo step', () => {
    openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add year 2016/17' }));
    expect(doc().assumptions.years.at(-1)).toEqual({
      id: '2016-17',
      label: '2016/17',
      allowancePerHead: 22.07,
      costIndex: 1.02,
    });
    const label = screen.getByLabelText('Label of year 2016/17') as HTMLInputElement;
    fireEvent.change(label, { target: { value: '  ' } });
    expect(screen.getByText(/A year needs a label, such as 2016\/17/)).toBeTruthy();
    fireEvent.change(label, { target: { value: '2016/17 (plan)' } });
    fireEvent.keyDown(label, { key: 'Enter' });
    expect(doc().assumptions.years.at(-1)?.label).toBe('2016/17 (plan)');
    fireEvent.click(screen.getByRole('button', { name: 'Remove year 2013/14' }));
    expect(doc().assumptions.years.map((y) => y.id)).toEqual(['2014-15', '2015-16', '2016-17']);
    expect(screen.getByText('Removed 2013/14. Undo (Ctrl+Z) puts it all back.')).toBeTruthy();
    act(() => useDocumentStore.temporal.getState().undo());
    expect(doc().assumptions.years.map((y) => y.id)).toEqual([
      '2013-14',
      '2014-15',
      '2015-16',
      '2016-17',
    ]);
  });

  it('the only year cannot be removed', () => {
    openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Remove year 2013/14' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove year 2014/15' }));
    const last = screen.getByRole('button', { name: 'Remove year 2015/16' }) as HTMLButtonElement;
    expect(last.disabled).toBe(true);
    expect(last.title).toBe('The only planning year cannot be removed');
  });

  it('a function can be classed as programme spend: it stops counting against the allowance', () => {
    act(() => useUiStore.getState().showYear('2015-16'));
    openEditor();
    expect(cardLabel()).toContain('over');
    const chc = screen.getByRole('checkbox', {
      name: 'Continuing healthcare & IFR: counts against the running cost allowance',
    }) as HTMLInputElement;
    expect(chc.checked).toBe(true);
    fireEvent.click(chc);
    expect(doc().assumptions.functions.find((f) => f.id === 'chc')?.runningCost).toBe(false);
    fireEvent.click(
      screen.getByRole('checkbox', {
        name: 'Medicines management: counts against the running cost allowance',
      }),
    );
    // Without CHC (£1.20 at 250,000) and medicines (£1.00): about £21.6 a head × 1.02 ≈ £22.0, under £22.07 but tight.
    expect(cardLabel()).toContain('tight against the £22.07 cap');
    act(() => useDocumentStore.temporal.getState().undo());
    expect(doc().assumptions.functions.find((f) => f.id === 'medicines')?.runningCost).toBe(true);
  });
});

describe('slides keep their year', { timeout: 30_000 }, () => {
  it('a slide added in 2015/16 stores it, and showing it switches back to 2015/16', () => {
    act(() => useUiStore.getState().showYear('2015-16'));
    render(<SlidesDialog onClose={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add slide from current view' }));
    expect(doc().slides?.[0]?.yearId).toBe('2015-16');
    expect(screen.getByText(/Test scenario · 2015\/16 · nothing highlighted/)).toBeTruthy();
    act(() => useUiStore.getState().showYear('2013-14'));
    fireEvent.click(screen.getByRole('button', { name: 'Show slide 1 in the editor' }));
    expect(useUiStore.getState().yearId).toBe('2015-16');
  });

  it('presenting steps to each slide’s year, and the figures say which year they are for', () => {
    const camera = { x: 0, y: 0, k: 1 };
    act(() => {
      void appEditor().open(
        {
          ...doc(),
          slides: [
            { id: 'a', title: 'Now', scenarioId: 's1', camera, yearId: '2013-14' },
            { id: 'b', title: 'After the cut', scenarioId: 's1', camera, yearId: '2015-16' },
          ],
        },
        { kind: 'file', fileName: 'test.ccgm' },
      );
      useWorkshopStore.getState().enter(0);
    });
    try {
      render(<WorkshopMode />);
      expect(screen.getByText('2013/14: national rate £25.00 a head')).toBeTruthy();
      act(() => {
        fireEvent.keyDown(window, { key: 'ArrowRight' });
      });
      expect(useUiStore.getState().yearId).toBe('2015-16');
      expect(screen.getByText('2015/16: national rate £22.07 a head')).toBeTruthy();
      expect(
        screen
          .getByRole('listitem', { name: /^Solo CCG: £[\d.,]+ per head/ })
          .getAttribute('aria-label'),
      ).toContain('over the £22.07 cap');
    } finally {
      act(() => useWorkshopStore.getState().leave());
    }
  });
});
