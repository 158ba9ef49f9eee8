/**
 * The `npm run recommend` contract: --json prints the new scenario as a .ccgm file holds it and
 * its result exactly as `npm run cost -- --json` prints that scenario; the table prints the
 * change list and each CCG's figures; bad input exits 2 with a located message.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fourSmallCcgsSample } from '../../../shared/samples/fourSmallCcgsSample';

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function cli(
  script: string,
  ...args: string[]
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [script, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
const file = (name: string): string => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ccgm-recommend-'));
  writeFileSync(file('four.ccgm'), JSON.stringify(fourSmallCcgsSample(), null, 2));
  const broken = fourSmallCcgsSample() as unknown as {
    scenarios: { arrangements: { members: string[] }[] }[];
  };
  (broken.scenarios[1]?.arrangements[0] as { members: string[] }).members = [
    'ccg-ashvale',
    'ccg-ghost',
  ];
  writeFileSync(file('broken.ccgm'), JSON.stringify(broken));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run recommend', { timeout: 120_000 }, () => {
  it('--json prints the scenario and its result exactly as cost --json does', () => {
    const r = cli(
      'cli/recommend.ts',
      file('four.ccgm'),
      '--scenario',
      'all-in-house',
      '--models',
      'in-house,shared-service,csu,la-partnership',
      '--max-members',
      '4',
      '--json',
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      scenario: { id: string; name: string };
      result: unknown;
      rounds: number;
      optimal: boolean;
      binding: { ccgId: string }[];
    };
    expect(out.scenario.name).toBe('Recommended — least overshoot of the 2013/14 allowance');
    expect(out.rounds).toBeGreaterThanOrEqual(1);
    expect(typeof out.optimal).toBe('boolean');
    expect(out.binding[0]?.ccgId).toBe('ccg-ashvale');
    // Put the scenario in the file and cost it: the entry must be the same, number for number.
    const ws = fourSmallCcgsSample();
    writeFileSync(
      file('with.ccgm'),
      JSON.stringify({ ...ws, scenarios: [...ws.scenarios, out.scenario] }),
    );
    const cost = cli('cli/cost.ts', file('with.ccgm'), '--scenario', out.scenario.id, '--json');
    expect(cost.status).toBe(0);
    expect(out.result).toEqual((JSON.parse(cost.stdout) as { scenarios: unknown[] }).scenarios[0]);
  });

  it('prints the change list and each CCG\u2019s figures as a table', () => {
    const r = cli('cli/recommend.ts', file('four.ccgm'), '--scenario', 'all-in-house');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^Recommended — least overshoot of the 2013\/14 allowance \(new scenario "scenario-1"\)$/m,
    );
    expect(r.stdout).toMatch(
      /^Ashvale CCG saves £[\d,]+ a year in 2013\/14 \(£36\.91 → £\d\d\.\d\d a head\)$/m,
    );
    expect(r.stdout).toMatch(
      /^ {2}Ashvale CCG +£2,288,487 +£[\d,]+ +£[\d,]+ +£1,550,000 +£\d\d\.\d\d +OVER$/m,
    );
    expect(r.stdout).toMatch(/^ {2}\[NOT MET\] Every CCG within its 2013\/14 allowance/m);
    expect(r.stdout).toMatch(/^Solved in \d rounds? of CSU pricing/m);
  });

  it.each([
    [['--scenario', 'nope'], /no scenario with id "nope"; scenario ids: all-in-house, /],
    [
      ['--scenario', 'all-in-house', '--models', 'in-house,magic'],
      /--models: "magic" is not a model; models: in-house, shared-service/,
    ],
    [
      ['--scenario', 'all-in-house', '--max-members', 'two'],
      /--max-members: "two" is not a whole number of at least 1/,
    ],
    [
      ['--scenario', 'all-in-house', '--year', '2020-21'],
      /year: no year "2020-21"; years: 2013-14/,
    ],
    [
      ['--scenario', 'all-in-house', '--cluster', 'nowhere'],
      /scope: no cluster with id "nowhere" in scenario "All in-house"/,
    ],
    [[], /--scenario is required/],
  ])('exits 2 for %j', (args, message) => {
    const r = cli('cli/recommend.ts', file('four.ccgm'), ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('exits 2 naming the file and the place for an invalid or missing file', () => {
    const broken = cli('cli/recommend.ts', file('broken.ccgm'), '--scenario', 'all-in-house');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain(
      `${file('broken.ccgm')}: scenario "Shared service" › arrangement "Wexmoor shared support service"`,
    );
    const missing = cli('cli/recommend.ts', file('none.ccgm'), '--scenario', 'x');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`${file('none.ccgm')}: cannot read the file: no such file\n`);
  });
});
