import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/model/workspace';
import { handWorkedWorkspace } from '../report/reportFixtures';

// Names are whatever the person who made the file typed, or an attacker. What `npm run cost`
// prints must neither run as a formula when its CSV is opened in a spreadsheet nor drive the
// terminal it is printed on.

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const run = promisify(execFile);
// Where LibreOffice is not installed (a developer's machine) the spreadsheet test is skipped;
// in CI, which installs it, a missing LibreOffice fails instead.
const libreOffice = spawnSync('sh', ['-c', 'command -v libreoffice || command -v soffice'], {
  encoding: 'utf8',
}).stdout.trim();

function cost(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, ['cli/cost.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FORMULA_NAMES = [
  '=HYPERLINK("http://x","y")',
  "+cmd|' /C calc'!A0",
  '@SUM(1)',
  '-2+3',
] as const;
const FORMULA_SCENARIO = '=SUM(1,2)';
const TERMINAL_NAMES = [
  'Link \u001b]8;;http://x\u0007click\u001b]8;;\u0007 CCG',
  'Erase\u001b[2K CCG',
  'C1 \u009b31m\u0085 CCG',
  'Separator\u2028CCG',
] as const;

/** The hand-worked workspace with hostile CCG names in a scenario of its own (a small CCG, so a flag names it too). */
function hostileWorkspace(names: readonly string[], scenarioName: string): Workspace {
  const ws = handWorkedWorkspace();
  return {
    ...ws,
    scenarios: [
      ...ws.scenarios,
      {
        id: 'hostile',
        name: scenarioName,
        nodes: names.map((name, i) => ({
          kind: 'ccg' as const,
          id: `ccg-${i}`,
          name,
          population: 60_000 + i,
          federated: false,
          x: i * 300,
          y: 0,
        })),
        laOverlaps: [],
        arrangements: [],
      },
    ],
  };
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ccgm-cli-hostile-'));
  writeFileSync(
    join(dir, 'formulas.ccgm'),
    JSON.stringify(hostileWorkspace(FORMULA_NAMES, FORMULA_SCENARIO)),
  );
  writeFileSync(
    join(dir, 'terminal.ccgm'),
    JSON.stringify(hostileWorkspace(TERMINAL_NAMES, 'Scenario \u001b[2K\u009b')),
  );
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// ESC, BEL and every other C0 control but the newline, DEL, C1 controls, U+2028/9.
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]/;

describe('npm run cost on hostile names', { timeout: 180_000 }, () => {
  it('--csv writes every name starting with = + - @ with a leading apostrophe, numbers untouched', () => {
    const r = cost(join(dir, 'formulas.ccgm'), '--csv', '--scenario', 'hostile');
    expect(r.status).toBe(0);
    // Columns: scenario_id, scenario, year_id, year, ccg_id, ccg, population, …, per_head (11); one row per CCG per year.
    const rows = Papa.parse<string[]>(r.stdout.trimEnd()).data.slice(1);
    expect(rows.filter((row) => row[2] === '2013-14').map((row) => row[5])).toEqual(
      FORMULA_NAMES.map((n) => `'${n}`),
    );
    for (const row of rows) {
      expect(row[1]).toBe(`'${FORMULA_SCENARIO}`);
      expect(Number(row[6])).toBeGreaterThan(0);
      expect(Number.isFinite(Number(row[11]))).toBe(true);
    }
  });

  it.skipIf(!libreOffice && !process.env.CI)(
    '--csv opened in LibreOffice holds no formula, only the names as text',
    async () => {
      const r = cost(join(dir, 'formulas.ccgm'), '--csv', '--scenario', 'hostile');
      expect(r.status).toBe(0);
      const csv = join(dir, 'costs.csv');
      writeFileSync(csv, r.stdout);
      // Flat ODF: one XML file in which a formula is a table:formula attribute.
      await run(
        libreOffice,
        [
          `-env:UserInstallation=${pathToFileURL(join(dir, 'lo-profile')).href}`,
          '--headless',
          '--convert-to',
          'fods',
          '--outdir',
          dir,
          csv,
        ],
        { timeout: 150_000 },
      );
      const fods = readFileSync(join(dir, 'costs.fods'), 'utf8');
      expect(fods).toContain('<office:spreadsheet>');
      expect(fods.match(/table:formula="[^"]*"/g) ?? []).toEqual([]);
      // LibreOffice keeps the apostrophe of a quoted field, so each name reads back in full.
      expect(fods).toContain('&apos;@SUM(1)');
      expect(fods).toContain('&apos;=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');
      // A number is still a number (a float cell), not text.
      expect(fods).toMatch(/office:value-type="float" office:value="60000"/);
    },
  );

  it('the table shows control characters in names as escapes and sends none to the terminal', () => {
    const r = cost(join(dir, 'terminal.ccgm'), '--scenario', 'hostile');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain('C1 \\u009b31m\\u0085 CCG');
    expect(r.stdout).toContain('Separator\\u2028CCG');
    // The columns still line up: every CCG row has its population at the same place.
    const rows = r.stdout.split('\n').filter((l) => / 6000\d{1}\s/.test(l) || /60,00\d/.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(TERMINAL_NAMES.length);
    const at = new Set(rows.slice(0, TERMINAL_NAMES.length).map((l) => l.search(/60,00\d/)));
    expect(at.size).toBe(1);
  });

  it('--csv and --json send no control character either; the JSON still reads back to the names', () => {
    const csv = cost(join(dir, 'terminal.ccgm'), '--csv');
    expect(csv.status).toBe(0);
    expect(csv.stdout).not.toMatch(RAW_CONTROL);
    const json = cost(join(dir, 'terminal.ccgm'), '--json', '--scenario', 'hostile');
    expect(json.status).toBe(0);
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    const names = JSON.parse(json.stdout).scenarios[0].ccgs.map((c: { name: string }) => c.name);
    expect(names).toContain('C1 \u009b31m\u0085 CCG');
    expect(names).toContain('Separator\u2028CCG');
  });

  it('an error message that echoes a name or id escapes its control characters', () => {
    const bad = hostileWorkspace(TERMINAL_NAMES, 'Scenario \u009b2K');
    const scenario = bad.scenarios[2];
    if (!scenario) throw new Error('fixture changed');
    const broken = {
      ...bad,
      scenarios: [
        ...bad.scenarios.slice(0, 2),
        {
          ...scenario,
          arrangements: [
            {
              id: 'a\u009b1',
              name: 'Shared \u0085 BI',
              model: 'shared-service' as const,
              members: ['ccg-0', 'ccg-\u009bghost'],
              functions: ['bi'],
              allocation: 'equal' as const,
            },
          ],
        },
      ],
    };
    writeFileSync(join(dir, 'broken.ccgm'), JSON.stringify(broken));
    const r = cost(join(dir, 'broken.ccgm'));
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('ccg-\\u009bghost');
    const unknown = cost(join(dir, 'terminal.ccgm'), '--scenario', 'no\u009bsuch');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).not.toMatch(RAW_CONTROL);
    expect(unknown.stderr).toContain('no\\u009bsuch');
  });
});
