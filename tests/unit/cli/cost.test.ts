import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES } from '../../../shared/samples/index';
import { handWorkedWorkspace } from '../report/reportFixtures';

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function cost(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, ['cli/cost.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
const file = (name: string): string => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ccgm-cli-'));
  const four = SAMPLES.find((s) => s.id === 'four-small-ccgs')?.create();
  writeFileSync(file('four.ccgm'), JSON.stringify(four, null, 2));
  writeFileSync(file('hand.ccgm'), JSON.stringify(handWorkedWorkspace()));
  const bad = JSON.parse(JSON.stringify(handWorkedWorkspace()));
  bad.scenarios[1].arrangements[0].members = ['ccg-east', 'ccg-ghost'];
  writeFileSync(file('dangling.ccgm'), JSON.stringify(bad));
  writeFileSync(file('notjson.ccgm'), 'this is not { JSON');
  // A hostile file: 100,000 CCGs (about 25 MB), which once kept the command busy for minutes.
  const bomb = JSON.parse(JSON.stringify(handWorkedWorkspace()));
  for (let i = 0; i < 100_000; i++) {
    bomb.scenarios[0].nodes.push({
      kind: 'ccg',
      id: `ccg-gen-${i}`,
      name: `Generated clinical commissioning group number ${i}`,
      code: `G${String(i).padStart(6, '0')}`,
      population: 100_000 + i,
      federated: false,
      x: (i % 1000) * 300,
      y: Math.floor(i / 1000) * 200,
    });
  }
  writeFileSync(file('bomb.ccgm'), JSON.stringify(bomb, null, 2));
  // A file that opens but holds a key given twice (lines 5 and 6), which JSON.parse drops silently.
  const dupText = JSON.stringify(handWorkedWorkspace(), null, 2).replace(
    '"name": ',
    '"name": "Dropped name",\n  "name": ',
  );
  writeFileSync(file('dup.ccgm'), dupText);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const NO_STACK = /^\s{4}at /m;

describe('npm run cost', { timeout: 60_000 }, () => {
  it('prints a table for a valid file and exits 0', () => {
    const r = cost(file('four.ccgm'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Ashvale CCG');
    expect(r.stdout).toMatch(/£\d+\.\d\d/);
    expect(r.stdout).toMatch(/£\d{1,3}(,\d{3})+/);
    expect(r.stdout).toContain('Scenario: Merger into one federated CCG (merger)');
  });

  it('--json prints the report with exactly the documented keys and hand-worked figures', () => {
    const r = cost(file('hand.ccgm'), '--json', '--scenario', 'in-house');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['scenarios']);
    expect(report.scenarios).toHaveLength(1);
    const [s] = report.scenarios;
    expect(Object.keys(s).sort()).toEqual(['ccgs', 'flags', 'id', 'name', 'totals', 'years']);
    expect(Object.keys(s.totals).sort()).toEqual([
      'over',
      'perHead',
      'population',
      'tight',
      'total',
      'within',
    ]);
    const [c] = s.ccgs;
    expect(Object.keys(c).sort()).toEqual([
      'core',
      'functions',
      'headroom',
      'id',
      'name',
      'perHead',
      'population',
      'status',
      'total',
    ]);
    expect(Object.keys(c.functions.bi).sort()).toEqual(['cost', 'mode']);
    // 600,000 + 8·250,000 + 14.00·250,000 = 6,100,000; £24.40 a head > 25·0.96 = 24.00, so tight.
    expect(c.total).toBeCloseTo(6_100_000, 4);
    expect(c.perHead).toBeCloseTo(24.4, 10);
    expect(c.status).toBe('tight');
    expect(r.stdout).toContain('\n  "scenarios": [');
  });

  it('--json names the arrangement for arranged functions', () => {
    const r = cost(file('hand.ccgm'), '--json', '--scenario', 'shared');
    expect(r.status).toBe(0);
    const c = JSON.parse(r.stdout).scenarios[0].ccgs[0];
    expect(Object.keys(c.functions.bi).sort()).toEqual(['arrangementId', 'cost', 'mode']);
    expect(c.functions.bi.cost).toBeCloseTo(286_000, 4);
  });

  it('--csv prints the header row and a row per CCG', () => {
    const r = cost(file('four.ccgm'), '--csv');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'scenario_id,scenario,year_id,year,ccg_id,ccg,population,running,programme,total,allowance,per_head,headroom,status,wte,from_posts,baseline_scenario_id,one_off,payback_years,cumulative_net',
    );
    // One row per CCG per year: 7 scenarios of the four small CCGs (the merger has one) × 3 years.
    expect(lines).toHaveLength(1 + (6 * 4 + 1) * 3);
    // Ashvale, 62,000, all in-house, 2015/16: allowance 22.07 × 62,000 = 1,368,340.
    const row = lines.find((l) =>
      l.startsWith('all-in-house,All in-house,2015-16,2015/16,ccg-ashvale,Ashvale CCG,62000,'),
    );
    expect(row).toBeDefined();
    expect(Number(row?.split(',')[10])).toBeCloseTo(1_368_340, 6);
  });

  it('--json gives every planning year with exactly the documented keys and hand-worked figures', () => {
    const r = cost(file('hand.ccgm'), '--json', '--scenario', 'in-house');
    expect(r.status).toBe(0);
    const [s] = JSON.parse(r.stdout).scenarios;
    expect(s.years.map((y: { id: string; label: string }) => [y.id, y.label])).toEqual([
      ['2013-14', '2013/14'],
      ['2014-15', '2014/15'],
      ['2015-16', '2015/16'],
    ]);
    const [y1, y2, y3] = s.years;
    expect(Object.keys(y1).sort()).toEqual(['ccgs', 'flags', 'id', 'label', 'totals']);
    expect(Object.keys(y1.ccgs[0]).sort()).toEqual([
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
    expect(Object.keys(y1.totals).sort()).toEqual([
      'allowance',
      'headroom',
      'over',
      'population',
      'running',
      'tight',
      'within',
    ]);
    // 250,000 people, running 6,100,000 in 2013/14 (£24.40 a head, tight against £25).
    // 2015/16: running 1.02 × 6,100,000 = 6,222,000 → £24.888 a head; allowance 22.07 × 250,000 =
    // 5,517,500; headroom −704,500; over, with an over-cap flag naming the year.
    expect(y1.ccgs[0].running).toBeCloseTo(6_100_000, 4);
    expect(y1.ccgs[0].status).toBe('tight');
    expect(y2.ccgs[0].allowance).toBeCloseTo(6_182_500, 4);
    const c = y3.ccgs[0];
    expect(c.running).toBeCloseTo(6_222_000, 4);
    expect(c.programme).toBe(0);
    expect(c.total).toBeCloseTo(6_222_000, 4);
    expect(c.allowance).toBeCloseTo(5_517_500, 4);
    expect(c.perHead).toBeCloseTo(24.888, 10);
    expect(c.headroom).toBeCloseTo(-704_500, 4);
    expect(c.status).toBe('over');
    expect(y3.totals).toMatchObject({ population: 250_000, within: 0, tight: 0, over: 1 });
    expect(y3.flags.map((f: { id: string }) => f.id)).toContain('over-cap');
    expect(y3.flags.find((f: { id: string }) => f.id === 'over-cap').message).toContain('2015/16');
    // The top level is the first year unless --year says otherwise.
    expect(s.ccgs[0].perHead).toBeCloseTo(24.4, 10);
    const later = JSON.parse(
      cost(file('hand.ccgm'), '--json', '--scenario', 'in-house', '--year', '2015-16').stdout,
    ).scenarios[0];
    expect(later.ccgs[0].perHead).toBeCloseTo(24.888, 10);
    expect(later.ccgs[0].status).toBe('over');
    expect(later.years).toEqual(s.years);
  });

  it('lists the year ids for an unknown --year, exit 2', () => {
    const r = cost(file('hand.ccgm'), '--year', '2099-00');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'no planning year with id "2099-00"; year ids: 2013-14, 2014-15, 2015-16',
    );
  });

  it('rejects a file with a dangling arrangement member: exit 2, the located error on stderr', () => {
    const path = file('dangling.ccgm');
    const r = cost(path);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    const hit = lines.find((l) => l.includes('ccg-ghost'));
    expect(hit).toBeDefined();
    expect(hit?.startsWith(`${path}: `)).toBe(true);
    expect(hit).toContain('scenario "Shared, "jointly", with BI"');
    expect(hit).toContain('arrangement "Shared BI"');
    for (const l of lines) expect(l.startsWith(`${path}: `)).toBe(true);
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('refuses a file of 100,000 CCGs in under 15 s: exit 2, one line saying why', () => {
    const path = file('bomb.ccgm');
    const started = performance.now();
    const r = cost(path);
    const seconds = (performance.now() - started) / 1000;
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const scenarioName = handWorkedWorkspace().scenarios[0]?.name ?? '';
    expect(r.stderr).toContain(
      `${path}: scenario "${scenarioName}": has 100,001 CCGs; at most 2,000 are allowed (England has 211)\n`,
    );
    expect(r.stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(2);
    expect(seconds).toBeLessThan(15);
  });

  it('costs a file with a repeated key, printing the warning on stderr', () => {
    const path = file('dup.ccgm');
    const r = cost(path, '--csv');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      `${path}: warning: line 6: key "name" appears twice; the last value was used\n`,
    );
    expect(r.stdout).toContain('scenario_id,scenario,year_id,year,ccg_id');
  });

  it('rejects text that is not JSON with exit 2', () => {
    const r = cost(file('notjson.ccgm'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/notjson\.ccgm: .*JSON/);
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('reports a missing file in one line, exit 2, no stack trace', () => {
    const r = cost(file('missing.ccgm'));
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('missing.ccgm');
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('lists the scenario ids for an unknown --scenario, exit 2', () => {
    const r = cost(file('four.ccgm'), '--scenario', 'option-z');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('option-z');
    expect(r.stderr).toContain(
      'all-in-house, shared-service, host-ccg, la-partnership, csu, external, merger',
    );
  });

  it('exits 2 with usage for bad flags', () => {
    for (const args of [
      ['--bogus', file('four.ccgm')],
      [file('four.ccgm'), '--json', '--csv'],
      [],
      [file('four.ccgm'), file('hand.ccgm')],
      [file('four.ccgm'), '--scenario'],
    ]) {
      const r = cost(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain('Usage: npm run cost --');
      expect(r.stderr).not.toMatch(NO_STACK);
    }
  });

  it('costs a built-in sample with --sample and lists the samples on --help', () => {
    const r = cost('--sample', 'cambs-pboro', '--scenario', 'federated-in-house');
    expect(r.status).toBe(0);
    // Name, population, running, programme, allowance, £/head, headroom, status.
    expect(r.stdout).toMatch(
      /Cambridgeshire and Peterborough CCG\s+856,000\s+£[\d,]+\s+£0\s+£20,800,000\s+£\d+\.\d\d\s+£[\d,]+\s+Within/,
    );
    expect(r.stdout).toContain('— 2015/16 (2015-16)');
    const help = cost('--help');
    expect(help.status).toBe(0);
    for (const s of SAMPLES) expect(help.stdout).toContain(s.id);
    const unknown = cost('--sample', 'nowhere');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('four-small-ccgs');
  });
});
