import { describe, expect, it } from 'vitest';
import { DEFAULT_FUNCTIONS } from '../../../shared/assumptions/defaultAssumptions';
import { costReport, formatReportCsv, formatReportTable } from '../../../shared/report/costReport';
import { SAMPLES } from '../../../shared/samples/index';
import { handWorkedWorkspace } from './reportFixtures';

const CCG_KEYS = [
  'core',
  'functions',
  'headroom',
  'id',
  'name',
  'perHead',
  'population',
  'status',
  'total',
];

describe('costReport', () => {
  it('has exactly the documented keys, through a JSON round trip', () => {
    const report = JSON.parse(JSON.stringify(costReport(handWorkedWorkspace())));
    expect(Object.keys(report)).toEqual(['scenarios']);
    expect(report.scenarios).toHaveLength(2);
    for (const s of report.scenarios) {
      expect(Object.keys(s).sort()).toEqual(['ccgs', 'flags', 'id', 'name', 'totals', 'years']);
      for (const y of s.years) {
        expect(Object.keys(y).sort()).toEqual(['ccgs', 'flags', 'id', 'label', 'totals']);
        expect(Object.keys(y.totals).sort()).toEqual([
          'allowance',
          'headroom',
          'over',
          'population',
          'running',
          'tight',
          'within',
        ]);
        for (const c of y.ccgs) {
          expect(Object.keys(c).sort()).toEqual([
            'allowance',
            'headroom',
            'id',
            'name',
            'perHead',
            'population',
            'programme',
            'running',
            'sources',
            'status',
            'total',
            'wte',
          ]);
        }
      }
      expect(Object.keys(s.totals).sort()).toEqual([
        'over',
        'perHead',
        'population',
        'tight',
        'total',
        'within',
      ]);
      for (const c of s.ccgs) {
        expect(Object.keys(c).sort()).toEqual(CCG_KEYS);
        expect(Object.keys(c.functions)).toEqual(DEFAULT_FUNCTIONS.map((f) => f.id));
        for (const fc of Object.values(c.functions) as { mode: string }[]) {
          expect(Object.keys(fc).sort()).toEqual(
            fc.mode === 'in-house' ? ['cost', 'mode'] : ['arrangementId', 'cost', 'mode'],
          );
        }
      }
      for (const f of s.flags)
        expect(Object.keys(f).sort()).toEqual(['id', 'message', 'severity', 'subject']);
    }
  });

  it('matches the hand-worked one-CCG in-house figures', () => {
    const [s] = costReport(handWorkedWorkspace(), 'in-house').scenarios;
    const c = s?.ccgs[0];
    expect(c?.population).toBe(250_000);
    expect(c?.core).toBe(2_600_000);
    expect(c?.total).toBeCloseTo(6_100_000, 4);
    expect(c?.perHead).toBeCloseTo(24.4, 10);
    expect(c?.headroom).toBeCloseTo(150_000, 4);
    expect(c?.status).toBe('tight');
    expect(c?.functions.bi).toEqual({ mode: 'in-house', cost: expect.closeTo(550_000, 4) });
    expect(s?.totals).toEqual({
      population: 250_000,
      total: expect.closeTo(6_100_000, 4),
      perHead: expect.closeTo(24.4, 10),
      within: 0,
      tight: 1,
      over: 0,
    });
    expect(s?.flags).toEqual([]);
  });

  it('names the arrangement for shared functions, with the hand-worked share', () => {
    const [s] = costReport(handWorkedWorkspace(), 'shared').scenarios;
    for (const c of s?.ccgs ?? []) {
      expect(c.functions.bi).toEqual({
        mode: 'shared-service',
        arrangementId: 'arr-bi',
        cost: expect.closeTo(286_000, 4),
      });
      expect(c.functions.hr?.mode).toBe('in-house');
    }
    expect(s?.flags.map((f) => [f.id, f.severity, f.subject])).toContainEqual([
      'risk-share-unagreed',
      'warning',
      'arr-bi',
    ]);
  });

  it('costs every scenario in order by default, or only the one asked for', () => {
    expect(costReport(handWorkedWorkspace()).scenarios.map((s) => s.id)).toEqual([
      'in-house',
      'shared',
    ]);
    expect(costReport(handWorkedWorkspace(), 'shared').scenarios.map((s) => s.id)).toEqual([
      'shared',
    ]);
    expect(() => costReport(handWorkedWorkspace(), 'nope')).toThrow(/nope/);
  });

  it('costs every sample', () => {
    for (const sample of SAMPLES) {
      const ws = sample.create();
      const report = costReport(ws);
      expect(report.scenarios).toHaveLength(ws.scenarios.length);
      for (const s of report.scenarios) {
        for (const c of s.ccgs) expect(Number.isFinite(c.perHead)).toBe(true);
      }
    }
  });
});

describe('formatReportTable', () => {
  const table = formatReportTable(costReport(handWorkedWorkspace()));

  it('shows each CCG the British way, with its status in words', () => {
    const row = table.split('\n').find((l) => l.startsWith('Reference CCG'));
    expect(row).toBeDefined();
    // population, running, programme, allowance (25 × 250,000), £/head, headroom, status
    expect(row).toMatch(/250,000\s+£6,100,000\s+£0\s+£6,250,000\s+£24\.40\s+£150,000\s+Tight$/);
  });

  it('has a header, a totals line and the flags with their severity', () => {
    const lines = table.split('\n');
    // One block per scenario per planning year.
    expect(lines).toContain('Scenario: In-house (in-house) — 2013/14 (2013-14)');
    expect(lines).toContain('Scenario: In-house (in-house) — 2015/16 (2015-16)');
    expect(
      lines.some((l) =>
        /^CCG\s+Population\s+Running\s+Programme\s+Allowance\s+£\/head\s+Headroom\s+Status$/.test(
          l,
        ),
      ),
    ).toBe(true);
    expect(
      lines.some((l) =>
        /^Total\s+250,000\s+£6,100,000\s+£0\s+£6,250,000\s+£24\.40\s+£150,000\s+0 within, 1 tight, 0 over$/.test(
          l,
        ),
      ),
    ).toBe(true);
    // 2015/16: running 1.02 × 6,100,000 = 6,222,000; allowance 22.07 × 250,000 = 5,517,500; −704,500; £24.89
    expect(
      lines.some((l) =>
        /^Total\s+250,000\s+£6,222,000\s+£0\s+£5,517,500\s+£24\.89\s+−£704,500\s+0 within, 0 tight, 1 over$/.test(
          l,
        ),
      ),
    ).toBe(true);
    expect(lines).toContain('Flags: none');
    expect(
      lines.some((l) => /^\s+warning\s+Shared BI: the shared service has no agreement yet/.test(l)),
    ).toBe(true);
  });

  it('aligns the numeric columns', () => {
    const rows = table
      .split('\n')
      .filter((l) => /^(East|West)/.test(l))
      .slice(0, 2);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.indexOf('£')).toBe(rows[1]?.indexOf('£'));
    expect(rows[0]?.length).toBe(rows[1]?.length);
  });

  it('shows negative headroom with a minus sign and Over', () => {
    const four = SAMPLES.find((s) => s.id === 'four-small-ccgs')?.create();
    if (!four) throw new Error('missing sample');
    const text = formatReportTable(costReport(four, 'all-in-house'));
    expect(text).toMatch(/−£[\d,]+\s+Over/);
    expect(text).toMatch(
      /^\s+breach\s+.* a head in 2013\/14, £[\d,]+ over its 2013\/14 allowance of £[\d,]+ \(£25\.00 a head\)\.$/m,
    );
  });
});

describe('formatReportCsv', () => {
  const csv = formatReportCsv(costReport(handWorkedWorkspace()));
  const lines = csv.trimEnd().split('\n');

  it('has the header row and one unformatted row per CCG per scenario', () => {
    expect(lines[0]).toBe(
      'scenario_id,scenario,year_id,year,ccg_id,ccg,population,running,programme,total,allowance,per_head,headroom,status,wte,from_posts,baseline_scenario_id,one_off,payback_years,cumulative_net',
    );
    // (1 + 2 CCGs) × 3 years
    expect(lines).toHaveLength(1 + (1 + 2) * 3);
    const [
      ,
      ,
      ,
      ,
      ,
      ,
      population,
      running,
      programme,
      total,
      allowance,
      perHead,
      headroom,
      status,
    ] = (lines[1] ?? '').split(',');
    expect(lines[1]?.startsWith('in-house,In-house,2013-14,2013/14,ccg-ref,Reference CCG,')).toBe(
      true,
    );
    expect(population).toBe('250000');
    expect(Number(running)).toBeCloseTo(6_100_000, 4);
    expect(Number(programme)).toBe(0);
    expect(Number(total)).toBeCloseTo(6_100_000, 4);
    expect(Number(allowance)).toBeCloseTo(6_250_000, 4);
    expect(Number(perHead)).toBeCloseTo(24.4, 10);
    expect(Number(headroom)).toBeCloseTo(150_000, 4);
    expect(status).toBe('tight');
  });

  it('quotes fields with commas and quotes (RFC 4180)', () => {
    expect(
      lines[4]?.startsWith(
        'shared,"Shared, ""jointly"", with BI",2013-14,2013/14,ccg-east,"East, Upper CCG",125000,',
      ),
    ).toBe(true);
    expect(
      lines[5]?.startsWith(
        'shared,"Shared, ""jointly"", with BI",2013-14,2013/14,ccg-west,West CCG,125000,',
      ),
    ).toBe(true);
  });
});
