import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/ipc/bridge';
import {
  registerIpcHandlers,
  UNTRUSTED_SENDER_MESSAGE,
  type MainHandlers,
} from '../../../electron/main/ipcHandlers';

type Listener = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, ...args: unknown[]) => unknown;

const APP_URL = 'file:///app/out/renderer/index.html';

function setup(overrides: Partial<MainHandlers> = {}) {
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => {
      listeners.set(channel, listener);
    },
  } as unknown as Pick<IpcMain, 'handle'>; // the fake records listeners; Electron's typing of handle is wider
  const handlers: MainHandlers = {
    appInfo: vi.fn(async () => ({ version: '0.1.0', shell: 'electron' as const })),
    openTextFile: vi.fn(async () => ({ canceled: true as const })),
    saveTextFile: vi.fn(async () => ({ canceled: true as const })),
    saveBinaryFile: vi.fn(async () => ({ canceled: true as const })),
    printToPdf: vi.fn(async () => ({ canceled: true as const })),
    ...overrides,
  };
  registerIpcHandlers({ ipcMain, handlers, isTrustedSender: (frame) => frame?.url === APP_URL });
  const invoke = (channel: string, url: string | null, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    // Only senderFrame is read; a cast keeps the fake small.
    const event = { senderFrame: url === null ? null : { url, parent: null } } as unknown as Pick<
      IpcMainInvokeEvent,
      'senderFrame'
    >;
    return listener(event, ...args);
  };
  return { listeners, handlers, invoke };
}

describe('registerIpcHandlers', () => {
  it('registers exactly the bridge channels', () => {
    const { listeners } = setup();
    expect([...listeners.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('passes a trusted request through to its handler', async () => {
    const { handlers, invoke } = setup();
    await expect(invoke(IPC_CHANNELS.openTextFile, APP_URL, { kind: 'csv' })).resolves.toEqual({
      canceled: true,
    });
    expect(handlers.openTextFile).toHaveBeenCalledWith({ kind: 'csv' });
    await expect(invoke(IPC_CHANNELS.appInfo, APP_URL)).resolves.toEqual({
      version: '0.1.0',
      shell: 'electron',
    });
  });

  it('refuses a foreign sender with a result, without calling the handler', async () => {
    const { handlers, invoke } = setup();
    await expect(
      invoke(IPC_CHANNELS.saveTextFile, 'https://evil.example/', { kind: 'csv' }),
    ).resolves.toEqual({
      canceled: false,
      error: UNTRUSTED_SENDER_MESSAGE,
    });
    await expect(invoke(IPC_CHANNELS.openTextFile, null, { kind: 'csv' })).resolves.toMatchObject({
      canceled: false,
    });
    expect(handlers.saveTextFile).not.toHaveBeenCalled();
    expect(handlers.openTextFile).not.toHaveBeenCalled();
  });

  it("takes the page's save answer only from our own page", async () => {
    const flushResult = vi.fn(async () => ({ ok: true as const }));
    const { invoke } = setup({ flushResult });
    await expect(
      invoke(IPC_CHANNELS.flushResult, 'https://evil.example/', { requestId: 'flush-1', ok: true }),
    ).resolves.toEqual({ ok: false, error: UNTRUSTED_SENDER_MESSAGE });
    expect(flushResult).not.toHaveBeenCalled();
    await expect(
      invoke(IPC_CHANNELS.flushResult, APP_URL, { requestId: 'flush-1', ok: true }),
    ).resolves.toEqual({ ok: true });
    expect(flushResult).toHaveBeenCalledWith({ requestId: 'flush-1', ok: true });
  });

  it('rejects appInfo for a foreign sender (it has no error shape)', () => {
    const { handlers, invoke } = setup();
    expect(() => invoke(IPC_CHANNELS.appInfo, 'https://evil.example/')).toThrow(
      UNTRUSTED_SENDER_MESSAGE,
    );
    expect(handlers.appInfo).not.toHaveBeenCalled();
  });

  it('turns an unexpected throw into a readable result', async () => {
    const { invoke } = setup({ saveTextFile: async () => Promise.reject(new Error('boom')) });
    await expect(invoke(IPC_CHANNELS.saveTextFile, APP_URL, {})).resolves.toEqual({
      canceled: false,
      error: 'Unexpected error: boom',
    });
  });
});
