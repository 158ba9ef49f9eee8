/**
 * Reads a text file the user chose (in a dialog, from the OS or from Open Recent) with the checks
 * every such read needs: a regular file, under the size limit, valid UTF-8. Never throws: the
 * failure comes back as a sentence naming the file.
 */
import { basename } from 'node:path';
import type { FileKind } from '../../shared/ipc/bridge';
import { describeFsError } from './describeFsError';

/** The part of node:fs/promises a read uses. */
export interface ReadTextFileFs {
  stat(path: string): Promise<{ readonly size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

export type ReadTextFileResult =
  | { readonly ok: true; readonly fileName: string; readonly text: string }
  | { readonly ok: false; readonly fileName: string; readonly error: string };

export async function readTextFile(
  fs: ReadTextFileFs,
  filePath: string,
  kind: FileKind,
  maxBytes: number,
): Promise<ReadTextFileResult> {
  const fileName = basename(filePath);
  const fail = (reason: string): ReadTextFileResult => ({
    ok: false,
    fileName,
    error: `Could not read "${fileName}": ${reason}`,
  });
  const tooLarge = `file is larger than ${formatSize(maxBytes)}`;
  try {
    // Check the size before reading so a huge file is refused without filling memory.
    const stats = await fs.stat(filePath);
    if (!stats.isFile()) return fail('it is not a file');
    if (stats.size > maxBytes) return fail(tooLarge);
    const bytes = await fs.readFile(filePath);
    // The file may have grown between stat and read.
    if (bytes.byteLength > maxBytes) return fail(tooLarge);
    const text = decodeUtf8(bytes);
    if (text === undefined) return fail(notUtf8Reason(kind));
    return { ok: true, fileName, text };
  } catch (error) {
    return fail(describeFsError(error));
  }
}

/** UTF-8 text without a byte-order mark (Excel's "CSV UTF-8" adds one), or undefined if invalid. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    // fatal: a Windows-1252 CSV would otherwise load with "£" silently turned into "�".
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

function notUtf8Reason(kind: FileKind): string {
  return kind === 'csv'
    ? 'it is not UTF-8 text (in Excel, use Save As and choose "CSV UTF-8")'
    : 'it is not UTF-8 text, so it is not a CCG Modeller workspace';
}

/** "50 MB", "1.5 MB", "64 KB": the limit as a person would say it. */
export function formatSize(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : [bytes / 1024, 'KB'];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}
