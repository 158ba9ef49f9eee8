import { useEffect, useMemo, useRef, useState } from 'react';
import type { Assumptions, Scenario } from '../../../shared/model/workspace';
import { tornado, type Tornado } from '../../../shared/sensitivity/tornado';
import {
  createTornadoClient,
  tornadoWorker,
  type TornadoClient,
  type TornadoPort,
} from './tornadoClient';

export type TornadoState =
  | { readonly kind: 'ready'; readonly tornado: Tornado }
  | { readonly kind: 'working' }
  | { readonly kind: 'failed'; readonly error: string };

interface Answered {
  readonly inputs: readonly unknown[];
  readonly state: TornadoState;
}

const sameInputs = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * The tornado of `scenario` (or of one CCG in it). A whole scenario is costed some eighty times —
 * hundreds of milliseconds at England's scale — so it is worked out in a Web Worker and the
 * window stays responsive meanwhile; one CCG's tornado costs only that CCG and its partners, so
 * it is worked out at once. Where no worker can run, the whole scenario is worked out at once too.
 */
export function useTornado(
  scenario: Scenario | undefined,
  assumptions: Assumptions,
  ccgId: string | null,
  percent: number,
  yearId: string | undefined,
  makePort: (() => TornadoPort) | null = typeof Worker === 'undefined' ? null : tornadoWorker,
): TornadoState | null {
  const inWorker = ccgId === null && makePort !== null;
  const here = useMemo<TornadoState | null>(
    () =>
      scenario && !inWorker
        ? { kind: 'ready', tornado: tornado(scenario, assumptions, ccgId, percent, yearId) }
        : null,
    [scenario, assumptions, ccgId, percent, yearId, inWorker],
  );

  const client = useRef<TornadoClient | null>(null);
  useEffect(
    () => () => {
      client.current?.close();
      client.current = null;
    },
    [],
  );
  const [answered, setAnswered] = useState<Answered | null>(null);
  const inputs = [scenario, assumptions, ccgId, percent, yearId];
  useEffect(() => {
    if (!scenario || !inWorker || !makePort) return;
    client.current ??= createTornadoClient(makePort);
    const asked = [scenario, assumptions, ccgId, percent, yearId];
    client.current.ask({ scenario, assumptions, ccgId, percent, yearId }, (answer) => {
      setAnswered({
        inputs: asked,
        state: answer.kind === 'done' ? { kind: 'ready', tornado: answer.tornado } : answer,
      });
    });
  }, [scenario, assumptions, ccgId, percent, yearId, inWorker, makePort]);

  if (!scenario) return null;
  if (!inWorker) return here;
  // An answer shows only for the question it answers: until then, say it is being worked out.
  return answered && sameInputs(answered.inputs, inputs) ? answered.state : { kind: 'working' };
}
