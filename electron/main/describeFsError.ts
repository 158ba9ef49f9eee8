/**
 * Turns a Node file-system error into words a commissioning analyst can act on. The raw message
 * ("EACCES: permission denied, open '/x'") leaks paths and jargon; the code is what matters.
 */

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'the file or its folder no longer exists',
  EACCES: 'you do not have permission to use this file',
  EPERM: 'the file is protected or in use by another program',
  EBUSY: 'the file is in use by another program',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'part of its path is not a folder',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is full',
  EROFS: 'the disk is read-only',
  EMFILE: 'too many files are open; close some programs and try again',
  ENAMETOOLONG: 'its name or path is too long',
};

/** The reason part of a message: "the disk is full", or a generic line carrying the error code. */
export function describeFsError(error: unknown): string {
  const code = errorCode(error);
  if (code !== undefined && REASONS[code] !== undefined) return REASONS[code];
  return code !== undefined
    ? `an unexpected error occurred (${code})`
    : 'an unexpected error occurred';
}

/** The `code` of a Node system error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string'
  ) {
    return error.code;
  }
  return undefined;
}
