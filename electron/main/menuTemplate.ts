/**
 * The native menu as data. Commands that need the renderer (open, save) are sent to it as
 * `menu:command` events, because the document lives in the renderer's store. Type-only Electron
 * import: index.ts turns this into a Menu.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, type MenuCommand } from '../common/menuCommands';

export interface MenuTemplateOptions {
  readonly platform: NodeJS.Platform;
  /** Developer tools are offered only in an unpackaged (development) build. */
  readonly isPackaged: boolean;
  readonly sendCommand: (command: MenuCommand) => void;
}

export function buildMenuTemplate({ platform, isPackaged, sendCommand }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Open workspace…', accelerator: 'CmdOrCtrl+O', click: () => sendCommand(MENU_COMMANDS.openWorkspace) },
      { label: 'Save workspace as…', accelerator: 'CmdOrCtrl+Shift+S', click: () => sendCommand(MENU_COMMANDS.saveWorkspaceAs) },
      { type: 'separator' },
      // On macOS Quit lives in the app menu; "Close window" is the File menu's last item there.
      isMac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
    ],
  };
  // The editor handles these keys itself (canvas shortcuts; text fields natively), so the menu
  // shows the accelerators without registering them: a registered accelerator would swallow the
  // keystroke before the page sees it. Undo/Redo clicks go to the document's history.
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => sendCommand(MENU_COMMANDS.undo) },
      { label: 'Redo', accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y', registerAccelerator: false, click: () => sendCommand(MENU_COMMANDS.redo) },
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
