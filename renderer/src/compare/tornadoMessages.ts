/**
 * What the window and the tornado worker say to each other, and the worker's answer itself (a
 * plain function, so the same code answers in the worker and wherever no worker can run).
 */
import type { Assumptions, Scenario } from '../../../shared/model/workspace';
import { tornado, type Tornado } from '../../../shared/sensitivity/tornado';

export interface TornadoRequest {
  /** Rises with every request: an answer carries it back, so a late answer to an old question is known. */
  readonly seq: number;
  readonly scenario: Scenario;
  readonly assumptions: Assumptions;
  readonly ccgId: string | null;
  readonly percent: number;
  /** The planning year; the first when left out, as tornado() does. */
  readonly yearId: string | undefined;
}

export type TornadoAnswer =
  | { readonly seq: number; readonly kind: 'done'; readonly tornado: Tornado }
  | { readonly seq: number; readonly kind: 'failed'; readonly error: string };

export function answerTornado(request: TornadoRequest): TornadoAnswer {
  try {
    const { scenario, assumptions, ccgId, percent, yearId } = request;
    return {
      seq: request.seq,
      kind: 'done',
      tornado: tornado(scenario, assumptions, ccgId, percent, yearId),
    };
  } catch (err) {
    return {
      seq: request.seq,
      kind: 'failed',
      error: err instanceof Error ? err.message : String(err),
    };
  }
}
