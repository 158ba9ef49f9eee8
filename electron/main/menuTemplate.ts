/**
 * The native menu as data. Commands that need the renderer (new, open, save, import, export, …)
 * are sent to it as `menu:command` events, because the document lives in the renderer's store.
 * Open Recent is main's own: main reads the chosen file and sends it like an OS-opened file.
 * Type-only Electron import: index.ts turns this into a Menu.
 */
import { basename, dirname } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, type MenuCommand } from '../../shared/ipc/menuCommands';

export interface MenuTemplateOptions {
  readonly platform: NodeJS.Platform;
  /** Developer tools are offered only in an unpackaged (development) build. */
  readonly isPackaged: boolean;
  readonly sendCommand: (command: MenuCommand) => void;
  /** Open Recent's entries, newest first (paths of existing .ccgm files). */
  readonly recentFiles?: readonly string[];
  readonly openRecent?: (path: string) => void;
  readonly clearRecent?: () => void;
  /** The user's home folder, shown as "~" in Open Recent on macOS and Linux. */
  readonly homeDir?: string;
}

export function buildMenuTemplate({
  platform,
  isPackaged,
  sendCommand,
  recentFiles = [],
  openRecent = () => undefined,
  clearRecent = () => undefined,
  homeDir,
}: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (
    label: string,
    cmd: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => sendCommand(cmd),
  });
  const recent: MenuItemConstructorOptions = {
    label: 'Open &Recent',
    submenu: [
      ...(recentFiles.length === 0
        ? [{ label: 'No recent workspaces', enabled: false }]
        : recentFiles.map((path) => ({
            label: recentLabel(path, platform, homeDir),
            click: () => openRecent(path),
          }))),
      { type: 'separator' },
      { label: '&Clear Recent', enabled: recentFiles.length > 0, click: () => clearRecent() },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('&New Workspace', MENU_COMMANDS.newWorkspace, 'CmdOrCtrl+N'),
      command('&Library', MENU_COMMANDS.showLibrary, 'CmdOrCtrl+Shift+L'),
      { type: 'separator' },
      command('&Open Workspace…', MENU_COMMANDS.openWorkspace, 'CmdOrCtrl+O'),
      recent,
      command('&Import Practice List (CSV)…', MENU_COMMANDS.importCsv),
      { type: 'separator' },
      command('Save &As…', MENU_COMMANDS.saveWorkspaceAs, 'CmdOrCtrl+Shift+S'),
      {
        label: '&Export',
        submenu: [
          command('Results as &CSV…', MENU_COMMANDS.exportResultsCsv),
          command('&Workbook (XLSX)…', MENU_COMMANDS.exportWorkbook),
          command('Canvas as &SVG…', MENU_COMMANDS.exportCanvasSvg),
          command('Canvas as &PNG…', MENU_COMMANDS.exportCanvasPng),
          command('PDF &Report…', MENU_COMMANDS.exportReportPdf, 'CmdOrCtrl+P'),
        ],
      },
      { type: 'separator' },
      command('His&tory…', MENU_COMMANDS.showHistory),
      { type: 'separator' },
      // On macOS Quit lives in the app menu; "Close Window" is the File menu's last item there.
      isMac ? { role: 'close' } : { role: 'quit', label: platform === 'win32' ? 'E&xit' : '&Quit' },
    ],
  };
  // The editor handles these keys itself (canvas shortcuts; text fields natively), so the menu
  // shows the accelerators without registering them: a registered accelerator would swallow the
  // keystroke before the page sees it. Undo/Redo clicks go to the document's history.
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      {
        label: 'Undo',
        accelerator: 'CmdOrCtrl+Z',
        registerAccelerator: false,
        click: () => sendCommand(MENU_COMMANDS.undo),
      },
      {
        label: 'Redo',
        accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y',
        registerAccelerator: false,
        click: () => sendCommand(MENU_COMMANDS.redo),
      },
      { type: 'separator' },
      { role: 'cut', registerAccelerator: false },
      { role: 'copy', registerAccelerator: false },
      { role: 'paste', registerAccelerator: false },
      { role: 'selectAll', registerAccelerator: false },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      // Reloading drops the open document (nothing autosaves yet): only for development.
      ...(isPackaged ? [] : [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const]),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    edit,
    view,
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
  ];
}

/**
 * "Northshire.ccgm — ~/Documents/CCG": the name first (what the user looks for), then the folder,
 * since two workspaces in different folders may share a name. "&" is doubled: a single one would
 * be taken as a keyboard mnemonic and vanish.
 */
export function recentLabel(path: string, platform: NodeJS.Platform, homeDir?: string): string {
  let folder = dirname(path);
  if (homeDir && platform !== 'win32' && (folder === homeDir || folder.startsWith(`${homeDir}/`))) {
    folder = `~${folder.slice(homeDir.length)}`;
  }
  return `${basename(path)} — ${folder}`.replaceAll('&', '&&');
}
