/**
 * Comparing file:// URLs the way Chromium produces them with the ones we compute with
 * pathToFileURL. They can differ in spelling without naming a different file: Chromium upper-cases
 * a Windows drive letter and may percent-encode differently; a hash or query (client-side routing)
 * does not change the file. Pure, so the security checks built on it are unit-tested.
 */

export interface FileUrlOptions {
  /** True on Windows, where paths are case-insensitive (and Chromium changes the drive letter). */
  readonly caseInsensitive: boolean;
}

/**
 * A comparable key for a file: URL (host + decoded path), or undefined when the URL is not a
 * file: URL or is spelt in a way we refuse to reason about (encoded separators or dot segments
 * that survive parsing, NUL bytes).
 */
export function fileUrlKey(url: string, options: FileUrlOptions): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'file:') return undefined;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  // The URL parser already resolved "..", so any left after decoding came from %2F or %5C:
  // refuse it rather than guess how the OS would resolve it.
  if (path.includes('\\') || path.includes('\0') || /(^|\/)\.\.?(\/|$)/.test(path))
    return undefined;
  const host = parsed.host === 'localhost' ? '' : parsed.host; // file://server/share on Windows UNC paths
  const key = `//${host}${path}`;
  return options.caseInsensitive ? key.toLowerCase() : key;
}

/** True when both URLs name the same file (ignoring hash and query). */
export function isSameFileUrl(
  candidate: string,
  expected: string,
  options: FileUrlOptions,
): boolean {
  const a = fileUrlKey(candidate, options);
  return a !== undefined && a === fileUrlKey(expected, options);
}

/** True when `candidate` is a file inside the folder `folderUrl` (at any depth). */
export function isFileUrlInside(
  candidate: string,
  folderUrl: string,
  options: FileUrlOptions,
): boolean {
  const file = fileUrlKey(candidate, options);
  const folder = fileUrlKey(folderUrl, options);
  if (file === undefined || folder === undefined) return false;
  const prefix = folder.endsWith('/') ? folder : `${folder}/`;
  return file.startsWith(prefix) && file.length > prefix.length;
}
