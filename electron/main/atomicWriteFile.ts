/**
 * Crash-safe replacement of a file's contents: write a sibling temporary file, flush it to disk,
 * then rename it over the destination. A rename within one folder is atomic, so a crash, a full
 * disk or a power cut mid-write leaves the user's existing file whole (old content) and never
 * truncated; the worst case is a stray `<name>.tmp-<random>` beside it.
 */
import { randomBytes } from 'node:crypto';
import { errorCode } from './describeFsError';

/** The part of a FileHandle this module uses (node:fs/promises FileHandle satisfies it). */
export interface WritableFileHandle {
  /** Text is written as UTF-8 (the encoding is passed only for text); bytes as they are. */
  writeFile(data: string | Uint8Array, encoding?: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The part of node:fs/promises this module uses; tests pass wrappers that inject failures. */
export interface AtomicWriteFs {
  open(path: string, flags: 'wx', mode: number): Promise<WritableFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<{ readonly mode: number }>;
}

export interface AtomicWriteOptions {
  /**
   * Waits between rename attempts when the destination is briefly locked. On Windows an
   * antivirus scanner or the search indexer can hold a just-written file for a moment, making
   * the rename fail with EPERM/EBUSY although it would succeed a little later.
   */
  readonly renameRetryDelaysMs?: readonly number[];
}

const DEFAULT_RENAME_RETRY_DELAYS_MS = [50, 100, 200, 400] as const;
const TRANSIENT_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** Replaces `destination` with `text` (UTF-8) or bytes atomically; throws the fs error on failure. */
export async function atomicWriteFile(
  fs: AtomicWriteFs,
  destination: string,
  text: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  // Write beside the real file when the destination is a symlink, so the rename replaces the
  // file the link points at instead of turning the link into a plain file.
  const target = await resolveExisting(fs, destination);
  // Keep the permissions of the file being replaced (a new file gets the usual 0o666 & ~umask).
  const mode = await existingMode(fs, target);
  const tmp = `${target}.tmp-${randomBytes(6).toString('hex')}`;

  let created = false;
  try {
    const handle = await fs.open(tmp, 'wx', mode ?? 0o666);
    created = true;
    try {
      if (typeof text === 'string') await handle.writeFile(text, 'utf8');
      else await handle.writeFile(text);
      // Flush before the rename: otherwise a power cut can leave the renamed file empty.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(
      fs,
      tmp,
      target,
      options.renameRetryDelaysMs ?? DEFAULT_RENAME_RETRY_DELAYS_MS,
    );
  } catch (error) {
    // Only remove a temporary file this call created ('wx' guarantees it was not someone else's).
    if (created) await fs.unlink(tmp).catch(() => undefined);
    throw error;
  }
}

async function resolveExisting(fs: AtomicWriteFs, path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return path;
    throw error;
  }
}

async function existingMode(fs: AtomicWriteFs, path: string): Promise<number | undefined> {
  try {
    return (await fs.stat(path)).mode & 0o7777;
  } catch {
    return undefined;
  }
}

async function renameWithRetry(
  fs: AtomicWriteFs,
  from: string,
  to: string,
  delaysMs: readonly number[],
): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      const delay = delaysMs[attempt];
      if (delay === undefined || code === undefined || !TRANSIENT_RENAME_CODES.has(code))
        throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
