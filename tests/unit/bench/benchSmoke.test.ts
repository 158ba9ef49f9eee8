import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REQUIRED_KEYS } from '../../../scripts/bench/resultsTable';

// A smoke run of `npm run bench`: few iterations on a 24-CCG workspace, on a free port, into a
// temporary file. It proves the harness works end to end (both builds, the app and the React
// Flow peer in Chromium); it never judges timings, which on a shared CI machine mean nothing.

const run = promisify(execFile);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let dir = '';

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('npm run bench --quick', () => {
  it.skipIf(!existsSync(chromium) && !process.env.CI)(
    'writes every result key as a finite number and prints the table',
    async () => {
      dir = await mkdtemp(join(tmpdir(), 'ccgm-bench-'));
      const out = join(dir, 'bench-results.json');
      const { stdout } = await run(
        'npx',
        [
          'tsx',
          'scripts/bench/runBench.mts',
          '--quick',
          '--ccgs',
          '24',
          '--port',
          '0',
          '--out',
          out,
        ],
        {
          timeout: 280_000,
          maxBuffer: 8 * 1024 * 1024,
        },
      );
      const results = JSON.parse(await readFile(out, 'utf8')) as Record<string, unknown>;
      for (const key of REQUIRED_KEYS) {
        expect(typeof results[key], key).toBe('number');
        expect(Number.isFinite(results[key]), key).toBe(true);
      }
      expect(results.ccgs).toBe(24);
      expect(results.quick).toBe(true);
      expect(stdout).toMatch(/^metric\s+value\s+budget\s+result$/m);
      expect(stdout).toMatch(/^reactFlowPanFrameP95Ms\s/m);
    },
    300_000,
  );
});
