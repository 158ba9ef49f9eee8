import * as fsPromises from 'node:fs/promises';
import { chmod, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atomicWriteFile, type AtomicWriteFs } from '../../../electron/main/atomicWriteFile';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccgm-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const fsError = (code: string) => Object.assign(new Error(code), { code });

describe('atomicWriteFile', () => {
  it('creates a new file', async () => {
    const path = join(dir, 'new.ccgm');
    await atomicWriteFile(fsPromises, path, 'hello £');
    expect(await readFile(path, 'utf8')).toBe('hello £');
    expect(await readdir(dir)).toEqual(['new.ccgm']);
  });

  it('writes through a temporary sibling and renames it over the destination', async () => {
    const path = join(dir, 'North.ccgm');
    await writeFile(path, 'old');
    const renames: [string, string][] = [];
    const fs: AtomicWriteFs = {
      ...fsPromises,
      rename: async (from, to) => {
        renames.push([from, to]);
        // At the moment of the rename the destination still holds the old content in full.
        expect(await readFile(to, 'utf8')).toBe('old');
        expect(await readFile(from, 'utf8')).toBe('new');
        await fsPromises.rename(from, to);
      },
    };
    await atomicWriteFile(fs, path, 'new');
    expect(renames).toHaveLength(1);
    expect(renames[0]?.[0]).toMatch(/North\.ccgm\.tmp-[0-9a-f]{12}$/);
    expect(await readFile(path, 'utf8')).toBe('new');
  });

  it('flushes the temporary file to disk before renaming it', async () => {
    const events: string[] = [];
    const fs: AtomicWriteFs = {
      ...fsPromises,
      open: async (p, flags, mode) => {
        const handle = await fsPromises.open(p, flags, mode);
        return {
          writeFile: async (data, encoding) => {
            events.push('write');
            await handle.writeFile(data, encoding);
          },
          sync: async () => {
            events.push('sync');
            await handle.sync();
          },
          close: async () => {
            events.push('close');
            await handle.close();
          },
        };
      },
      rename: async (from, to) => {
        events.push('rename');
        await fsPromises.rename(from, to);
      },
    };
    await atomicWriteFile(fs, join(dir, 'a.ccgm'), 'x');
    expect(events).toEqual(['write', 'sync', 'close', 'rename']);
  });

  it('leaves the old content and no temporary file when the rename fails', async () => {
    const path = join(dir, 'North.ccgm');
    await writeFile(path, 'old');
    const fs: AtomicWriteFs = {
      ...fsPromises,
      rename: async () => Promise.reject(fsError('EXDEV')),
    };
    await expect(atomicWriteFile(fs, path, 'new')).rejects.toMatchObject({ code: 'EXDEV' });
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['North.ccgm']);
  });

  it('retries a rename refused while another program briefly holds the file', async () => {
    const path = join(dir, 'North.ccgm');
    await writeFile(path, 'old');
    const rename = vi
      .fn<AtomicWriteFs['rename']>()
      .mockRejectedValueOnce(fsError('EBUSY'))
      .mockRejectedValueOnce(fsError('EPERM'))
      .mockImplementation((from, to) => fsPromises.rename(from, to));
    await atomicWriteFile({ ...fsPromises, rename }, path, 'new', {
      renameRetryDelaysMs: [1, 1, 1],
    });
    expect(rename).toHaveBeenCalledTimes(3);
    expect(await readFile(path, 'utf8')).toBe('new');
  });

  it('gives up after the last retry and cleans up', async () => {
    const path = join(dir, 'North.ccgm');
    await writeFile(path, 'old');
    const rename = vi.fn<AtomicWriteFs['rename']>().mockRejectedValue(fsError('EBUSY'));
    await expect(
      atomicWriteFile({ ...fsPromises, rename }, path, 'new', { renameRetryDelaysMs: [1, 1] }),
    ).rejects.toMatchObject({
      code: 'EBUSY',
    });
    expect(rename).toHaveBeenCalledTimes(3);
    expect(await readdir(dir)).toEqual(['North.ccgm']);
  });

  it.skipIf(process.platform === 'win32')(
    'keeps the permissions of the file it replaces',
    async () => {
      const path = join(dir, 'private.ccgm');
      await writeFile(path, 'old');
      await chmod(path, 0o600);
      await atomicWriteFile(fsPromises, path, 'new');
      expect((await stat(path)).mode & 0o777).toBe(0o600);
    },
  );

  it.skipIf(process.platform === 'win32')(
    'replaces the file a symlink points at, keeping the link',
    async () => {
      const real = join(dir, 'real.ccgm');
      const link = join(dir, 'link.ccgm');
      await writeFile(real, 'old');
      await symlink(real, link);
      await atomicWriteFile(fsPromises, link, 'new');
      expect((await fsPromises.lstat(link)).isSymbolicLink()).toBe(true);
      expect(await readFile(real, 'utf8')).toBe('new');
    },
  );

  it('fails with the fs error when the folder does not exist', async () => {
    await expect(
      atomicWriteFile(fsPromises, join(dir, 'missing', 'a.ccgm'), 'x'),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
