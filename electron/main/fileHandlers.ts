/**
 * The open/save bridge calls as plain functions. Electron's dialog and Node's fs come in as
 * arguments, so the same code runs in the main process, in unit tests with fakes, and in the e2e
 * harness wired to a page. This module must not import 'electron' at runtime: importing it
 * outside the main process triggers Electron's binary download.
 */
import { basename } from 'node:path';
import type {
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import {
  MAX_TEXT_FILE_BYTES,
  openTextFileRequest,
  saveTextFileRequest,
  type OpenTextFileResult,
  type SaveTextFileResult,
} from '../../shared/ipc/bridge';
import { atomicWriteFile, type AtomicWriteFs, type AtomicWriteOptions } from './atomicWriteFile';
import { describeFsError } from './describeFsError';
import { describeInvalidRequest } from './describeInvalidRequest';
import { FILE_KIND_DIALOGS, openFilters, saveFilters, withExtension } from './fileKindDialogs';
import { formatSize, readTextFile, type ReadTextFileFs } from './readTextFile';

/** The part of node:fs/promises the handlers use. */
export interface FileHandlerFs extends AtomicWriteFs, ReadTextFileFs {
  stat(path: string): Promise<{ readonly mode: number; readonly size: number; isFile(): boolean }>;
}

export interface FileHandlerDeps {
  /** Usually `dialog.showOpenDialog` bound to the focused window. */
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  /** Usually `dialog.showSaveDialog` bound to the focused window. */
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  fs: FileHandlerFs;
  /** Limit on a file's size in bytes; MAX_TEXT_FILE_BYTES unless a test wants a small one. */
  maxBytes?: number;
  atomicWrite?: AtomicWriteOptions;
  /**
   * Told the path of each workspace the user opened or saved through a dialog (for Open Recent).
   * Called only after the read or write succeeded.
   */
  onWorkspaceChosen?(filePath: string): void;
}

export interface FileHandlers {
  /** Validates `request`, asks the user for a file, reads it as UTF-8 text. Never throws. */
  openTextFile(request: unknown): Promise<OpenTextFileResult>;
  /** Validates `request`, asks the user where to save, writes crash-safely. Never throws. */
  saveTextFile(request: unknown): Promise<SaveTextFileResult>;
}

export function createFileHandlers(deps: FileHandlerDeps): FileHandlers {
  const maxBytes = deps.maxBytes ?? MAX_TEXT_FILE_BYTES;
  const tooLarge = `larger than ${formatSize(maxBytes)}`;

  async function openTextFile(request: unknown): Promise<OpenTextFileResult> {
    const parsed = openTextFileRequest.safeParse(request);
    if (!parsed.success)
      return { canceled: false, error: describeInvalidRequest('open a file', parsed.error) };
    const { kind } = parsed.data;

    let filePath: string | undefined;
    try {
      const choice = await deps.showOpenDialog({
        title: FILE_KIND_DIALOGS[kind].openTitle,
        properties: ['openFile'],
        filters: openFilters(kind),
      });
      filePath = choice.canceled ? undefined : choice.filePaths[0];
    } catch (error) {
      return {
        canceled: false,
        error: `Could not show the open dialog: ${describeFsError(error)}`,
      };
    }
    if (filePath === undefined) return { canceled: true };

    const read = await readTextFile(deps.fs, filePath, kind, maxBytes);
    if (!read.ok) return { canceled: false, error: read.error };
    if (kind === 'workspace') deps.onWorkspaceChosen?.(filePath);
    return { canceled: false, fileName: read.fileName, text: read.text };
  }

  async function saveTextFile(request: unknown): Promise<SaveTextFileResult> {
    const parsed = saveTextFileRequest.safeParse(request);
    if (!parsed.success)
      return { canceled: false, error: describeInvalidRequest('save a file', parsed.error) };
    const { kind, suggestedName, text } = parsed.data;
    const defaultName = withExtension(kind, suggestedName);

    // The schema limits characters; the limit that matters on disk is bytes. Refuse before the
    // dialog so the user is not asked where to save something that will then fail.
    if (Buffer.byteLength(text, 'utf8') > maxBytes) {
      return {
        canceled: false,
        error: `Could not save "${defaultName}": the file would be ${tooLarge}`,
      };
    }

    let filePath: string | undefined;
    try {
      const choice = await deps.showSaveDialog({
        title: FILE_KIND_DIALOGS[kind].saveTitle,
        defaultPath: defaultName,
        filters: saveFilters(kind),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      filePath = choice.canceled || !choice.filePath ? undefined : choice.filePath;
    } catch (error) {
      return {
        canceled: false,
        error: `Could not show the save dialog: ${describeFsError(error)}`,
      };
    }
    if (filePath === undefined) return { canceled: true };

    const fileName = basename(filePath);
    try {
      await atomicWriteFile(deps.fs, filePath, text, deps.atomicWrite);
      if (kind === 'workspace') deps.onWorkspaceChosen?.(filePath);
      return { canceled: false, fileName };
    } catch (error) {
      return { canceled: false, error: `Could not save "${fileName}": ${describeFsError(error)}` };
    }
  }

  return { openTextFile, saveTextFile };
}
