/**
 * Commands the native menu sends to the renderer. Main sends them with
 * `webContents.send(MENU_COMMAND_CHANNEL, command)`; the preload hands them to listeners registered
 * through `window.ccgBridge.onMenuCommand`. Pure, so the main process, the preload and the
 * renderer's command registry share one spelling.
 */

/** Channel for main → renderer menu events: renaming it breaks main and preload together. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

/** The commands the renderer should handle; it must ignore any string it does not know. */
export const MENU_COMMANDS = {
  openWorkspace: 'open-workspace',
  saveWorkspaceAs: 'save-workspace-as',
  /** The document's undo and redo (the renderer's history), not a text field's. */
  undo: 'undo',
  redo: 'redo',
  newWorkspace: 'new-workspace',
  showLibrary: 'show-library',
  showHistory: 'show-history',
  importCsv: 'import-csv',
  exportResultsCsv: 'export-results-csv',
  exportWorkbook: 'export-xlsx',
  exportCanvasSvg: 'export-svg',
  exportCanvasPng: 'export-png',
  exportReportPdf: 'export-pdf',
} as const;
export type MenuCommand = (typeof MENU_COMMANDS)[keyof typeof MENU_COMMANDS];
