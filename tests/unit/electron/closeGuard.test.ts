import type { MessageBoxOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CLOSE_BUTTONS,
  createCloseGuard,
  createFlushBroker,
  type FlushAnswer,
} from '../../../electron/main/closeGuard';

// Closing the desktop window: main asks the page to save and waits (at most 3 s) before the
// window may close; if saving failed or timed out, the user chooses. The page is a fake that
// answers through the broker as the preload does; the message box is a fake that records what
// it was asked and clicks a button.

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setUp(
  page: (requestId: string, broker: ReturnType<typeof createFlushBroker>) => void,
  click: (typeof CLOSE_BUTTONS)[number] = 'Cancel',
) {
  const boxes: MessageBoxOptions[] = [];
  const saveCopy = vi.fn();
  const broker = createFlushBroker({ send: (id) => page(id, broker), timeoutMs: 3000 });
  const guard = createCloseGuard({
    flush: () => broker.request(),
    showMessageBox: async (options) => {
      boxes.push(options);
      return { response: CLOSE_BUTTONS.indexOf(click) };
    },
    saveCopy,
  });
  return { guard, broker, boxes, saveCopy };
}

describe('closing the window', () => {
  it('closes once the page says everything is saved, without asking', async () => {
    const { guard, boxes } = setUp(
      (id, broker) => void setTimeout(() => void broker.receive({ requestId: id, ok: true }), 200),
    );
    const decision = guard.decide();
    await vi.advanceTimersByTimeAsync(200);
    expect(await decision).toBe('close');
    expect(boxes).toEqual([]);
  });

  it('asks when the page has not answered after 3 seconds; Cancel keeps the window open', async () => {
    const { guard, boxes } = setUp(() => undefined, 'Cancel');
    const decision = guard.decide();
    await vi.advanceTimersByTimeAsync(2999);
    expect(boxes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(await decision).toBe('stay');
    expect(boxes).toHaveLength(1);
    expect(boxes[0]).toMatchObject({
      type: 'warning',
      message: 'Your latest changes may not be saved',
      buttons: ['Save a copy…', 'Close anyway', 'Cancel'],
      cancelId: 2,
    });
    expect(boxes[0]?.detail).toContain('did not finish saving within a few seconds');
  });

  it('asks when saving failed, saying why; Close anyway closes', async () => {
    const { guard, boxes } = setUp(
      (id, broker) =>
        void broker.receive({ requestId: id, ok: false, error: 'QuotaExceededError' }),
      'Close anyway',
    );
    expect(await guard.decide()).toBe('close');
    expect(boxes[0]?.detail).toBe(
      'Saving failed: QuotaExceededError If you close now, they may be lost. Save a copy to a file to keep them.',
    );
  });

  it('Save a copy… starts Save as… in the page and keeps the window open', async () => {
    const { guard, saveCopy } = setUp(
      (id, broker) => void broker.receive({ requestId: id, ok: false }),
      'Save a copy…',
    );
    expect(await guard.decide()).toBe('stay');
    expect(saveCopy).toHaveBeenCalledTimes(1);
  });

  it('a second close while the first is decided shares its answer: one request, one question', async () => {
    const sent: string[] = [];
    const { guard, boxes } = setUp((id) => void sent.push(id), 'Cancel');
    const first = guard.decide();
    const second = guard.decide();
    await vi.advanceTimersByTimeAsync(3000);
    expect(await first).toBe('stay');
    expect(await second).toBe('stay');
    expect(sent).toHaveLength(1);
    expect(boxes).toHaveLength(1);
  });
});

describe("the page's answer (IPC input)", () => {
  it('refuses a malformed answer, in words, and it settles nothing', async () => {
    let requestId = '';
    const { broker, guard, boxes } = setUp((id) => void (requestId = id), 'Cancel');
    const decision = guard.decide();
    await vi.advanceTimersByTimeAsync(0);
    for (const bad of [
      null,
      'ok',
      { requestId, ok: 'yes' },
      { requestId, ok: true, extra: 1 },
      { requestId: '', ok: true },
      { ok: true },
    ]) {
      const reply = await broker.receive(bad);
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.error).toMatch(/^Invalid request to report saving: /);
    }
    expect(await broker.receive({ requestId: 'flush-999', ok: true })).toEqual({
      ok: false,
      error: 'No save was asked for with this id (it may have timed out).',
    });
    await vi.advanceTimersByTimeAsync(3000);
    expect(await decision).toBe('stay');
    expect(boxes).toHaveLength(1);
  });

  it('an answer after the timeout is refused: the user has already been asked', async () => {
    let requestId = '';
    const { broker, guard } = setUp((id) => void (requestId = id), 'Close anyway');
    const decision = guard.decide();
    await vi.advanceTimersByTimeAsync(3000);
    expect(await decision).toBe('close');
    expect((await broker.receive({ requestId, ok: true })).ok).toBe(false);
  });

  it('a page that cannot be reached counts as a failed save', async () => {
    const broker = createFlushBroker({
      send: () => {
        throw new Error('the window is gone');
      },
    });
    const answer: FlushAnswer = await broker.request();
    expect(answer).toEqual({
      ok: false,
      error: 'The window could not be asked to save: the window is gone',
    });
  });
});
