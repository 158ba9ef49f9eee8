// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompareView } from '../../renderer/src/compare/CompareView';
import { useCompareStore } from '../../renderer/src/compare/compareStore';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { useUiStore } from '../../renderer/src/state/uiStore';
import { assumptionsWith, buildWorkspace, ccg, fn } from '../unit/helpers/buildWorkspace';

// One function at £2.00 a head, no scale effect; the default years 2013/14 £25.00 (index 1),
// 2014/15 £24.73 (1.01), 2015/16 £22.07 (1.02); amber margin 4%.
// Ashby in "Now" (100,000): 2013/14 running 600,000 + 800,000 + 200,000 = 1,600,000 → £16.00,
//   headroom 2,500,000 − 1,600,000 = £900,000. 2015/16: 1.02 × 1,600,000 = 1,632,000 → £16.32,
//   allowance 22.07 × 100,000 = 2,207,000, headroom £575,000, within (≤ 0.96 × 2,207,000).
// Ashby in "Smaller Ashby" (50,000): 2013/14 1,100,000 → £22.00, headroom £150,000, within.
//   2015/16: 1,122,000 → £22.44, allowance 1,103,500, headroom −£18,500: over.
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
  ],
  assumptionsWith([fn('bi', 2, 0)]),
);

beforeEach(() => {
  act(() => {
    void appEditor().open(workspace, { kind: 'file', fileName: 'test.ccgm' });
    useCompareStore.setState({ picked: ['now', 'small'], yearId: null });
  });
});
afterEach(() => {
  cleanup();
  act(() => useCompareStore.setState({ picked: null, yearId: null }));
});

const sideBySide = () => screen.getByRole('table', { name: /^Running cost per head by CCG/ });
const ashbySideBySide = () =>
  within(within(sideBySide()).getByRole('row', { name: /^Ashby CCG/ }))
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('Compare: the planning year', () => {
  it('defaults to the year shown in the editor; picking 2015/16 answers for that year', () => {
    act(() => useUiStore.getState().showYear('2014-15'));
    render(<CompareView />);
    const year = screen.getByRole('combobox', { name: 'Year to compare' }) as HTMLSelectElement;
    expect(year.value).toBe('2014-15');
    fireEvent.change(year, { target: { value: '2013-14' } });
    expect(sideBySide().querySelector('caption')?.textContent).toContain('2013/14');
    expect(ashbySideBySide()).toEqual([
      '£16.00',
      '£900,000',
      '✓ Within',
      '£22.00',
      '£150,000',
      '✓ Within',
      '+£6.00',
      '−£750,000',
    ]);

    fireEvent.change(year, { target: { value: '2015-16' } });
    expect(ashbySideBySide()).toEqual([
      '£16.32',
      '£575,000',
      '✓ Within',
      '£22.44',
      '−£18,500',
      '✕ Over',
      '+£6.12',
      '−£593,500',
    ]);
    // The sensitivity section measures the same year: its cap is 2015/16's.
    const measure = screen.getByRole('combobox', { name: 'Measure' });
    fireEvent.change(measure, { target: { value: 'ccg-a' } });
    expect(
      screen.getByRole('heading', { name: 'Break-even for Ashby CCG' }).closest('section')
        ?.textContent,
    ).toContain('£22.07');
    act(() => useUiStore.getState().showYear(null));
  });
});

describe('Compare: year by year', () => {
  it('tables each CCG in every year with its status in words, and the chart has a table too', () => {
    render(<CompareView />);
    const table = screen.getByRole('table', { name: /^Each CCG year by year/ });
    const row = within(table)
      .getAllByRole('row')
      .find(
        (r) => r.getAttribute('data-ccg') === 'ccg-a' && r.getAttribute('data-year') === '2015-16',
      );
    expect(
      row &&
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
    ).toEqual([
      '£1,632,000',
      '£2,207,000',
      '£575,000',
      '✓ Within',
      '£1,122,000',
      '£1,103,500',
      '−£18,500',
      '✕ Over',
    ]);
    const barford = within(table)
      .getAllByRole('row')
      .find(
        (r) => r.getAttribute('data-ccg') === 'ccg-b' && r.getAttribute('data-year') === '2013-14',
      );
    expect(barford?.textContent).toContain('not in this scenario');

    const figure = screen.getByRole('figure', {
      name: 'Running cost against the allowance, year by year',
    });
    expect(within(figure).getByRole('img').getAttribute('aria-label')).toContain(
      'Now, Smaller Ashby',
    );
    fireEvent.click(within(figure).getByRole('button', { name: 'Show as table' }));
    const smaller2015 = within(figure)
      .getAllByRole('row')
      .find((r) => r.textContent?.startsWith('Smaller Ashby2015/16'));
    expect(
      smaller2015 &&
        within(smaller2015)
          .getAllByRole('cell')
          .map((c) => c.textContent),
    ).toEqual(['2015/16', '£1,122,000', '£1,103,500', '−£18,500', '0 within, 0 tight, 1 over']);
  });
});
