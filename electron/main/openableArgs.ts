/**
 * Which command-line arguments are files to open. The OS passes the file a user double-clicked
 * as an argument (Windows, Linux), or a file:// URL (a Linux .desktop entry's %U); Electron and
 * Chromium add switches of their own (a second instance's argv can carry --allow-file-access…,
 * --original-process-start-time=…), and in development argv[1] is the app's folder. Pure.
 */
import { extname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Extensions the app opens from the OS: workspaces and practice lists. */
export const OPENABLE_EXTENSIONS = ['.ccgm', '.csv'] as const;

export interface ArgvOptions {
  /**
   * True when running as `electron <app>` (development: process.defaultApp), where argv[1] is the
   * app path; false in a packaged app, where argv[1] is already the user's first argument.
   */
  readonly defaultApp: boolean;
  /** Folder relative paths are resolved against (the launching shell's working directory). */
  readonly cwd: string;
}

/** Absolute paths of the .ccgm/.csv files named in `argv`, in order, without duplicates. */
export function openableFilesFromArgv(
  argv: readonly string[],
  { defaultApp, cwd }: ArgvOptions,
): string[] {
  const files: string[] = [];
  let afterDoubleDash = false;
  for (const arg of argv.slice(defaultApp ? 2 : 1)) {
    if (!afterDoubleDash && arg === '--') {
      afterDoubleDash = true;
      continue;
    }
    // Switches (ours, Electron's, Chromium's; macOS's old -psn_…) are never files.
    if (!afterDoubleDash && arg.startsWith('-')) continue;
    const path = toPath(arg, cwd);
    if (path !== undefined && isOpenableFile(path) && !files.includes(path)) files.push(path);
  }
  return files;
}

/** True for a path ending in .ccgm or .csv (any case). */
export function isOpenableFile(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return (OPENABLE_EXTENSIONS as readonly string[]).includes(ext);
}

function toPath(arg: string, cwd: string): string | undefined {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return undefined; // a file URL for another host, or malformed
    }
  }
  // Any other URL scheme (https:, a custom protocol) is not a file the user asked to open.
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return undefined;
  if (arg.trim() === '') return undefined;
  return isAbsolute(arg) ? resolve(arg) : resolve(cwd, arg);
}
