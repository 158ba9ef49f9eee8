import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { installProblems } from '../../../scripts/checkInstall.mjs';

const check = installProblems as (root: string) => string[];
let root = '';

function project(installed: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'ccgm-install-'));
  const write = (path: string, value: unknown): void =>
    writeFileSync(join(root, path), JSON.stringify(value));
  write('package.json', {
    dependencies: { highs: '1.15.3' },
    devDependencies: { prettier: '3.10.1' },
  });
  write('package-lock.json', {
    packages: {
      'node_modules/highs': { version: '1.15.3' },
      'node_modules/prettier': { version: '3.10.1' },
    },
  });
  for (const [name, version] of Object.entries(installed)) {
    mkdirSync(join(root, 'node_modules', name), { recursive: true });
    write(join('node_modules', name, 'package.json'), { name, version });
  }
  return root;
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the install check before type checking', () => {
  it('names a package added since the last install', () => {
    expect(check(project({ prettier: '3.10.1' }))).toEqual(['highs is not installed']);
  });

  it('names a package installed at another version than the lock file', () => {
    expect(check(project({ highs: '1.15.3', prettier: '3.9.0' }))).toEqual([
      'prettier is 3.9.0, the lock file says 3.10.1',
    ]);
  });

  it('finds nothing when the install matches the lock file', () => {
    expect(check(project({ highs: '1.15.3', prettier: '3.10.1' }))).toEqual([]);
  });
});
