/**
 * Starts Recommend in a Web Worker. Cancel ends the worker outright: a HiGHS solve cannot be
 * interrupted from outside, and nothing of a cancelled run is kept.
 */
import type { RecommendRequest, RecommendWorkerMessage } from './recommendMessages';

export interface RecommendRun {
  readonly cancel: () => void;
}

export function runRecommendWorker(
  request: RecommendRequest,
  onMessage: (message: RecommendWorkerMessage) => void,
): RecommendRun {
  const worker = new Worker(new URL('./recommendWorker.ts', import.meta.url), { type: 'module' });
  let ended = false;
  const end = (): void => {
    if (ended) return;
    ended = true;
    worker.terminate();
  };
  worker.onmessage = (event: MessageEvent<RecommendWorkerMessage>) => {
    if (ended) return;
    if (event.data.kind !== 'progress') end();
    onMessage(event.data);
  };
  worker.onerror = (event) => {
    if (ended) return;
    end();
    onMessage({ kind: 'failed', error: event.message || 'The solver stopped unexpectedly.' });
  };
  worker.postMessage(request);
  return { cancel: end };
}
