/**
 * Closing the window without losing edits. Before the window may close, main asks the page to
 * save everything pending (MAIN_EVENTS.flushRequest) and waits for its answer on
 * IPC_CHANNELS.flushResult, at most a few seconds. If saving failed, or the page did not answer
 * in time (hung, or its storage is stuck), the user chooses: save a copy to a file, close anyway,
 * or stay. Electron comes in through the arguments, so this runs in unit tests with fakes; it
 * must not import 'electron' at runtime.
 */
import type { MessageBoxOptions } from 'electron';
import { flushResult, type FlushOutcome } from '../../shared/ipc/bridge';
import { describeInvalidRequest } from './describeInvalidRequest';

/** How long the page has to save before the user is asked. */
export const FLUSH_TIMEOUT_MS = 3000;

/** The message box's buttons, in order (its response is the index). */
export const CLOSE_BUTTONS = ['Save a copy…', 'Close anyway', 'Cancel'] as const;
const SAVE_COPY = 0;
const CLOSE_ANYWAY = 1;
const CANCEL = 2;

export type FlushAnswer = FlushOutcome | { readonly ok: false; readonly timedOut: true };

export interface FlushBrokerDeps {
  /** Sends MAIN_EVENTS.flushRequest with this id to the window's page. */
  send(requestId: string): void;
  readonly timeoutMs?: number;
  /** Unique request ids; a counter unless a test wants its own. */
  newId?(): string;
}

export interface FlushBroker {
  /** Asks the page to save; resolves with its answer, or timedOut once the timeout has passed. */
  request(): Promise<FlushAnswer>;
  /**
   * The IPC handler of IPC_CHANNELS.flushResult: validates the payload and settles the request it
   * answers. An invalid payload or an unknown id changes nothing and is refused in words.
   */
  receive(
    payload: unknown,
  ): Promise<{ readonly ok: true } | { readonly ok: false; readonly error: string }>;
}

export function createFlushBroker(deps: FlushBrokerDeps): FlushBroker {
  const timeoutMs = deps.timeoutMs ?? FLUSH_TIMEOUT_MS;
  let counter = 0;
  const newId = deps.newId ?? (() => `flush-${++counter}`);
  const pending = new Map<string, (answer: FlushAnswer) => void>();
  return {
    request() {
      const requestId = newId();
      return new Promise<FlushAnswer>((resolve) => {
        const timer = setTimeout(() => settle({ ok: false, timedOut: true }), timeoutMs);
        function settle(answer: FlushAnswer): void {
          clearTimeout(timer);
          pending.delete(requestId);
          resolve(answer);
        }
        pending.set(requestId, settle);
        try {
          deps.send(requestId);
        } catch (error) {
          settle({
            ok: false,
            error: `The window could not be asked to save: ${error instanceof Error ? error.message : String(error)}`,
          });
        }
      });
    },
    async receive(payload) {
      let parsed: ReturnType<typeof flushResult.safeParse>;
      try {
        parsed = flushResult.safeParse(payload);
      } catch {
        // A payload whose property reads throw (a trapping proxy) is refused, never thrown through.
        return { ok: false, error: 'The answer to a save request could not be read.' };
      }
      if (!parsed.success)
        return { ok: false, error: describeInvalidRequest('report saving', parsed.error) };
      const settle = pending.get(parsed.data.requestId);
      if (!settle)
        return { ok: false, error: 'No save was asked for with this id (it may have timed out).' };
      const { requestId: _id, ...outcome } = parsed.data;
      settle(outcome);
      return { ok: true };
    },
  };
}

export interface CloseGuardDeps {
  readonly flush: () => Promise<FlushAnswer>;
  /** Usually dialog.showMessageBox bound to the closing window. */
  showMessageBox(options: MessageBoxOptions): Promise<{ readonly response: number }>;
  /** "Save a copy…": the page's Save as… (the window stays open meanwhile). */
  saveCopy(): void;
}

export type CloseDecision = 'close' | 'stay';

/** The message when edits could not be saved, saying why. */
export function closeWarning(answer: FlushAnswer): MessageBoxOptions {
  const why =
    'timedOut' in answer
      ? 'The window did not finish saving within a few seconds.'
      : `Saving failed${answer.error ? `: ${answer.error}` : '.'}`;
  return {
    type: 'warning',
    title: 'CCG Modeller',
    message: 'Your latest changes may not be saved',
    detail: `${why} If you close now, they may be lost. Save a copy to a file to keep them.`,
    buttons: [...CLOSE_BUTTONS],
    defaultId: SAVE_COPY,
    cancelId: CANCEL,
    noLink: true,
  };
}

/**
 * Decides whether a closing window may close: it may once the page says everything is saved;
 * otherwise the user chooses. One decision at a time: a second close while the first is being
 * decided waits for the same answer.
 */
export function createCloseGuard(deps: CloseGuardDeps): { decide(): Promise<CloseDecision> } {
  let deciding: Promise<CloseDecision> | null = null;
  const decideOnce = async (): Promise<CloseDecision> => {
    const answer = await deps.flush();
    if (answer.ok) return 'close';
    let response: number;
    try {
      ({ response } = await deps.showMessageBox(closeWarning(answer)));
    } catch {
      // No way to ask: a window that could never close would be worse than the risk.
      return 'close';
    }
    if (response === CLOSE_ANYWAY) return 'close';
    if (response === SAVE_COPY) deps.saveCopy();
    return 'stay';
  };
  return {
    decide() {
      deciding ??= decideOnce().finally(() => {
        deciding = null;
      });
      return deciding;
    },
  };
}
