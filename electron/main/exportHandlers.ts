/**
 * Saving exported files (XLSX, PNG, SVG) as plain functions, like fileHandlers: Electron's dialog
 * and Node's fs come in as arguments, so unit tests and the e2e harness run the same code. This
 * module must not import 'electron' at runtime (that triggers Electron's binary download).
 */
import { basename } from 'node:path';
import type { FileFilter, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import {
  saveBinaryFileRequest,
  type ExportFileKind,
  type SaveBinaryFileResult,
} from '../../shared/ipc/bridge';
import { atomicWriteFile, type AtomicWriteFs, type AtomicWriteOptions } from './atomicWriteFile';
import { describeFsError } from './describeFsError';
import { describeInvalidRequest } from './describeInvalidRequest';

/** What each exported kind looks like in the save dialog. 'pdf' is the printed report's. */
export const EXPORT_KIND_DIALOGS: Readonly<
  Record<
    ExportFileKind | 'pdf',
    { readonly extension: string; readonly filterName: string; readonly saveTitle: string }
  >
> = {
  xlsx: { extension: 'xlsx', filterName: 'Excel workbook', saveTitle: 'Export workbook' },
  png: { extension: 'png', filterName: 'PNG picture', saveTitle: 'Export canvas picture' },
  svg: { extension: 'svg', filterName: 'SVG picture', saveTitle: 'Export canvas picture' },
  pdf: { extension: 'pdf', filterName: 'PDF document', saveTitle: 'Save report as PDF' },
};

export type SaveDialogKind = keyof typeof EXPORT_KIND_DIALOGS;

export interface ExportHandlerDeps {
  /** Usually `dialog.showSaveDialog` bound to the focused window. */
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  fs: AtomicWriteFs;
  atomicWrite?: AtomicWriteOptions;
}

export interface ExportHandlers {
  /** Validates `request`, asks the user where to save, writes the bytes crash-safely. Never throws. */
  saveBinaryFile(request: unknown): Promise<SaveBinaryFileResult>;
}

/** The suggested name with the kind's extension appended unless it already ends with it. */
export function withExportExtension(kind: SaveDialogKind, suggestedName: string): string {
  const ext = `.${EXPORT_KIND_DIALOGS[kind].extension}`;
  return suggestedName.toLowerCase().endsWith(ext) ? suggestedName : `${suggestedName}${ext}`;
}

function saveFilters(kind: SaveDialogKind): FileFilter[] {
  const d = EXPORT_KIND_DIALOGS[kind];
  return [{ name: d.filterName, extensions: [d.extension] }];
}

/**
 * Asks where to save `bytes` and writes them there atomically (an existing file is replaced
 * whole or not at all). Shared by saveBinaryFile and the PDF report.
 */
export async function saveBytesWithDialog(
  deps: ExportHandlerDeps,
  kind: SaveDialogKind,
  suggestedName: string,
  bytes: Uint8Array,
): Promise<SaveBinaryFileResult> {
  const defaultName = withExportExtension(kind, suggestedName);
  let filePath: string | undefined;
  try {
    const choice = await deps.showSaveDialog({
      title: EXPORT_KIND_DIALOGS[kind].saveTitle,
      defaultPath: defaultName,
      filters: saveFilters(kind),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    filePath = choice.canceled || !choice.filePath ? undefined : choice.filePath;
  } catch (error) {
    return { canceled: false, error: `Could not show the save dialog: ${describeFsError(error)}` };
  }
  if (filePath === undefined) return { canceled: true };

  const fileName = basename(filePath);
  try {
    await atomicWriteFile(deps.fs, filePath, bytes, deps.atomicWrite);
    return { canceled: false, fileName };
  } catch (error) {
    return { canceled: false, error: `Could not save "${fileName}": ${describeFsError(error)}` };
  }
}

export function createExportHandlers(deps: ExportHandlerDeps): ExportHandlers {
  return {
    async saveBinaryFile(request) {
      const parsed = saveBinaryFileRequest.safeParse(request);
      if (!parsed.success)
        return { canceled: false, error: describeInvalidRequest('export a file', parsed.error) };
      const { kind, suggestedName, bytes } = parsed.data;
      return saveBytesWithDialog(deps, kind, suggestedName, bytes);
    },
  };
}
