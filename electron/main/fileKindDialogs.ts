/**
 * What each FileKind looks like in a native dialog: title, filters and extension. Kept apart from
 * the handlers so adding a kind (e.g. xlsx) is one table entry.
 */
import type { FileFilter } from 'electron';
import type { FileKind } from '../../shared/ipc/bridge';

export interface FileKindDialog {
  /** Extension without the dot, used for the filter and added to a suggested name that lacks it. */
  readonly extension: string;
  readonly filterName: string;
  readonly openTitle: string;
  readonly saveTitle: string;
}

export const FILE_KIND_DIALOGS: Readonly<Record<FileKind, FileKindDialog>> = {
  workspace: {
    extension: 'ccgm',
    filterName: 'CCG Modeller workspace',
    openTitle: 'Open workspace',
    saveTitle: 'Save workspace as',
  },
  csv: {
    extension: 'csv',
    filterName: 'CSV file',
    openTitle: 'Import CSV file',
    saveTitle: 'Export CSV file',
  },
};

/**
 * Filters for the open dialog: the kind's own first (the default), then "All files" so a user can
 * still pick a workspace that was renamed or a CSV saved as .txt; the content is validated anyway.
 */
export function openFilters(kind: FileKind): FileFilter[] {
  const d = FILE_KIND_DIALOGS[kind];
  return [
    { name: d.filterName, extensions: [d.extension] },
    { name: 'All files', extensions: ['*'] },
  ];
}

/** Filters for the save dialog: only the kind's own, so the dialog proposes the right extension. */
export function saveFilters(kind: FileKind): FileFilter[] {
  const d = FILE_KIND_DIALOGS[kind];
  return [{ name: d.filterName, extensions: [d.extension] }];
}

/** The suggested name with the kind's extension appended unless it already ends with it. */
export function withExtension(kind: FileKind, suggestedName: string): string {
  const ext = `.${FILE_KIND_DIALOGS[kind].extension}`;
  return suggestedName.toLowerCase().endsWith(ext) ? suggestedName : `${suggestedName}${ext}`;
}
