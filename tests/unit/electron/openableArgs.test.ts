import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isOpenableFile, openableFilesFromArgv } from '../../../electron/main/openableArgs';

const cwd = resolve('/home/ann/Documents');
const packaged = { defaultApp: false, cwd };

describe('openableFilesFromArgv', () => {
  it('finds the workspace a packaged app was launched with', () => {
    expect(
      openableFilesFromArgv(['/opt/CCG Modeller/ccg-modeller', '/data/North.ccgm'], packaged),
    ).toEqual([resolve('/data/North.ccgm')]);
  });

  it('skips the app path in development (electron .)', () => {
    expect(
      openableFilesFromArgv(['/usr/bin/electron', '.', 'North.ccgm'], { defaultApp: true, cwd }),
    ).toEqual([join(cwd, 'North.ccgm')]);
    expect(
      openableFilesFromArgv(['/usr/bin/electron', 'out/main/index.js'], { defaultApp: true, cwd }),
    ).toEqual([]);
  });

  it('ignores Electron and Chromium switches a second instance receives', () => {
    const argv = [
      'app.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=13370000',
      '--inspect=9229',
      'Plan.ccgm',
      '-psn_0_12345',
    ];
    expect(openableFilesFromArgv(argv, packaged)).toEqual([join(cwd, 'Plan.ccgm')]);
  });

  it('resolves relative paths against the launching shell’s folder', () => {
    expect(openableFilesFromArgv(['app', '../lists/practices.csv'], packaged)).toEqual([
      resolve(cwd, '../lists/practices.csv'),
    ]);
  });

  it('accepts file:// URLs, as a Linux desktop entry (%U) passes them', () => {
    const url = pathToFileURL('/home/ann/My Plans/North & South.ccgm').href;
    expect(openableFilesFromArgv(['app', url], packaged)).toEqual([
      resolve('/home/ann/My Plans/North & South.ccgm'),
    ]);
  });

  it('keeps only .ccgm and .csv files (any case), each once', () => {
    const argv = ['app', 'a.CCGM', 'b.csv', 'c.xlsx', 'd', 'a.CCGM', 'https://evil.example/x.ccgm'];
    expect(openableFilesFromArgv(argv, packaged)).toEqual([
      join(cwd, 'a.CCGM'),
      join(cwd, 'b.csv'),
    ]);
  });

  it('takes names after -- as files, even if they start with a dash', () => {
    expect(openableFilesFromArgv(['app', '--', '-draft.ccgm'], packaged)).toEqual([
      join(cwd, '-draft.ccgm'),
    ]);
  });
});

describe('isOpenableFile', () => {
  it('knows workspaces and practice lists only', () => {
    expect(['x.ccgm', 'x.Csv'].map(isOpenableFile)).toEqual([true, true]);
    expect(['x.ccgm.txt', 'ccgm', 'x.json'].map(isOpenableFile)).toEqual([false, false, false]);
  });
});
