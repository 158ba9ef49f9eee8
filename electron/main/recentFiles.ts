/**
 * Open Recent: the workspaces (.ccgm) the user last opened or saved, newest first, at most
 * MAX_RECENT_FILES, kept as JSON in the app's userData folder and written atomically. Also the
 * allow-list for reading a file without a dialog: main reads a path from the menu only if it is
 * in this list. Node's fs comes in as an argument so tests run it against a temporary folder.
 */
import { extname } from 'node:path';
import { z } from 'zod';
import { atomicWriteFile, type AtomicWriteFs } from './atomicWriteFile';

export const MAX_RECENT_FILES = 10;

/** The file's shape on disk; a version so a later change can migrate instead of dropping it. */
const recentFilesFile = z.object({
  version: z.literal(1),
  paths: z.array(z.string().min(1)).max(100),
});

export interface RecentFilesFs extends AtomicWriteFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  stat(path: string): Promise<{ readonly mode: number; isFile(): boolean }>;
}

export interface RecentFilesOptions {
  readonly fs: RecentFilesFs;
  /** Where the list lives, e.g. join(app.getPath('userData'), 'recent-files.json'). */
  readonly storePath: string;
  /** True on Windows and macOS, whose file systems ignore case: "A.ccgm" and "a.ccgm" are one file. */
  readonly caseInsensitive: boolean;
}

export interface RecentFiles {
  /** The list as last loaded or changed, newest first. */
  list(): readonly string[];
  /** Reads the stored list; a missing or damaged file gives an empty list (it is only a convenience). */
  load(): Promise<readonly string[]>;
  /** Puts a .ccgm path first (moving it if already listed); other files are ignored. Saves. */
  add(path: string): Promise<readonly string[]>;
  /** Drops listed files that no longer exist (saving if any went) and returns the rest. */
  prune(): Promise<readonly string[]>;
  /** Removes one path (a file that could not be read). Saves. */
  remove(path: string): Promise<readonly string[]>;
  clear(): Promise<readonly string[]>;
  /** True when `path` is in the list: the only paths main reads without a dialog. */
  has(path: string): boolean;
}

export function isWorkspacePath(path: string): boolean {
  return extname(path).toLowerCase() === '.ccgm';
}

export function createRecentFiles({
  fs,
  storePath,
  caseInsensitive,
}: RecentFilesOptions): RecentFiles {
  let paths: readonly string[] = [];
  const same = (a: string, b: string): boolean =>
    caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b;
  // Writes run one after another, so a quick add-then-clear cannot land in the wrong order.
  let writing: Promise<void> = Promise.resolve();

  async function replace(next: readonly string[]): Promise<readonly string[]> {
    paths = next;
    const text = `${JSON.stringify({ version: 1, paths: next }, null, 2)}\n`;
    writing = writing.then(
      () => atomicWriteFile(fs, storePath, text),
      () => atomicWriteFile(fs, storePath, text),
    );
    await writing;
    return paths;
  }

  async function exists(path: string): Promise<boolean> {
    try {
      return (await fs.stat(path)).isFile();
    } catch {
      return false;
    }
  }

  return {
    list: () => paths,
    async load() {
      try {
        const parsed = recentFilesFile.safeParse(JSON.parse(await fs.readFile(storePath, 'utf8')));
        paths = parsed.success
          ? dedupe(parsed.data.paths.filter(isWorkspacePath), same).slice(0, MAX_RECENT_FILES)
          : [];
      } catch {
        paths = [];
      }
      return paths;
    },
    async add(path) {
      if (!isWorkspacePath(path)) return paths;
      return replace([path, ...paths.filter((p) => !same(p, path))].slice(0, MAX_RECENT_FILES));
    },
    async prune() {
      const checked = paths;
      const present = await Promise.all(checked.map(exists));
      const missing = checked.filter((_, i) => !present[i]);
      // Filter the list as it is now: an add may have landed while the files were checked.
      return missing.length === 0 ? paths : replace(paths.filter((p) => !missing.includes(p)));
    },
    remove: (path) => replace(paths.filter((p) => !same(p, path))),
    clear: () => replace([]),
    has: (path) => paths.some((p) => same(p, path)),
  };
}

function dedupe(paths: readonly string[], same: (a: string, b: string) => boolean): string[] {
  const out: string[] = [];
  for (const p of paths) if (!out.some((q) => same(p, q))) out.push(p);
  return out;
}
