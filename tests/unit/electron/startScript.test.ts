// `npm start` where Electron's binary cannot be had: one clear paragraph, no stack trace.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../../..');
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ccgm-start-'));
  temps.push(dir);
  return dir;
}

function runStart(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'start.mjs')], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, CCG_SKIP_BUILD: '1', ELECTRON_OVERRIDE_DIST_PATH: '', ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('scripts/start.mjs', () => {
  it.each(['CCG_ELECTRON_DIST', 'ELECTRON_OVERRIDE_DIST_PATH'])(
    'explains a missing Electron binary (%s → empty folder) and points to npm run web',
    (variable) => {
      const { status, output } = runStart({ [variable]: tempDir() });
      expect(status).toBe(1);
      expect(output).toContain('npm run web');
      expect(output).toContain('http://127.0.0.1:5173');
      expect(output).not.toMatch(/^\s+at /m);
      expect(output).not.toMatch(/Error:/);
    },
  );

  it.skipIf(process.platform === 'win32')(
    'runs the binary on the app folder and forwards its exit code',
    () => {
      const dist = tempDir();
      const argsFile = join(dist, 'args.txt');
      // path.txt (written by Electron's installer) may name the executable; default to 'electron'.
      let executable = 'electron';
      try {
        executable = readFileSync(
          join(repoRoot, 'node_modules', 'electron', 'path.txt'),
          'utf8',
        ).trim();
      } catch {
        // not installed here: the platform default applies
      }
      const fakeElectron = join(dist, executable);
      mkdirSync(dirname(fakeElectron), { recursive: true }); // macOS: Electron.app/Contents/MacOS/
      writeFileSync(fakeElectron, `#!/bin/sh\nprintf '%s' "$1" > '${argsFile}'\nexit 3\n`);
      chmodSync(fakeElectron, 0o755);
      const { status } = runStart({ CCG_ELECTRON_DIST: dist });
      expect(status).toBe(3);
      expect(resolve(readFileSync(argsFile, 'utf8'))).toBe(repoRoot);
    },
  );
});
