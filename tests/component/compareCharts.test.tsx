// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BreakdownChart } from '../../renderer/src/charts/BreakdownChart';
import { PerHeadChart } from '../../renderer/src/charts/PerHeadChart';
import { TornadoChart } from '../../renderer/src/charts/TornadoChart';
import { WaterfallChart } from '../../renderer/src/charts/WaterfallChart';
import { wrapLabel } from '../../renderer/src/charts/wrapLabel';
import { assumptionsWith, buildWorkspace, ccg, fn } from '../unit/helpers/buildWorkspace';

// The same hand-worked workspace as the comparison table: one function at £2.00 a head, e = 0,
// so core(c) = 600,000 + 8·pop and T(P) = 2·P (DESIGN.md §4.2–4.3).
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
      id: 'merged',
      name: 'Merged',
      nodes: [ccg('ccg-m', 'Ashby and Barford CCG', { population: 300_000 })],
    },
  ],
  assumptionsWith([fn('bi', 2, 0)]),
);

afterEach(cleanup);

function showTable(title: string): HTMLElement {
  const figure = screen.getByRole('figure', { name: title });
  fireEvent.click(within(figure).getByRole('button', { name: 'Show as table' }));
  return within(figure).getByRole('table');
}

const rowTexts = (table: HTMLElement): string[][] =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));

describe('comparison charts', () => {
  it('£/head chart: a labelled picture with the cap, and the same figures as a table', () => {
    render(<PerHeadChart workspace={workspace} scenarioIds={['now', 'merged']} />);
    expect(
      screen.getByRole('img', {
        name: 'Running cost per head by CCG in Now, Merged, against the £25 cap',
      }),
    ).toBeTruthy();
    expect(screen.getByText('£25 cap')).toBeTruthy();
    // Ashby £16.00, Barford 2,600,000 / 200,000 = £13.00, merged 3,600,000 / 300,000 = £12.00.
    expect(rowTexts(showTable('Running cost per head by CCG'))).toEqual([
      ['Ashby CCG', '£16.00', 'not in this scenario'],
      ['Barford CCG', '£13.00', 'not in this scenario'],
      ['Ashby and Barford CCG', 'not in this scenario', '£12.00'],
      ['Cap', '£25', '£25'],
    ]);
    expect(screen.queryByRole('img', { name: /Running cost per head by CCG in/ })).toBeNull();
  });

  it("£/head chart with a CCG's own allowance: the line is the national rate, and the table gives each CCG's allowance a head", () => {
    // Ashby publishes £1,500,000 for 2013/14: £15.00 a head of 100,000, under its £16.00 running cost.
    const own = buildWorkspace(
      [
        {
          id: 'now',
          name: 'Now',
          nodes: [
            {
              ...ccg('ccg-a', 'Ashby CCG', { population: 100_000 }),
              allowances: { '2013-14': 1_500_000 },
            },
            ccg('ccg-b', 'Barford CCG', { population: 200_000 }),
          ],
        },
      ],
      assumptionsWith([fn('bi', 2, 0)]),
    );
    render(<PerHeadChart workspace={own} scenarioIds={['now']} />);
    expect(
      screen.getByRole('img', {
        name: 'Running cost per head by CCG in Now, against the £25 national rate, each CCG tested against its own allowance',
      }),
    ).toBeTruthy();
    expect(screen.getByText('£25 national rate')).toBeTruthy();
    expect(screen.queryByText('£25 cap')).toBeNull();
    expect(rowTexts(showTable('Running cost per head by CCG'))).toEqual([
      ['Ashby CCG', '£16.00 (allowance £15.00)'],
      ['Barford CCG', '£13.00 (allowance £25.00)'],
      ['National rate', '£25'],
    ]);
  });

  it('breakdown: core and each function per head, adding up to the total', () => {
    render(<BreakdownChart workspace={workspace} scenarioIds={['now']} />);
    // Ashby: core 1,400,000 / 100,000 = £14.00, function £2.00, total £16.00.
    expect(rowTexts(showTable("What each CCG's running cost is made of"))[0]).toEqual([
      'Ashby CCG',
      'Now',
      '£14.00',
      '£2.00',
      '£16.00',
    ]);
  });

  it('waterfall: one step per CCG from one total to the other', () => {
    render(<WaterfallChart workspace={workspace} scenarioIds={['now', 'merged']} />);
    // 4,200,000 − 1,600,000 (Ashby removed) − 2,600,000 (Barford removed) + 3,600,000 (added) = 3,600,000.
    expect(rowTexts(showTable('From Now to Merged'))).toEqual([
      ['Now (total)', '', '£4,200,000'],
      ['Ashby CCG (removed)', '−£1,600,000', '£2,600,000'],
      ['Barford CCG (removed)', '−£2,600,000', '£0'],
      ['Ashby and Barford CCG (added)', '+£3,600,000', '£3,600,000'],
      ['Merged (total)', '', '£3,600,000'],
    ]);
  });

  it('tornado: the largest swing first, with the values moved to', () => {
    render(<TornadoChart workspace={workspace} scenarioId="now" ccgId="ccg-a" percent={20} />);
    expect(
      screen.getByRole('img', {
        name: "Sensitivity of Ashby CCG's £ per head to each assumption moved by 20%",
      }),
    ).toBeTruthy();
    // Core £8 a head ±20% → £6.40 / £9.60: Ashby £14.40 / £17.60, swing £3.20 — larger than the
    // fixed cost's (±£1.20 a head, swing £2.40) and the function's (±£0.40, swing £0.80).
    const rows = rowTexts(showTable('Sensitivity: Ashby CCG'));
    expect(rows[0]).toEqual([
      'Core cost per head',
      '£8.00',
      '£6.40',
      '£14.40',
      '£9.60',
      '£17.60',
      '£3.20',
    ]);
    expect(rows[1]?.[0]).toBe('Core fixed cost per CCG');
    expect(rows[1]?.[6]).toBe('£2.40');
  });
});

describe('wrapLabel', () => {
  it('wraps at spaces to fit and marks what it had to cut', () => {
    // 10 px type: about 5.8 px a character, so 60 px holds 10 characters.
    expect(wrapLabel('Cressingham CCG', 70, 10)).toEqual(['Cressingham', 'CCG']);
    // A word wider than the space is cut rather than run into the next label.
    expect(wrapLabel('Cressingham CCG', 60, 10)).toEqual(['Cressingh…', 'CCG']);
    expect(wrapLabel('Ashby CCG', 60, 10)).toEqual(['Ashby CCG']);
    expect(wrapLabel('One two three four five six', 30, 10)).toEqual(['One', 'two…']);
  });
});
