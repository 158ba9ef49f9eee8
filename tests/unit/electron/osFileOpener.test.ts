import * as fsPromises from 'node:fs/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OsOpenedFile } from '../../../shared/ipc/bridge';
import { createOsFileOpener } from '../../../electron/main/osFileOpener';
import { readTextFile } from '../../../electron/main/readTextFile';
import { createRecentFiles, type RecentFiles } from '../../../electron/main/recentFiles';

let dir: string;
let recent: RecentFiles;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccgm-opener-'));
  recent = createRecentFiles({
    fs: fsPromises,
    storePath: join(dir, 'recent.json'),
    caseInsensitive: false,
  });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function opener(maxBytes = 1024) {
  const sent: OsOpenedFile[] = [];
  const errors: string[] = [];
  const onRecentChanged = vi.fn();
  const it = createOsFileOpener({
    readFile: (path, kind) => readTextFile(fsPromises, path, kind, maxBytes),
    send: (file) => sent.push(file),
    showError: (message) => errors.push(message),
    recent,
    onRecentChanged,
  });
  return { opener: it, sent, errors, onRecentChanged };
}

async function file(name: string, text: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('files opened from the operating system', () => {
  it('holds a file that arrives before the page has loaded, then sends it', async () => {
    const path = await file('North.ccgm', '{"format":"ccg-modeller/workspace"}');
    const { opener: o, sent } = opener();
    await o.openFromOs(path);
    expect(sent).toEqual([]);
    await o.setReady(true);
    expect(sent).toEqual([{ fileName: 'North.ccgm', text: '{"format":"ccg-modeller/workspace"}' }]);
  });

  it('sends queued files in the order they arrived', async () => {
    const a = await file('a.csv', 'practice,list\n');
    const b = await file('b.ccgm', '{}');
    const { opener: o, sent } = opener();
    await o.openFromOs(a);
    await o.openFromOs(b);
    await o.setReady(true);
    expect(sent.map((f) => f.fileName)).toEqual(['a.csv', 'b.ccgm']);
  });

  it('sends at once when the page is ready, and adds a workspace (not a CSV) to Open Recent', async () => {
    const ws = await file('South.ccgm', '{}');
    const csv = await file('practices.csv', 'code\n');
    const { opener: o, sent, onRecentChanged } = opener();
    await o.setReady(true);
    await o.openFromOs(ws);
    await o.openFromOs(csv);
    expect(sent.map((f) => f.fileName)).toEqual(['South.ccgm', 'practices.csv']);
    expect(recent.list()).toEqual([ws]);
    expect(onRecentChanged).toHaveBeenCalledOnce();
  });

  it('tells the user why a file cannot be opened, and sends nothing', async () => {
    const big = await file('national.ccgm', 'x'.repeat(2048));
    const latin1 = await file('practices.csv', new Uint8Array([0x50, 0xa3, 0x32])); // "P£2" in Windows-1252
    const other = await file('budget.xlsx', 'PK');
    const { opener: o, sent, errors } = opener();
    await o.setReady(true);
    await o.openFromOs(big);
    await o.openFromOs(latin1);
    await o.openFromOs(other);
    await o.openFromOs(join(dir, 'gone.ccgm'));
    expect(sent).toEqual([]);
    expect(errors).toEqual([
      'Could not read "national.ccgm": file is larger than 1 KB',
      'Could not read "practices.csv": it is not UTF-8 text (in Excel, use Save As and choose "CSV UTF-8")',
      'CCG Modeller opens workspaces (.ccgm) and practice lists (.csv), not ".xlsx" files.',
      'Could not read "gone.ccgm": the file or its folder no longer exists',
    ]);
  });

  it('stops sending while the page reloads, and resumes after', async () => {
    const path = await file('North.ccgm', '{}');
    const { opener: o, sent } = opener();
    await o.setReady(true);
    await o.setReady(false);
    await o.openFromOs(path);
    expect(sent).toEqual([]);
    await o.setReady(true);
    expect(sent).toHaveLength(1);
  });
});

describe('Open Recent', () => {
  it('opens a listed workspace and moves it to the top', async () => {
    const a = await file('A.ccgm', '{"a":1}');
    const b = await file('B.ccgm', '{"b":1}');
    await recent.add(a);
    await recent.add(b);
    const { opener: o, sent } = opener();
    await o.setReady(true);
    await o.openRecent(a);
    expect(sent).toEqual([{ fileName: 'A.ccgm', text: '{"a":1}' }]);
    expect(recent.list()).toEqual([a, b]);
  });

  it('refuses a path that is not in the recent list: no dialog, no read', async () => {
    const secret = await file('secret.ccgm', '{}');
    const { opener: o, sent, errors } = opener();
    await o.setReady(true);
    await o.openRecent(secret);
    expect(sent).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('removes an entry whose file has gone, says so, and rebuilds the menu', async () => {
    const a = await file('A.ccgm', '{}');
    await recent.add(a);
    await rm(a);
    const { opener: o, errors, onRecentChanged } = opener();
    await o.setReady(true);
    await o.openRecent(a);
    expect(errors).toEqual(['Could not read "A.ccgm": the file or its folder no longer exists']);
    expect(recent.list()).toEqual([]);
    expect(onRecentChanged).toHaveBeenCalledOnce();
  });
});
