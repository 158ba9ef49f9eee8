import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../../electron/common/menuCommands';
import { buildMenuTemplate } from '../../../electron/main/menuTemplate';

function items(menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(menu?.submenu) ? menu.submenu : [];
}

describe('buildMenuTemplate', () => {
  it('sends the open and save commands to the renderer from the File menu', () => {
    const sendCommand = vi.fn();
    const [file] = buildMenuTemplate({ platform: 'win32', isPackaged: true, sendCommand });
    const [open, save] = items(file);
    // click's Electron arguments are unused by our items.
    (open?.click as () => void)();
    (save?.click as () => void)();
    expect(sendCommand.mock.calls).toEqual([[MENU_COMMANDS.openWorkspace], [MENU_COMMANDS.saveWorkspaceAs]]);
    expect(items(file).at(-1)?.role).toBe('quit');
  });

  it('has File, Edit and View on Windows and Linux, with developer tools only when unpackaged', () => {
    const packaged = buildMenuTemplate({ platform: 'linux', isPackaged: true, sendCommand: () => {} });
    expect(packaged.map((m) => m.label ?? m.role)).toEqual(['&File', 'editMenu', '&View']);
    expect(items(packaged[2]).some((i) => i.role === 'toggleDevTools')).toBe(false);
    const dev = buildMenuTemplate({ platform: 'linux', isPackaged: false, sendCommand: () => {} });
    expect(items(dev[2]).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('adds the app and window menus on macOS', () => {
    const mac = buildMenuTemplate({ platform: 'darwin', isPackaged: true, sendCommand: () => {} });
    expect(mac.map((m) => m.label ?? m.role)).toEqual(['appMenu', '&File', 'editMenu', '&View', 'windowMenu']);
  });
});
