// Checks the packaging configuration offline: electron-builder itself needs Electron's binary
// (downloaded), so it cannot run here; its config and the afterPack hook can be read and run.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it, vi } from 'vitest';
import afterPack, { electronBinaryPath, FUSES, fuseConfig } from '../../../build/afterPack.mjs';

// js-yaml comes with electron-builder (no types of its own); only this test needs it.
const { load } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  files: string[];
  asar: boolean;
  afterPack: string;
  directories: { output: string };
  fileAssociations: {
    ext: string;
    name: string;
    description: string;
    mimeType: string;
    role: string;
  }[];
  win: { target: string[] };
  nsis: { oneClick: boolean; perMachine: boolean; allowElevation: boolean };
  mac: { target: string };
  linux: { target: string[] };
}
const config = async () =>
  load(
    await readFile(new URL('../../../electron-builder.yml', import.meta.url), 'utf8'),
  ) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('builds a per-user Windows installer that never asks for admin rights, and a portable exe', async () => {
    const c = await config();
    expect(c.win.target).toEqual(['nsis', 'portable']);
    expect(c.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
  });

  it('builds a macOS dmg and Linux AppImage and deb, into release/', async () => {
    const c = await config();
    expect(c.mac.target).toBe('dmg');
    expect(c.linux.target).toEqual(['AppImage', 'deb']);
    expect(c.directories.output).toBe('release');
  });

  it('associates .ccgm files with the app as their editor, with a registered-style MIME type', async () => {
    expect((await config()).fileAssociations).toEqual([
      {
        ext: 'ccgm',
        name: 'CCG Modeller workspace',
        description: expect.stringMatching(/^CCG Modeller workspace/),
        mimeType: 'application/vnd.ccg-modeller.workspace+json',
        role: 'Editor',
      },
    ]);
  });

  it('packs only the built app into an asar archive: no sources, tests or node_modules', async () => {
    const c = await config();
    expect(c.asar).toBe(true);
    expect(c.files).toEqual(['out/**', 'package.json']);
    const packed = (path: string) =>
      c.files.some((pattern) => new RegExp(`^${pattern.replace(/\*\*/g, '.*')}$`).test(path));
    expect(
      [
        'out/main/index.js',
        'out/preload/index.js',
        'out/renderer/index.html',
        'package.json',
      ].every(packed),
    ).toBe(true);
    expect(
      [
        'tests/unit/electron/packaging.test.ts',
        'electron/main/index.ts',
        'renderer/src/App.tsx',
        'shared/ipc/bridge.ts',
        'node_modules/zod/index.js',
      ].some(packed),
    ).toBe(false);
  });

  it('runs the fuses hook after packing', async () => {
    const c = await config();
    expect(c.afterPack).toBe('./build/afterPack.mjs');
    await expect(
      readFile(new URL(`../../../${c.afterPack}`, import.meta.url)),
    ).resolves.toBeDefined();
  });
});

describe('the afterPack fuses', () => {
  it('turns off every way to run foreign code and turns on asar-only loading, integrity and cookie encryption', () => {
    expect(FUSES).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
    });
  });

  it('re-signs ad hoc on macOS only', () => {
    expect(fuseConfig('darwin')).toMatchObject({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: true,
    });
    expect(fuseConfig('win32')).toMatchObject({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: false,
    });
    expect(fuseConfig('linux').resetAdHocDarwinSignature).toBe(false);
  });

  it('finds the packaged binary where electron-builder puts it on each platform', () => {
    const packager = {
      appInfo: { productFilename: 'CCG Modeller' },
      executableName: 'ccg-modeller',
    };
    expect(
      electronBinaryPath({
        appOutDir: 'release/win-unpacked',
        electronPlatformName: 'win32',
        packager,
      }),
    ).toBe(join('release/win-unpacked', 'CCG Modeller.exe'));
    expect(
      electronBinaryPath({ appOutDir: 'release/mac', electronPlatformName: 'darwin', packager }),
    ).toBe(join('release/mac', 'CCG Modeller.app'));
    expect(
      electronBinaryPath({
        appOutDir: 'release/linux-unpacked',
        electronPlatformName: 'linux',
        packager,
      }),
    ).toBe(join('release/linux-unpacked', 'ccg-modeller'));
  });

  it('flips those fuses in the packaged binary with @electron/fuses', async () => {
    const flip = vi.fn(async () => 1);
    const context = {
      electronPlatformName: 'win32',
      appOutDir: 'release/win-unpacked',
      packager: { appInfo: { productFilename: 'CCG Modeller' } },
    };
    await afterPack(context as never, flip); // a stand-in for electron-builder's AfterPackContext
    expect(flip).toHaveBeenCalledWith(join('release/win-unpacked', 'CCG Modeller.exe'), {
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: false,
      ...FUSES,
    });
  });
});
