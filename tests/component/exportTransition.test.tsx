// @vitest-environment jsdom
/**
 * Structures and transition in the workbook and the PDF report, read back from what is exported.
 * Baseline: Ashby (100,000) does finance from 3 WTE of its own posts; Bourne (300,000) on the
 * curve. Now: both buy finance from a new shared service. Round transition assumptions:
 * Ashby's one-off = 3 WTE × (1 − 0.75) × 30,000 redundancy + 100,000 × ¼ set-up = 47,500.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../shared/assumptions/defaultAssumptions';
import { workbookModel } from '../../shared/export/workbookModel';
import type { Assumptions, CcgNode } from '../../shared/model/workspace';
import { costReport } from '../../shared/report/costReport';
import { writeWorkbook } from '../../renderer/src/export/writeWorkbook';
import { ReportView } from '../../renderer/src/print/ReportView';
import { CompareTransition } from '../../renderer/src/compare/CompareTransition';
import { formatPounds } from '../../shared/format/format';
import { scenarioTransition } from '../../shared/staffing/scenarioTransition';
import { buildWorkspace, ccg } from '../unit/helpers/buildWorkspace';

const assumptions: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  transition: {
    redundancyPerWte: 30_000,
    tupeShare: 0.75,
    setUpPerArrangement: 100_000,
    exitPerArrangement: 40_000,
    payShareOfFunctionCost: 0.8,
    costPerWte: 40_000,
  },
};
const ashby: CcgNode = {
  ...ccg('a', 'Ashby CCG', { population: 100_000 }),
  structure: { posts: [{ id: 'f', title: 'Finance team', band: '7', wte: 3, heading: 'finance' }] },
};
const bourne = ccg('b', 'Bourne CCG', { population: 300_000 });
const built = buildWorkspace(
  [
    { id: 'base', name: 'All in-house', nodes: [ashby, bourne] },
    {
      id: 'now',
      name: 'Shared finance',
      nodes: [ashby, bourne],
      arrangements: [
        {
          id: 'ss',
          name: 'Finance shared service',
          model: 'shared-service',
          members: ['a', 'b'],
          functions: ['finance'],
          allocation: 'population',
          riskShareAgreed: true,
        },
      ],
    },
  ],
  assumptions,
);
const ws = {
  ...built,
  scenarios: built.scenarios.map((s) =>
    s.id === 'now' ? { ...s, baselineScenarioId: 'base' } : s,
  ),
};
const engine = costReport(ws).scenarios[1]!.transition!.ccgs;

afterEach(cleanup);

async function sheetRows(name: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await writeWorkbook(workbookModel(ws))).buffer as ArrayBuffer);
  const sheet = book.worksheets.find((s) => s.name.startsWith(name))!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}
const rowAfter = (rows: unknown[][], section: RegExp, first: string): unknown[] => {
  const start = rows.findIndex((r) => typeof r[0] === 'string' && section.test(r[0]));
  expect(start).toBeGreaterThanOrEqual(0);
  return rows.slice(start).find((r) => r[0] === first)!;
};

describe('the workbook', () => {
  it("carries each CCG's one-off, payback and cumulative net against the baseline, read back with exceljs", async () => {
    const rows = await sheetRows('Results – Shared finance');
    const a = rowAfter(rows, /^One-off transition costs against All in-house/, 'Ashby CCG');
    // CCG, redundancy, set-up, exit, one-off, payback, cumulative net
    expect(a.slice(1, 5)).toEqual([22_500, 25_000, 0, 47_500]);
    expect(a[5]).toBe(engine[0]!.paybackYears ?? 'Never');
    expect(a[6]).toBe(engine[0]!.cumulativeNet);
    const b = rowAfter(rows, /^One-off transition costs/, 'Bourne CCG');
    expect(b[4]).toBe(engine[1]!.oneOff);
  });

  it('says which figures come from a structure, and the baseline sheet has no one-offs', async () => {
    const base = await sheetRows('Results – All in-house');
    expect(rowAfter(base, /^Staffing: WTE/, 'Ashby CCG')[1]).toBe(3);
    expect(String(rowAfter(base, /^Staffing: WTE/, 'Ashby CCG')[2])).toMatch(/^Finance/);
    expect(rowAfter(base, /^Staffing: WTE/, 'Bourne CCG')[2]).toBe('None (all estimated)');
    expect(
      base.some((r) => typeof r[0] === 'string' && r[0].startsWith('One-off transition costs')),
    ).toBe(false);
  });
});

describe('the PDF report', () => {
  it('prints the one-offs, payback and cumulative net by CCG, and which figures come from posts', () => {
    render(
      <ReportView
        workspace={ws}
        scenarioId="now"
        pictureUrl={null}
        printedAt={new Date('2013-04-01T09:00:00Z')}
      />,
    );
    const table = screen.getByRole('table', { name: 'One-off transition costs by CCG' });
    const ashbyRow = within(table).getByRole('row', { name: /^Ashby CCG/ });
    const cells = within(ashbyRow)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 4)).toEqual(['£22,500', '£25,000', '£0', '£47,500']);
    expect(cells[5]).toMatch(/^−?£[\d,]+$/);
    expect(
      screen.getByRole('heading', { name: 'One-off transition costs against All in-house' }),
    ).toBeTruthy();
    cleanup();
    render(
      <ReportView
        workspace={ws}
        scenarioId="base"
        pictureUrl={null}
        printedAt={new Date('2013-04-01T09:00:00Z')}
      />,
    );
    const posts = screen.getByRole('table', { name: 'WTE and figures from posts by CCG' });
    expect(
      within(within(posts).getByRole('row', { name: /^Ashby CCG/ }))
        .getAllByRole('cell')
        .map((c) => c.textContent)[0],
    ).toBe('3');
    expect(within(posts).getByRole('row', { name: /^Bourne CCG/ }).textContent).toContain(
      'None (all estimated)',
    );
    expect(screen.queryByRole('table', { name: 'One-off transition costs by CCG' })).toBeNull();
  });
});

describe('Compare', () => {
  const totals = costReport(ws).scenarios[1]!.transition!.ccgs.reduce((n, c) => n + c.oneOff, 0);

  it("shows a one-off row: none for the baseline itself, 47,500 + Bourne's for the shared service", () => {
    render(<CompareTransition workspace={ws} scenarioIds={['base', 'now']} large={false} />);
    const row = screen.getByTestId('one-off-row');
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[0]).toBe('No baseline');
    expect(cells[1]).toBe(formatPounds(47_500 + engine[1]!.oneOff));
    expect(47_500 + engine[1]!.oneOff).toBeCloseTo(totals, 6);
  });

  it("charts the cumulative net saving year by year, ending at the transition's cumulative net; as a table too", () => {
    render(<CompareTransition workspace={ws} scenarioIds={['base', 'now']} large={false} />);
    const chart = screen.getByRole('img', { name: /^Cumulative net saving by year/ });
    expect(chart.querySelectorAll('rect')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: 'Cumulative net saving by year' });
    const row = within(table).getByRole('row', { name: /^Shared finance/ });
    const figures = within(row)
      .getAllByRole('cell')
      .map((c) => Number((c.textContent ?? '').replace(/[£,]/g, '').replace('−', '-')));
    const net = engine.reduce((n, c) => n + c.cumulativeNet, 0);
    const firstSaving = scenarioTransition(ws, 'now')!.totals.firstYearSaving;
    expect(figures).toHaveLength(3);
    expect(figures[0]).toBe(Math.round(firstSaving - totals));
    expect(Math.abs(figures[2]! - net)).toBeLessThanOrEqual(1);
  });
});
