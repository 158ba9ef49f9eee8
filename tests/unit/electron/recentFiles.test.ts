import * as fsPromises from 'node:fs/promises';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentFiles, MAX_RECENT_FILES } from '../../../electron/main/recentFiles';

let dir: string;
let storePath: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccgm-recent-'));
  storePath = join(dir, 'recent-files.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const store = (caseInsensitive = false) =>
  createRecentFiles({ fs: fsPromises, storePath, caseInsensitive });

/** Creates workspace files in the test folder and returns their paths. */
async function workspaces(...names: string[]): Promise<string[]> {
  const paths = names.map((n) => join(dir, n));
  await Promise.all(paths.map((p) => writeFile(p, '{}')));
  return paths;
}

describe('recent files', () => {
  it('keeps workspaces newest first and survives a restart', async () => {
    const [a, b] = await workspaces('A.ccgm', 'B.ccgm');
    const recent = store();
    await recent.add(a as string);
    await recent.add(b as string);
    expect(recent.list()).toEqual([b, a]);
    expect(await store().load()).toEqual([b, a]);
  });

  it('moves a workspace opened again to the top instead of listing it twice', async () => {
    const [a, b] = await workspaces('A.ccgm', 'B.ccgm');
    const recent = store();
    await recent.add(a as string);
    await recent.add(b as string);
    await recent.add(a as string);
    expect(recent.list()).toEqual([a, b]);
  });

  it('treats paths differing only in case as one file where the file system ignores case', async () => {
    const recent = store(true);
    await recent.add('C:\\Data\\North.ccgm');
    await recent.add('c:\\data\\NORTH.ccgm');
    expect(recent.list()).toEqual(['c:\\data\\NORTH.ccgm']);
    expect(recent.has('C:\\DATA\\north.CCGM')).toBe(true);
  });

  it(`keeps at most ${MAX_RECENT_FILES}, dropping the oldest`, async () => {
    const recent = store();
    for (let i = 1; i <= 12; i++) await recent.add(join(dir, `W${i}.ccgm`));
    expect(recent.list()).toHaveLength(10);
    expect(recent.list()[0]).toBe(join(dir, 'W12.ccgm'));
    expect(recent.list().at(-1)).toBe(join(dir, 'W3.ccgm'));
  });

  it('lists only workspaces, not CSV files or other paths', async () => {
    const recent = store();
    await recent.add(join(dir, 'practices.csv'));
    await recent.add(join(dir, 'notes.txt'));
    expect(recent.list()).toEqual([]);
  });

  it('drops files that have vanished when pruned, and saves the shorter list', async () => {
    const [a, b] = await workspaces('A.ccgm', 'B.ccgm');
    const recent = store();
    await recent.add(a as string);
    await recent.add(b as string);
    await rm(a as string);
    expect(await recent.prune()).toEqual([b]);
    expect(await store().load()).toEqual([b]);
  });

  it('clears the list', async () => {
    const [a] = await workspaces('A.ccgm');
    const recent = store();
    await recent.add(a as string);
    await recent.clear();
    expect(recent.list()).toEqual([]);
    expect(recent.has(a as string)).toBe(false);
    expect(await store().load()).toEqual([]);
  });

  it('writes the list as versioned JSON in the given file', async () => {
    const [a] = await workspaces('A.ccgm');
    await store().add(a as string);
    expect(JSON.parse(await readFile(storePath, 'utf8'))).toEqual({ version: 1, paths: [a] });
  });

  it('starts empty when the stored list is missing or damaged', async () => {
    expect(await store().load()).toEqual([]);
    await writeFile(storePath, '{"version":1,"paths":');
    expect(await store().load()).toEqual([]);
    await writeFile(storePath, '{"version":1,"paths":[42]}');
    expect(await store().load()).toEqual([]);
  });

  it('only answers has() for listed paths: the allow-list for reading without a dialog', async () => {
    const [a] = await workspaces('A.ccgm');
    const recent = store();
    await recent.add(a as string);
    expect(recent.has(a as string)).toBe(true);
    expect(recent.has('/etc/passwd')).toBe(false);
  });
});
