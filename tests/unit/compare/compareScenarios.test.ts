import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../../shared/compare/compareScenarios';
import { comparisonCsv } from '../../../shared/compare/comparisonCsv';
import { formatSignedPerHead, formatSignedPounds } from '../../../shared/compare/formatDifference';
import { assumptionsWith, buildWorkspace, ccg, fn } from '../helpers/buildWorkspace';

// One function at £2.00 a head with no scale effect, so every figure works out by hand:
// core(c) = 600,000 + 8·pop (DESIGN.md §4.2), T(P) = 2·P (§4.3, e = 0), cap £25.
const assumptions = assumptionsWith([fn('bi', 2, 0)]);

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
  ],
  assumptions,
);

describe('compareScenarios', () => {
  it('puts each CCG’s figures side by side with the difference from the first scenario', () => {
    const c = compareScenarios(workspace, ['now', 'small']);
    const ashby = c.rows.find((r) => r.ccgId === 'ccg-a');
    // Now: total = 600,000 + 800,000 + 200,000 = 1,600,000 → £16.00 a head;
    //      headroom = 25 × 100,000 − 1,600,000 = 900,000.
    // Smaller: total = 600,000 + 400,000 + 100,000 = 1,100,000 → £22.00 a head;
    //      headroom = 1,250,000 − 1,100,000 = 150,000.
    expect(ashby?.results[0]?.perHead).toBeCloseTo(16, 10);
    expect(ashby?.results[1]?.perHead).toBeCloseTo(22, 10);
    expect(ashby?.results[1]?.headroom).toBeCloseTo(150_000, 6);
    expect(ashby?.differences[0]).toBeNull();
    expect(ashby?.differences[1]?.perHead).toBeCloseTo(6, 10);
    expect(ashby?.differences[1]?.headroom).toBeCloseTo(-750_000, 6);
    expect(formatSignedPerHead(ashby?.differences[1]?.perHead ?? 0)).toBe('+£6.00');
    expect(formatSignedPounds(ashby?.differences[1]?.headroom ?? 0)).toBe('−£750,000');
  });

  it('shows a CCG missing from a scenario as absent, with no difference', () => {
    const c = compareScenarios(workspace, ['now', 'small', 'merged']);
    expect(c.rows.map((r) => r.name)).toEqual([
      'Ashby CCG',
      'Barford CCG',
      'Ashby and Barford CCG',
    ]);
    const barford = c.rows.find((r) => r.ccgId === 'ccg-b');
    expect(barford?.results.map((r) => r !== null)).toEqual([true, false, false]);
    expect(barford?.differences).toEqual([null, null, null]);
    const merged = c.rows.find((r) => r.ccgId === 'ccg-m');
    // Absent from the first scenario, so there is nothing to difference against.
    expect(merged?.results.map((r) => r !== null)).toEqual([false, false, true]);
    expect(merged?.differences[2]).toBeNull();
  });

  it('totals each scenario and differences the totals', () => {
    const c = compareScenarios(workspace, ['now', 'merged']);
    // Now: Ashby 1,600,000 + Barford (600,000 + 1,600,000 + 400,000 = 2,600,000) = 4,200,000
    //      over 300,000 people = £14.00 a head.
    // Merged: 600,000 + 2,400,000 + 600,000 = 3,600,000 over 300,000 = £12.00 a head.
    expect(c.totals[0]?.total).toBeCloseTo(4_200_000, 6);
    expect(c.totals[0]?.perHead).toBeCloseTo(14, 10);
    expect(c.totals[1]?.perHead).toBeCloseTo(12, 10);
    expect(c.totalDifferences[1]?.total).toBeCloseTo(-600_000, 6);
    expect(c.totalDifferences[1]?.perHead).toBeCloseTo(-2, 10);
    expect(c.totalDifferences[1]?.population).toBe(0);
  });

  it('refuses a scenario the workspace does not have', () => {
    expect(() => compareScenarios(workspace, ['now', 'nope'])).toThrow(
      /Scenario "nope" does not exist/,
    );
  });
});

describe('signed differences', () => {
  it('carry their sign and never print minus zero', () => {
    expect(formatSignedPerHead(1.234)).toBe('+£1.23');
    expect(formatSignedPerHead(-0.4)).toBe('−£0.40');
    expect(formatSignedPerHead(-0.001)).toBe('£0.00');
  });
});

describe('comparisonCsv', () => {
  it('writes each CCG’s figures and changes, the totals and the diff in words', () => {
    const csv = comparisonCsv(workspace, ['now', 'small']).split('\n');
    expect(csv[0]).toBe('Planning year,2013/14');
    expect(csv[1]).toBe('');
    csv.splice(0, 2);
    expect(csv[0]).toBe(
      'CCG id,CCG,Now: running cost per head (£),Now: headroom (£ a year),Now: status,Smaller Ashby: running cost per head (£),Smaller Ashby: headroom (£ a year),Smaller Ashby: status,Smaller Ashby: change in per head from Now (£),Smaller Ashby: change in headroom from Now (£ a year)',
    );
    // The hand-worked figures above: £16 → £22 a head, headroom 900,000 → 150,000.
    expect(csv[1]).toBe('ccg-a,Ashby CCG,16,900000,Within,22,150000,Within,6,-750000');
    expect(csv[2]).toBe('ccg-b,Barford CCG,13,2400000,Within,not in this scenario,,,,');
    expect(csv).toContain('Now,300000,4200000,4200000,14,2,0,0');
    expect(csv).toContain('Now,Smaller Ashby,Barford CCG is removed.');
    expect(csv).toContain(
      'Now,Smaller Ashby,"Ashby CCG’s population changes from 100,000 to 50,000."',
    );
  });
});
