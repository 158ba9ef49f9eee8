import * as fsPromises from 'node:fs/promises';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TEXT_FILE_BYTES } from '../../../shared/ipc/bridge';
import { createFileHandlers, type FileHandlerDeps } from '../../../electron/main/fileHandlers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccgm-handlers-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function openDialogChoosing(path: string | undefined) {
  return vi.fn(async (_options: OpenDialogOptions): Promise<OpenDialogReturnValue> =>
    path === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] },
  );
}
function saveDialogChoosing(path: string | undefined) {
  return vi.fn(async (_options: SaveDialogOptions): Promise<SaveDialogReturnValue> =>
    path === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath: path },
  );
}
function handlers(overrides: Partial<FileHandlerDeps> = {}) {
  return createFileHandlers({
    showOpenDialog: openDialogChoosing(undefined),
    showSaveDialog: saveDialogChoosing(undefined),
    fs: fsPromises,
    ...overrides,
  });
}

describe('openTextFile', () => {
  it('returns canceled when the user closes the dialog', async () => {
    const result = await handlers().openTextFile({ kind: 'workspace' });
    expect(result).toEqual({ canceled: true });
  });

  it('returns the chosen file name and its text', async () => {
    const path = join(dir, 'North.ccgm');
    await writeFile(path, '{"format":"ccg-modeller/workspace"}');
    const showOpenDialog = openDialogChoosing(path);
    const result = await handlers({ showOpenDialog }).openTextFile({ kind: 'workspace' });
    expect(result).toEqual({
      canceled: false,
      fileName: 'North.ccgm',
      text: '{"format":"ccg-modeller/workspace"}',
    });
  });

  it('offers the workspace filter first, then all files', async () => {
    const showOpenDialog = openDialogChoosing(undefined);
    await handlers({ showOpenDialog }).openTextFile({ kind: 'workspace' });
    expect(showOpenDialog.mock.calls[0]?.[0].filters).toEqual([
      { name: 'CCG Modeller workspace', extensions: ['ccgm'] },
      { name: 'All files', extensions: ['*'] },
    ]);
  });

  it('refuses a file over the size limit with a readable message, without reading it', async () => {
    const path = join(dir, 'huge.ccgm');
    await writeFile(path, 'x'.repeat(2048));
    const fs = { ...fsPromises, readFile: vi.fn(async (p: string) => fsPromises.readFile(p)) };
    const result = await handlers({
      showOpenDialog: openDialogChoosing(path),
      fs,
      maxBytes: 1024,
    }).openTextFile({
      kind: 'workspace',
    });
    expect(result).toEqual({
      canceled: false,
      error: 'Could not read "huge.ccgm": file is larger than 1 KB',
    });
    expect(fs.readFile).not.toHaveBeenCalled();
  });

  it('words the default limit as 50 MB', async () => {
    const path = join(dir, 'national.ccgm');
    await writeFile(path, '');
    const fs = {
      ...fsPromises,
      stat: async (p: string) => ({
        ...(await fsPromises.stat(p)),
        isFile: () => true,
        size: MAX_TEXT_FILE_BYTES + 1,
      }),
    };
    const result = await handlers({ showOpenDialog: openDialogChoosing(path), fs }).openTextFile({
      kind: 'workspace',
    });
    expect(result).toEqual({
      canceled: false,
      error: 'Could not read "national.ccgm": file is larger than 50 MB',
    });
  });

  it('strips a UTF-8 byte-order mark (Excel "CSV UTF-8")', async () => {
    const path = join(dir, 'practices.csv');
    await writeFile(path, Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('name,population\n')]));
    const result = await handlers({ showOpenDialog: openDialogChoosing(path) }).openTextFile({
      kind: 'csv',
    });
    expect(result).toEqual({
      canceled: false,
      fileName: 'practices.csv',
      text: 'name,population\n',
    });
  });

  it('refuses text that is not UTF-8 and says how to fix a CSV', async () => {
    const path = join(dir, 'ansi.csv');
    await writeFile(path, Buffer.from([0x61, 0xa3, 0x32, 0x35])); // "a£25" in Windows-1252
    const result = await handlers({ showOpenDialog: openDialogChoosing(path) }).openTextFile({
      kind: 'csv',
    });
    expect(result).toEqual({
      canceled: false,
      error:
        'Could not read "ansi.csv": it is not UTF-8 text (in Excel, use Save As and choose "CSV UTF-8")',
    });
  });

  it('reports a file that vanished after it was chosen in plain words', async () => {
    const result = await handlers({
      showOpenDialog: openDialogChoosing(join(dir, 'gone.ccgm')),
    }).openTextFile({
      kind: 'workspace',
    });
    expect(result).toEqual({
      canceled: false,
      error: 'Could not read "gone.ccgm": the file or its folder no longer exists',
    });
  });

  it.each([
    ['a missing kind', {}],
    ['an unknown kind', { kind: 'xlsx' }],
    ['an extra field', { kind: 'csv', path: '/etc/passwd' }],
    ['no request at all', undefined],
  ])('refuses %s without showing a dialog', async (_label, request) => {
    const showOpenDialog = openDialogChoosing(undefined);
    const result = await handlers({ showOpenDialog }).openTextFile(request);
    expect(result).toMatchObject({
      canceled: false,
      error: expect.stringMatching(/^Invalid request to open a file: /),
    });
    expect(showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('saveTextFile', () => {
  const valid = { kind: 'workspace', suggestedName: 'North', text: '{"v":2}' } as const;

  it('returns canceled when the user closes the dialog, writing nothing', async () => {
    const result = await handlers().saveTextFile(valid);
    expect(result).toEqual({ canceled: true });
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes the text to the chosen file and returns its name', async () => {
    const path = join(dir, 'North.ccgm');
    const showSaveDialog = saveDialogChoosing(path);
    const result = await handlers({ showSaveDialog }).saveTextFile(valid);
    expect(result).toEqual({ canceled: false, fileName: 'North.ccgm' });
    expect(await readFile(path, 'utf8')).toBe('{"v":2}');
    expect(showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: 'North.ccgm',
      filters: [{ name: 'CCG Modeller workspace', extensions: ['ccgm'] }],
    });
  });

  it('suggests a .csv name for a CSV and keeps an extension already given', async () => {
    const showSaveDialog = saveDialogChoosing(undefined);
    await handlers({ showSaveDialog }).saveTextFile({
      kind: 'csv',
      suggestedName: 'costs.CSV',
      text: 'a',
    });
    expect(showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: 'costs.CSV',
      filters: [{ extensions: ['csv'] }],
    });
  });

  it('replaces an existing file, leaving no temporary file behind', async () => {
    const path = join(dir, 'North.ccgm');
    await writeFile(path, 'old');
    await handlers({ showSaveDialog: saveDialogChoosing(path) }).saveTextFile(valid);
    expect(await readFile(path, 'utf8')).toBe('{"v":2}');
    expect(await readdir(dir)).toEqual(['North.ccgm']);
  });

  it('keeps the old content whole when writing fails part-way', async () => {
    const path = join(dir, 'North.ccgm');
    await writeFile(path, 'old content');
    // A disk that fills up after the temporary file was opened.
    const fs = {
      ...fsPromises,
      open: async (p: string, flags: 'wx', mode: number) => {
        const handle = await fsPromises.open(p, flags, mode);
        return {
          writeFile: async () => {
            await handle.writeFile('{"v"', 'utf8');
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    const result = await handlers({ showSaveDialog: saveDialogChoosing(path), fs }).saveTextFile(
      valid,
    );
    expect(result).toEqual({
      canceled: false,
      error: 'Could not save "North.ccgm": the disk is full',
    });
    expect(await readFile(path, 'utf8')).toBe('old content');
    expect(await readdir(dir)).toEqual(['North.ccgm']);
  });

  it('refuses text over the byte limit before asking where to save', async () => {
    const showSaveDialog = saveDialogChoosing(join(dir, 'big.ccgm'));
    // 600 pound signs are 600 characters but 1,200 bytes in UTF-8.
    const result = await handlers({ showSaveDialog, maxBytes: 1024 }).saveTextFile({
      ...valid,
      text: '£'.repeat(600),
    });
    expect(result).toMatchObject({
      canceled: false,
      error: expect.stringMatching(/^Could not save "North.ccgm": the file would be larger than/),
    });
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it.each([
    ['a missing kind', { suggestedName: 'a', text: '' }],
    [
      'a folder in the suggested name',
      { kind: 'workspace', suggestedName: '../../etc/North', text: '' },
    ],
    [
      'a Windows path in the suggested name',
      { kind: 'workspace', suggestedName: 'C:\\Users\\North', text: '' },
    ],
    ['an empty suggested name', { kind: 'workspace', suggestedName: '', text: '' }],
    ['text that is not a string', { kind: 'workspace', suggestedName: 'North', text: 42 }],
    ['an extra field', { kind: 'workspace', suggestedName: 'North', text: '', path: '/tmp/x' }],
  ])('refuses %s without showing a dialog', async (_label, request) => {
    const showSaveDialog = saveDialogChoosing(join(dir, 'x.ccgm'));
    const result = await handlers({ showSaveDialog }).saveTextFile(request);
    expect(result).toMatchObject({
      canceled: false,
      error: expect.stringMatching(/^Invalid request to save a file: /),
    });
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('names the offending field in the message', async () => {
    const result = await handlers().saveTextFile({
      kind: 'workspace',
      suggestedName: 'a/b',
      text: '',
    });
    expect(result).toEqual({
      canceled: false,
      error:
        'Invalid request to save a file: suggestedName: must be a file name without a folder or special characters',
    });
  });
});

describe('Open Recent bookkeeping', () => {
  it('reports a workspace opened or saved through a dialog, after it succeeded', async () => {
    const opened = join(dir, 'North.ccgm');
    await writeFile(opened, '{}');
    const saved = join(dir, 'South.ccgm');
    const onWorkspaceChosen = vi.fn();
    const h = handlers({
      showOpenDialog: openDialogChoosing(opened),
      showSaveDialog: saveDialogChoosing(saved),
      onWorkspaceChosen,
    });
    await h.openTextFile({ kind: 'workspace' });
    await h.saveTextFile({ kind: 'workspace', suggestedName: 'South', text: '{}' });
    expect(onWorkspaceChosen.mock.calls).toEqual([[opened], [saved]]);
  });

  it('does not report CSV files, cancelled dialogs or failed reads', async () => {
    const csv = join(dir, 'practices.csv');
    await writeFile(csv, 'code\n');
    const onWorkspaceChosen = vi.fn();
    await handlers({ showOpenDialog: openDialogChoosing(csv), onWorkspaceChosen }).openTextFile({
      kind: 'csv',
    });
    await handlers({ onWorkspaceChosen }).openTextFile({ kind: 'workspace' });
    await handlers({
      showOpenDialog: openDialogChoosing(join(dir, 'gone.ccgm')),
      onWorkspaceChosen,
    }).openTextFile({ kind: 'workspace' });
    expect(onWorkspaceChosen).not.toHaveBeenCalled();
  });
});
