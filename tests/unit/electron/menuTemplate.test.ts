import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/ipc/menuCommands';
import {
  buildMenuTemplate,
  recentLabel,
  type MenuTemplateOptions,
} from '../../../electron/main/menuTemplate';

function items(menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(menu?.submenu) ? menu.submenu : [];
}
function byLabel(
  menu: MenuItemConstructorOptions | undefined,
  label: string,
): MenuItemConstructorOptions {
  const found = items(menu).find((i) => i.label === label);
  if (!found) throw new Error(`no item "${label}" in ${menu?.label ?? menu?.role}`);
  return found;
}
// click's Electron arguments are unused by our items.
const click = (item: MenuItemConstructorOptions): void => (item.click as () => void)();
const build = (options: Partial<MenuTemplateOptions> = {}) =>
  buildMenuTemplate({ platform: 'win32', isPackaged: true, sendCommand: () => {}, ...options });

describe('buildMenuTemplate', () => {
  it('lists every file command in order, with the standard accelerators', () => {
    const [file] = build();
    expect(
      items(file).map((i) =>
        i.type === 'separator'
          ? '—'
          : `${i.label ?? i.role}${i.accelerator ? ` [${i.accelerator}]` : ''}`,
      ),
    ).toEqual([
      '&New Workspace [CmdOrCtrl+N]',
      '&Library [CmdOrCtrl+Shift+L]',
      '—',
      '&Open Workspace… [CmdOrCtrl+O]',
      'Open &Recent',
      '&Import Practice List (CSV)…',
      '—',
      'Save &As… [CmdOrCtrl+Shift+S]',
      '&Export',
      '—',
      'His&tory…',
      '—',
      'E&xit',
    ]);
    expect(
      items(byLabel(file, '&Export')).map(
        (i) => `${i.label}${i.accelerator ? ` [${i.accelerator}]` : ''}`,
      ),
    ).toEqual([
      'Results as &CSV…',
      '&Workbook (XLSX)…',
      'Canvas as &SVG…',
      'Canvas as &PNG…',
      'PDF &Report… [CmdOrCtrl+P]',
    ]);
    // These accelerators are the menu's own: registered, so they work wherever the focus is.
    expect(items(file).every((i) => i.registerAccelerator === undefined)).toBe(true);
  });

  it('sends each file and export command to the renderer', () => {
    const sendCommand = vi.fn();
    const [file] = build({ sendCommand });
    const labels = [
      '&New Workspace',
      '&Library',
      '&Open Workspace…',
      '&Import Practice List (CSV)…',
      'Save &As…',
      'His&tory…',
    ];
    for (const label of labels) click(byLabel(file, label));
    for (const item of items(byLabel(file, '&Export'))) click(item);
    expect(sendCommand.mock.calls.map(([c]) => c)).toEqual([
      MENU_COMMANDS.newWorkspace,
      MENU_COMMANDS.showLibrary,
      MENU_COMMANDS.openWorkspace,
      MENU_COMMANDS.importCsv,
      MENU_COMMANDS.saveWorkspaceAs,
      MENU_COMMANDS.showHistory,
      MENU_COMMANDS.exportResultsCsv,
      MENU_COMMANDS.exportWorkbook,
      MENU_COMMANDS.exportCanvasSvg,
      MENU_COMMANDS.exportCanvasPng,
      MENU_COMMANDS.exportReportPdf,
    ]);
  });

  it('ends File with Exit on Windows, Quit on Linux and Close Window on macOS', () => {
    expect(items(build({ platform: 'win32' })[0]).at(-1)).toEqual({ role: 'quit', label: 'E&xit' });
    expect(items(build({ platform: 'linux' })[0]).at(-1)).toEqual({ role: 'quit', label: '&Quit' });
    expect(items(build({ platform: 'darwin' })[1]).at(-1)).toEqual({ role: 'close' });
  });

  it('lists recent workspaces newest first; choosing one opens that path', () => {
    const openRecent = vi.fn();
    const [file] = build({
      platform: 'linux',
      homeDir: '/home/ann',
      recentFiles: ['/home/ann/CCG/North.ccgm', '/srv/share/South.ccgm'],
      openRecent,
    });
    const recent = items(byLabel(file, 'Open &Recent'));
    expect(recent.map((i) => i.label ?? i.type)).toEqual([
      'North.ccgm — ~/CCG',
      'South.ccgm — /srv/share',
      'separator',
      '&Clear Recent',
    ]);
    click(recent[1] as MenuItemConstructorOptions);
    expect(openRecent).toHaveBeenCalledWith('/srv/share/South.ccgm');
  });

  it('offers Clear Recent, which clears the list', () => {
    const clearRecent = vi.fn();
    const [file] = build({ recentFiles: ['/a/One.ccgm'], clearRecent });
    const clear = items(byLabel(file, 'Open &Recent')).at(-1) as MenuItemConstructorOptions;
    expect(clear.enabled).toBe(true);
    click(clear);
    expect(clearRecent).toHaveBeenCalledOnce();
  });

  it('says so when there are no recent workspaces, with Clear Recent greyed out', () => {
    const [file] = build({ recentFiles: [] });
    const recent = items(byLabel(file, 'Open &Recent'));
    expect(recent.map((i) => [i.label ?? i.type, i.enabled])).toEqual([
      ['No recent workspaces', false],
      ['separator', undefined],
      ['&Clear Recent', false],
    ]);
  });

  it('has File, Edit and View on Windows and Linux, with developer tools only when unpackaged', () => {
    const packaged = build({ platform: 'linux' });
    expect(packaged.map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View']);
    expect(items(packaged[2]).some((i) => i.role === 'toggleDevTools')).toBe(false);
    // Reload would drop the open document, so a packaged app does not offer it (nor Ctrl+R).
    expect(items(packaged[2]).some((i) => i.role === 'reload')).toBe(false);
    const dev = build({ platform: 'linux', isPackaged: false });
    expect(items(dev[2]).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('adds the app and window menus on macOS', () => {
    const mac = build({ platform: 'darwin' });
    expect(mac.map((m) => m.label ?? m.role)).toEqual([
      'appMenu',
      '&File',
      '&Edit',
      '&View',
      'windowMenu',
    ]);
  });

  it('leaves editing keys to the page and sends Undo/Redo to the document history', () => {
    const sendCommand = vi.fn();
    const [, edit] = build({ sendCommand });
    const entries = items(edit).filter((i) => i.type !== 'separator');
    // A registered accelerator would swallow Ctrl+Z/C/V/A before the canvas's shortcuts see them.
    expect(entries.every((i) => i.registerAccelerator === false)).toBe(true);
    expect(entries.map((i) => i.accelerator ?? i.role)).toEqual([
      'CmdOrCtrl+Z',
      'Ctrl+Y',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    click(entries[0] as MenuItemConstructorOptions);
    click(entries[1] as MenuItemConstructorOptions);
    expect(sendCommand.mock.calls).toEqual([[MENU_COMMANDS.undo], [MENU_COMMANDS.redo]]);
  });
});

describe('recentLabel', () => {
  it('doubles "&" so a folder like "Finance & Contracts" is not read as a keyboard mnemonic', () => {
    expect(recentLabel('/data/Finance & Contracts/Plan.ccgm', 'linux')).toBe(
      'Plan.ccgm — /data/Finance && Contracts',
    );
  });

  it('shortens the home folder to ~ on macOS and Linux only', () => {
    expect(recentLabel('/Users/ann/Plan.ccgm', 'darwin', '/Users/ann')).toBe('Plan.ccgm — ~');
    expect(recentLabel('/Users/annie/Plan.ccgm', 'darwin', '/Users/ann')).toBe(
      'Plan.ccgm — /Users/annie',
    );
  });
});
