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
    expect(packaged.map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View']);
    expect(items(packaged[2]).some((i) => i.role === 'toggleDevTools')).toBe(false);
    // Reload would drop the open document, so a packaged app does not offer it (nor Ctrl+R).
    expect(items(packaged[2]).some((i) => i.role === 'reload')).toBe(false);
    const dev = buildMenuTemplate({ platform: 'linux', isPackaged: false, sendCommand: () => {} });
    expect(items(dev[2]).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('adds the app and window menus on macOS', () => {
    const mac = buildMenuTemplate({ platform: 'darwin', isPackaged: true, sendCommand: () => {} });
    expect(mac.map((m) => m.label ?? m.role)).toEqual(['appMenu', '&File', '&Edit', '&View', 'windowMenu']);
  });

  it('leaves editing keys to the page and sends Undo/Redo to the document history', () => {
    const sendCommand = vi.fn();
    const [, edit] = buildMenuTemplate({ platform: 'win32', isPackaged: true, sendCommand });
    const entries = items(edit).filter((i) => i.type !== 'separator');
    // A registered accelerator would swallow Ctrl+Z/C/V/A before the canvas's shortcuts see them.
    expect(entries.every((i) => i.registerAccelerator === false)).toBe(true);
    expect(entries.map((i) => i.accelerator ?? i.role)).toEqual(['CmdOrCtrl+Z', 'Ctrl+Y', 'cut', 'copy', 'paste', 'selectAll']);
    (entries[0]?.click as () => void)();
    (entries[1]?.click as () => void)();
    expect(sendCommand.mock.calls).toEqual([[MENU_COMMANDS.undo], [MENU_COMMANDS.redo]]);
  });
});
