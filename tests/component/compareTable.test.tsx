// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompareTable, CompareTotals } from '../../renderer/src/compare/CompareTable';
import { CompareView } from '../../renderer/src/compare/CompareView';
import { useCompareStore } from '../../renderer/src/compare/compareStore';
import { appEditor } from '../../renderer/src/editor/appEditor';
import type { Arrangement } from '../../shared/model/workspace';
import { assumptionsWith, buildWorkspace, ccg, fn } from '../unit/helpers/buildWorkspace';

// One function at £2.00 a head with no scale effect, so the figures work out by hand:
// core(c) = 600,000 + 8·pop (DESIGN.md §4.2), T(P) = 2·P (§4.3, e = 0), cap £25, amber 4%.
const assumptions = assumptionsWith([fn('bi', 2, 0)]);
const shared: Arrangement = {
  id: 'arr-n',
  name: 'Northshire shared service',
  model: 'shared-service',
  members: ['ccg-a', 'ccg-b'],
  functions: ['bi'],
  allocation: 'population',
  riskShareAgreed: true,
};
const workspace = buildWorkspace(
  [
    {
      id: 'now',
      name: 'Now',
      nodes: [
        ccg('ccg-a', 'Ashby CCG', { population: 100_000 }),
        ccg('ccg-b', 'Barford CCG', { population: 200_000 }),
      ],
    },
    {
      id: 'small',
      name: 'Smaller Ashby',
      nodes: [ccg('ccg-a', 'Ashby CCG', { population: 50_000 })],
    },
    {
      id: 'merged',
      name: 'Merged',
      nodes: [ccg('ccg-m', 'Ashby and Barford CCG', { population: 300_000 })],
    },
    {
      id: 'shared',
      name: 'Shared',
      nodes: [
        ccg('ccg-a', 'Ashby CCG', { population: 100_000 }),
        ccg('ccg-b', 'Barford CCG', { population: 200_000 }),
      ],
      arrangements: [shared],
    },
    { id: 'tiny', name: 'Tiny Ashby', nodes: [ccg('ccg-a', 'Ashby CCG', { population: 30_000 })] },
  ],
  assumptions,
);

afterEach(cleanup);

/** A row of the side-by-side table (the Compare view also tables each CCG year by year). */
function cellsOf(rowName: RegExp): string[] {
  const table = screen.queryByRole('table', { name: /^Running cost per head by CCG/ });
  const row = (table ? within(table) : screen).getByRole('row', { name: rowName });
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
}

describe('CompareTable', () => {
  it('shows each CCG’s £/head, headroom and status side by side with signed differences', () => {
    render(<CompareTable workspace={workspace} scenarioIds={['now', 'small', 'tiny']} />);
    // Now: 1,600,000 / 100,000 = £16.00; headroom 2,500,000 − 1,600,000 = £900,000; within.
    // Smaller (50,000): 1,100,000 → £22.00, headroom 1,250,000 − 1,100,000 = £150,000;
    //   22 ≤ 25 × 0.96 = 24, so within; change +£6.00 and −£750,000.
    // Tiny (30,000): 600,000 + 240,000 + 60,000 = 900,000 → £30.00, headroom 750,000 − 900,000
    //   = −£150,000; over; change +£14.00 and −£1,050,000.
    expect(cellsOf(/^Ashby CCG/)).toEqual([
      '£16.00',
      '£900,000',
      '✓ Within',
      '£22.00',
      '£150,000',
      '✓ Within',
      '+£6.00',
      '−£750,000',
      '£30.00',
      '−£150,000',
      '✕ Over',
      '+£14.00',
      '−£1,050,000',
    ]);
  });

  it('says "not in this scenario" where a CCG is missing, with no difference', () => {
    render(<CompareTable workspace={workspace} scenarioIds={['now', 'merged']} />);
    expect(cellsOf(/^Barford CCG/)).toEqual([
      '£13.00',
      '£2,400,000',
      '✓ Within',
      'not in this scenario',
    ]);
    // Absent from the baseline: its own figures, but nothing to difference against.
    expect(cellsOf(/^Ashby and Barford CCG/)).toEqual([
      'not in this scenario',
      '£12.00',
      '£3,900,000',
      '✓ Within',
      '—',
      '—',
    ]);
  });

  it('labels every figure’s column with its scenario, and the scroll region takes the keyboard', () => {
    render(<CompareTable workspace={workspace} scenarioIds={['now', 'small']} />);
    const names = screen
      .getAllByRole('columnheader')
      .map((h) => h.getAttribute('aria-label') ?? h.textContent);
    expect(names).toEqual([
      'CCG',
      'Now (baseline)',
      'Smaller Ashby',
      'Now: £ per head',
      'Now: headroom',
      'Now: status',
      'Smaller Ashby: £ per head',
      'Smaller Ashby: headroom',
      'Smaller Ashby: status',
      'Smaller Ashby: change in £ per head from Now',
      'Smaller Ashby: change in headroom from Now',
    ]);
    expect(screen.getByRole('region', { name: 'Comparison table (scrolls)' }).tabIndex).toBe(0);
  });

  it('totals each scenario with the change from the baseline', () => {
    render(<CompareTotals workspace={workspace} scenarioIds={['now', 'merged']} />);
    // Now: 1,600,000 + 2,600,000 = 4,200,000 → £14.00 a head; Merged: 3,600,000 → £12.00.
    expect(cellsOf(/^Weighted £\/head/)).toEqual(['£14.00 / £25 cap', '£12.00 / £25 cap (−£2.00)']);
    expect(cellsOf(/^Running cost/)).toEqual(['£4.2m', '£3.6m (−£600,000)']);
    expect(cellsOf(/^CCGs/)).toEqual([
      '✓ 2 within, ! 0 tight, ✕ 0 over',
      '✓ 1 within, ! 0 tight, ✕ 0 over',
    ]);
  });
});

describe('CompareView', () => {
  beforeEach(() => {
    void appEditor().open(workspace, { kind: 'file', fileName: 'test.ccgm' });
    act(() =>
      useCompareStore.setState({
        picked: null,
        sensitivityScenarioId: null,
        sensitivityCcgId: null,
        percent: 20,
      }),
    );
  });

  it('starts on the shown scenario and the next, and re-compares as scenarios are picked', () => {
    render(<CompareView />);
    const picker = screen.getByRole('group', { name: /Scenarios to compare/ });
    expect(
      within(picker)
        .getAllByRole('checkbox')
        .filter((b) => (b as HTMLInputElement).checked)
        .map((b) => b.parentElement?.textContent),
    ).toEqual([' Now (baseline)', ' Smaller Ashby']);
    fireEvent.click(within(picker).getByRole('checkbox', { name: /Smaller Ashby/ }));
    expect(screen.getByText('Pick at least two scenarios to compare them.')).toBeTruthy();
    expect(screen.queryByRole('table', { name: /Running cost per head by CCG/ })).toBeNull();
    fireEvent.click(within(picker).getByRole('checkbox', { name: 'Shared' }));
    // Sharing at e = 0 only adds the 4% overhead: Ashby's £2.00 a head becomes £2.08: +£0.08.
    expect(cellsOf(/^Ashby CCG/)).toContain('+£0.08');
    expect(
      screen.getByRole('region', { name: 'Changes from Now to Shared' }).textContent,
    ).toContain(
      'Function BI moves from in-house delivery to a new shared service (Northshire shared service) for Ashby CCG and Barford CCG.',
    );
  });

  it('measures every change from the baseline picked, whichever was ticked first', () => {
    render(<CompareView />);
    const picker = screen.getByRole('group', { name: /Scenarios to compare/ });
    fireEvent.click(within(picker).getByRole('checkbox', { name: /Smaller Ashby/ }));
    fireEvent.click(within(picker).getByRole('checkbox', { name: 'Shared' }));
    expect(cellsOf(/^Ashby CCG/)).toContain('+£0.08');
    fireEvent.change(screen.getByRole('combobox', { name: 'Baseline for the changes' }), {
      target: { value: 'shared' },
    });
    // Now from Shared: Ashby's function back in-house saves the 4% overhead, £0.08 a head.
    expect(cellsOf(/^Ashby CCG/)).toContain('−£0.08');
    expect(
      screen.getByRole('region', { name: 'Changes from Shared to Now' }).textContent,
    ).toContain(
      'Function BI moves from the Northshire shared service back in-house for Ashby CCG and Barford CCG.',
    );
    expect(
      within(picker).getByRole('checkbox', { name: /Shared/ }).parentElement?.textContent,
    ).toBe(' Shared (baseline)');
  });

  it('takes at most four scenarios and says why the rest are disabled', () => {
    render(<CompareView />);
    const picker = screen.getByRole('group', { name: /Scenarios to compare/ });
    fireEvent.click(within(picker).getByRole('checkbox', { name: 'Merged' }));
    fireEvent.click(within(picker).getByRole('checkbox', { name: 'Shared' }));
    expect(within(picker).getByRole('checkbox', { name: 'Tiny Ashby' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(within(picker).getByRole('status').textContent).toBe(
      '4 scenarios picked: untick one to pick another.',
    );
  });

  it('answers break-even for the CCG measured in the sensitivity section', () => {
    render(<CompareView />);
    fireEvent.change(screen.getByLabelText('Scenario to test'), { target: { value: 'tiny' } });
    fireEvent.change(screen.getByLabelText('Measure'), { target: { value: 'ccg-a' } });
    // Tiny Ashby: £30.00 a head, headroom −150,000 → fixed cost at most 600,000 − 150,000 = £450,000.
    const region = screen.getByRole('region', { name: 'Break-even for Ashby CCG' });
    expect(region.textContent).toContain(
      'Ashby CCG reaches the £25 cap if the core fixed cost per CCG is at most £450,000 (now £600,000).',
    );
    expect(
      screen.getByRole('img', {
        name: "Sensitivity of Ashby CCG's £ per head to each assumption moved by 20%",
      }),
    ).toBeTruthy();
  });

  it('refuses a sensitivity range that is not a percentage, and keeps the last good one', () => {
    render(<CompareView />);
    const input = screen.getByRole('textbox', { name: /Move each assumption by/ });
    fireEvent.change(input, { target: { value: '150' } });
    expect(screen.getByRole('alert').textContent).toBe('Enter a range from 1% to 100%, not 150');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(useCompareStore.getState().percent).toBe(20);
  });
});
