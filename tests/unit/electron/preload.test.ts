// Runs electron/preload/index.ts against a fake 'electron', to check what the page is given:
// files the OS opened, validated, and held until the page listens.
// The real 'electron' must never be imported here (it would try to download its binary).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MAIN_EVENTS } from '../../../shared/ipc/bridge';
import type { DesktopBridge } from '../../../electron/preload/index';

const fake = vi.hoisted(() => {
  const state = {
    exposed: undefined as unknown,
    listeners: new Map<string, ((event: unknown, payload: unknown) => void)[]>(),
  };
  const electron = {
    contextBridge: { exposeInMainWorld: (_key: string, api: unknown) => (state.exposed = api) },
    ipcRenderer: {
      invoke: async () => undefined,
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
        state.listeners.set(channel, [...(state.listeners.get(channel) ?? []), listener]),
      removeListener: () => undefined,
    },
  };
  return { state, electron };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

/** Main sending on the file-opened channel. */
function mainSends(payload: unknown): void {
  for (const listener of fake.state.listeners.get(MAIN_EVENTS.fileOpened) ?? [])
    listener({ sender: 'secret' }, payload);
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

let bridge: DesktopBridge;
beforeAll(async () => {
  await import('../../../electron/preload/index');
  bridge = fake.state.exposed as DesktopBridge;
});

describe('the preload’s onOpenFile', () => {
  it('holds files sent before the page listens, and hands them over in order once it does', async () => {
    mainSends({ fileName: 'North.ccgm', text: '{}' });
    mainSends({ fileName: 'practices.csv', text: 'code\n' });
    const received: unknown[] = [];
    const stop = bridge.onOpenFile((file) => received.push(file));
    expect(received).toEqual([]); // not during the subscribe call itself
    await tick();
    expect(received).toEqual([
      { fileName: 'North.ccgm', text: '{}' },
      { fileName: 'practices.csv', text: 'code\n' },
    ]);
    stop();
  });

  it('delivers held files to whoever listens after a subscribe–unsubscribe–subscribe (React StrictMode)', async () => {
    mainSends({ fileName: 'South.ccgm', text: '{}' });
    const first = vi.fn();
    const second = vi.fn();
    bridge.onOpenFile(first)();
    const stop = bridge.onOpenFile(second);
    await tick();
    expect(first).not.toHaveBeenCalled();
    expect(second.mock.calls).toEqual([[{ fileName: 'South.ccgm', text: '{}' }]]);
    stop();
  });

  it('passes only { fileName, text } and drops anything malformed', async () => {
    const received: unknown[] = [];
    const stop = bridge.onOpenFile((file) => received.push(file));
    mainSends({ fileName: '../../etc/passwd', text: '' });
    mainSends({ fileName: 'a.ccgm', text: 42 });
    mainSends({ fileName: 'a.ccgm', text: '', path: '/secret' });
    mainSends('a.ccgm');
    mainSends({ fileName: 'ok.ccgm', text: 'x' });
    expect(received).toEqual([{ fileName: 'ok.ccgm', text: 'x' }]);
    stop();
    mainSends({ fileName: 'later.ccgm', text: '' });
    expect(received).toHaveLength(1); // unsubscribed
  });
});
