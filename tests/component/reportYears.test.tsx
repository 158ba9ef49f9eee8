// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportView } from '../../renderer/src/print/ReportView';
import { yearsWorkspace } from '../unit/helpers/yearsWorkspace';

// The PDF report carries every planning year: a row per CCG per year. Figures hand-worked in
// tests/unit/helpers/yearsWorkspace.ts; Carden, 2015/16: running £2,142,000 against
// £3,391,265.67 (shown £3,391,266), headroom £1,249,266, within.
afterEach(cleanup);

describe('PDF report: year by year', () => {
  it('has each CCG in every year with running cost, allowance, headroom and status in words', () => {
    render(
      <ReportView
        workspace={yearsWorkspace()}
        scenarioId="now"
        pictureUrl={null}
        printedAt={new Date('2013-04-01T09:00:00Z')}
      />,
    );
    const section = screen.getByRole('heading', { name: 'Year by year' }).closest('section')!;
    const rows = within(section)
      .getAllByRole('row')
      .filter((r) => r.getAttribute('data-ccg') === 'ccg-c');
    expect(rows.map((r) => r.getAttribute('data-year'))).toEqual(['2013-14', '2014-15', '2015-16']);
    expect(
      within(rows[2]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['£2,142,000', '£3,391,266', '£1,249,266', '✓ Within']);
    expect(within(rows[0]!).getByRole('rowheader', { name: 'Carden CCG' })).toBeTruthy();
  });
});
