/**
 * The Web Worker that runs Recommend, so HiGHS's solves never block the window. HiGHS's
 * WebAssembly is bundled with the app (the ?url import) and loaded from it: nothing is fetched
 * from anywhere else. Messages: in, a RecommendRequest; out, progress and then the outcome.
 */
import loadHighs from 'highs';
import highsWasmUrl from 'highs/runtime?url';
import { highsLpSolver } from '../../../shared/recommend/lpSolver';
import { recommend } from '../../../shared/recommend/recommend';
import type { RecommendRequest, RecommendWorkerMessage } from './recommendMessages';

const post = (message: RecommendWorkerMessage): void => {
  (self as unknown as { postMessage(m: RecommendWorkerMessage): void }).postMessage(message);
};

self.onmessage = (event: MessageEvent<RecommendRequest>) => {
  const { workspace, scenarioId, options } = event.data;
  post({ kind: 'progress', progress: { round: 0, maxRounds: 1, message: 'Loading the solver…' } });
  loadHighs({ locateFile: () => highsWasmUrl })
    .then((highs) => {
      const outcome = recommend(workspace, scenarioId, options, highsLpSolver(highs), {
        onProgress: (progress) => post({ kind: 'progress', progress }),
        // Never leave the dialog waiting on a hard programme: the best answer found by then is
        // shown, marked as not proved the best.
        timeLimitSeconds: 120,
      });
      post({ kind: 'done', outcome });
    })
    .catch((err: unknown) =>
      post({ kind: 'failed', error: err instanceof Error ? err.message : String(err) }),
    );
};
