// @vitest-environment jsdom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/ipc/menuCommands';
import { buildMenuTemplate } from '../../../electron/main/menuTemplate';
import { commandForMenu } from '../../../renderer/src/commands/registry';

/** Every id the native menu sends when each of its items is clicked, on each platform. */
function sentIds(): Set<MenuCommand> {
  const sent = new Set<MenuCommand>();
  const visit = (items: readonly MenuItemConstructorOptions[]): void => {
    for (const item of items) {
      // click's Electron arguments are unused by the app's items.
      (item.click as (() => void) | undefined)?.();
      if (Array.isArray(item.submenu)) visit(item.submenu);
    }
  };
  for (const platform of ['win32', 'darwin', 'linux'] as const) {
    visit(
      buildMenuTemplate({
        platform,
        isPackaged: false,
        sendCommand: (id) => sent.add(id),
        recentFiles: ['/tmp/a.ccgm'],
      }),
    );
  }
  return sent;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the native menu and the command registry', () => {
  it('every command the main process’s menu sends is one the registry runs', () => {
    const sent = sentIds();
    expect(sent.size).toBeGreaterThanOrEqual(10);
    for (const id of sent) expect(commandForMenu(id)?.menuId, id).toBe(id);
  });

  it('every menu id of the shared list names a registry command', () => {
    for (const id of Object.values(MENU_COMMANDS)) expect(commandForMenu(id), id).toBeDefined();
  });

  it('the renderer has one keydown listener on the window: the key dispatcher’s', () => {
    // Tests run from the repository's root.
    const root = join(process.cwd(), 'renderer', 'src');
    const listening = sourceFiles(root).filter((file) =>
      /window\.addEventListener\(\s*['"]keydown['"]/.test(readFileSync(file, 'utf8')),
    );
    expect(listening.map((file) => file.slice(root.length + 1))).toEqual([
      'commands/keyDispatcher.ts',
    ]);
  });
});
