// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ComparisonReportView } from '../../renderer/src/print/ComparisonReportView';
import { assumptionsWith, buildWorkspace, ccg, fn } from '../unit/helpers/buildWorkspace';

// One function at £2.00 a head, e = 0: Ashby (100,000) runs 600,000 + 10 × 100,000 = 1,600,000,
// £16.00 a head. "Leaner core" overrides the fixed core cost to £500,000: 1,500,000, £15.00 a
// head, a change of −£1.00; its CSU margin override is the same as the workspace's, so not listed.
const workspace = buildWorkspace(
  [
    { id: 'now', name: 'Now', nodes: [ccg('ccg-a', 'Ashby CCG', { population: 100_000 })] },
    {
      id: 'lean',
      name: 'Leaner core',
      nodes: [ccg('ccg-a', 'Ashby CCG', { population: 100_000 })],
      assumptionOverrides: { core: { fixedPerCcg: 500_000 }, models: { csu: { margin: 0.05 } } },
    },
  ],
  assumptionsWith([fn('bi', 2, 0)]),
);

afterEach(cleanup);

describe('the comparison report', () => {
  it('lists only the assumptions that differ, with each scenario’s value, and the figures side by side', () => {
    render(
      <ComparisonReportView
        workspace={workspace}
        scenarioIds={['now', 'lean']}
        printedAt={new Date('2013-04-01T09:00:00Z')}
      />,
    );
    const differ = screen.getByRole('heading', { name: 'Assumptions that differ' }).parentElement!;
    const rows = within(differ)
      .getAllByRole('row')
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Assumption', 'Now', 'Leaner core'],
      ['Core fixed cost per CCG', '£600,000', '£500,000'],
    ]);
    const sideBySide = screen.getByRole('heading', {
      name: 'Side by side, CCG by CCG',
    }).parentElement!;
    expect(within(sideBySide).getByRole('row', { name: /Ashby CCG/ }).textContent).toBe(
      'Ashby CCG£16.00 ✓ Within£15.00 ✓ Within−£1.00',
    );
    expect(screen.getByRole('heading', { name: 'From Now to Leaner core' })).toBeTruthy();
    expect(
      screen.getByText('Core fixed cost per CCG changes from £600,000 to £500,000.'),
    ).toBeTruthy();
    expect(
      screen.getByRole('img', { name: /Running cost per head by CCG in Now, Leaner core/ }),
    ).toBeTruthy();
  });
});
