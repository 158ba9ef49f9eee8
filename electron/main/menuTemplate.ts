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
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'reload' },
      ...(isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
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
    { role: 'editMenu' },
    view,
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
  ];
}
