/**
 * Asks a tornado worker for tornadoes and hands back only the answer to the latest question: a
 * slow answer to a question since replaced (another CCG, another ±%) is dropped, never shown.
 */
import type { TornadoAnswer, TornadoRequest } from './tornadoMessages';

/** The part of a Worker the client uses (a test passes one that answers in-process). */
export interface TornadoPort {
  postMessage(request: TornadoRequest): void;
  onmessage: ((event: MessageEvent<TornadoAnswer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export type TornadoQuestion = Omit<TornadoRequest, 'seq'>;

export interface TornadoClient {
  /** Asks; `onAnswer` is called once, unless a later ask or close comes first. */
  ask(question: TornadoQuestion, onAnswer: (answer: TornadoAnswer) => void): void;
  /** Ends the worker; no answer is delivered after this. */
  close(): void;
}

export function createTornadoClient(makePort: () => TornadoPort): TornadoClient {
  let port: TornadoPort | null = null;
  let latest = 0;
  let deliver: ((answer: TornadoAnswer) => void) | null = null;

  const open = (): TornadoPort => {
    if (port) return port;
    const made = makePort();
    made.onmessage = (event) => {
      if (event.data.seq !== latest || !deliver) return;
      const to = deliver;
      deliver = null;
      to(event.data);
    };
    made.onerror = (event) => {
      // A worker that failed is started afresh for the next question.
      made.terminate();
      if (port === made) port = null;
      const to = deliver;
      deliver = null;
      to?.({
        seq: latest,
        kind: 'failed',
        error: event.message || 'The sensitivity could not be worked out.',
      });
    };
    port = made;
    return made;
  };

  return {
    ask(question, onAnswer) {
      latest += 1;
      deliver = onAnswer;
      open().postMessage({ ...question, seq: latest });
    },
    close() {
      deliver = null;
      port?.terminate();
      port = null;
    },
  };
}

/** The app's tornado worker, bundled with it (the worker-src 'self' of the CSP). */
export function tornadoWorker(): TornadoPort {
  return new Worker(new URL('./tornadoWorker.ts', import.meta.url), { type: 'module' });
}
