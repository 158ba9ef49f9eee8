// @vitest-environment jsdom
import { act, cleanup, render, screen, within, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../shared/model/workspace';
import { TornadoChart } from '../../renderer/src/charts/TornadoChart';
import { createTornadoClient, type TornadoPort } from '../../renderer/src/compare/tornadoClient';
import {
  answerTornado,
  type TornadoAnswer,
  type TornadoRequest,
} from '../../renderer/src/compare/tornadoMessages';
import { assumptionsWith, buildWorkspace, ccg, fn } from '../unit/helpers/buildWorkspace';

// One function at £2.00 a head, e = 0: Ashby (100,000) costs 600,000 + 8·100,000 + 2·100,000 =
// £1.6m and Barford (200,000) £2.6m, so the whole scenario is £4.2m / 300,000 = £14.00 a head.
// Core £8 a head ±20% moves it ±£1.60: £12.40 / £15.60, the largest swing (£3.20).
const assumptions = assumptionsWith([fn('bi', 2, 0)]);
const workspace = buildWorkspace(
  [
    {
      id: 'now',
      name: 'Now',
      nodes: [
        ccg('ccg-a', 'Ashby CCG', { population: 100_000 }),
        ccg('ccg-b', 'Barford CCG', { population: 200_000 }),
      ],
    },
  ],
  assumptions,
);
const scenario = workspace.scenarios[0] as Scenario;
const yearId = assumptions.years[0]?.id ?? '';

/** A worker stand-in: holds each request until the test answers it, with the worker's own answer. */
function heldPort() {
  const held: TornadoRequest[] = [];
  const port: TornadoPort & { terminated: boolean } = {
    onmessage: null,
    onerror: null,
    terminated: false,
    postMessage: (request) => {
      held.push(request);
    },
    terminate: () => {
      port.terminated = true;
    },
  };
  const answer = (request: TornadoRequest) =>
    port.onmessage?.({ data: answerTornado(request) } as MessageEvent<TornadoAnswer>);
  return { port, held, answer };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the tornado worker protocol', () => {
  it('answers a whole scenario with its figures, and drops a late answer to a replaced question', () => {
    const { port, held, answer } = heldPort();
    const client = createTornadoClient(() => port);
    const answers: TornadoAnswer[] = [];
    client.ask({ scenario, assumptions, ccgId: null, percent: 10, yearId }, (a) => answers.push(a));
    client.ask({ scenario, assumptions, ccgId: null, percent: 20, yearId }, (a) => answers.push(a));
    const [first, second] = held;
    if (!first || !second) throw new Error('Both questions should reach the worker.');
    expect(second.seq).toBeGreaterThan(first.seq);
    // The newer question is answered first; the older one's answer arrives late and is dropped.
    answer(second);
    answer(first);
    expect(answers).toHaveLength(1);
    const [only] = answers;
    if (only?.kind !== 'done') throw new Error('Expected a tornado.');
    expect(only.tornado.percent).toBe(20);
    expect(only.tornado.basePerHead).toBeCloseTo(14, 10);
    expect(only.tornado.bars[0]?.path).toBe('core.perHead');
    expect(only.tornado.bars[0]?.lowPerHead).toBeCloseTo(12.4, 10);
    expect(only.tornado.bars[0]?.highPerHead).toBeCloseTo(15.6, 10);
  });

  it('delivers nothing after close, ends the worker, and reports a failed sum', () => {
    const { port, held, answer } = heldPort();
    const client = createTornadoClient(() => port);
    const answers: TornadoAnswer[] = [];
    client.ask({ scenario, assumptions, ccgId: null, percent: 0, yearId }, (a) => answers.push(a));
    answer(held[0] as TornadoRequest);
    expect(answers[0]).toMatchObject({
      kind: 'failed',
      error: expect.stringMatching(/more than 0% and at most 100%/),
    });
    client.ask({ scenario, assumptions, ccgId: null, percent: 20, yearId }, (a) => answers.push(a));
    client.close();
    answer(held[1] as TornadoRequest);
    expect(answers).toHaveLength(1);
    expect(port.terminated).toBe(true);
  });
});

describe('TornadoChart for a whole scenario', () => {
  it('says it is working while the worker sums, then draws the answer', async () => {
    const workers: {
      onmessage: ((e: MessageEvent<TornadoAnswer>) => void) | null;
      request?: TornadoRequest;
    }[] = [];
    // The browser's Worker, standing in with the worker's own answer, delivered when the test says.
    vi.stubGlobal(
      'Worker',
      class {
        onmessage: ((e: MessageEvent<TornadoAnswer>) => void) | null = null;
        onerror = null;
        request?: TornadoRequest;
        constructor() {
          workers.push(this);
        }
        postMessage(request: TornadoRequest) {
          this.request = request;
        }
        terminate() {}
      },
    );
    render(<TornadoChart workspace={workspace} scenarioId="now" ccgId={null} percent={20} />);
    expect(screen.getByRole('status').textContent).toMatch(/Working out the sensitivity/);
    expect(screen.queryByRole('img')).toBeNull();
    const worker = workers[0];
    if (!worker?.request) throw new Error('The chart should ask a worker.');
    const request = worker.request;
    act(() => worker.onmessage?.({ data: answerTornado(request) } as MessageEvent<TornadoAnswer>));
    expect(
      screen.getByRole('img', {
        name: "Sensitivity of Now (all CCGs, weighted)'s £ per head to each assumption moved by 20%",
      }),
    ).toBeTruthy();
    const figure = screen.getByRole('figure', { name: 'Sensitivity: Now (all CCGs, weighted)' });
    fireEvent.click(within(figure).getByRole('button', { name: 'Show as table' }));
    const first = within(within(figure).getByRole('table')).getAllByRole('row')[1];
    expect([...(first?.querySelectorAll('th, td') ?? [])].map((c) => c.textContent)).toEqual([
      'Core cost per head',
      '£8.00',
      '£6.40',
      '£12.40',
      '£9.60',
      '£15.60',
      '£3.20',
    ]);
  });
});
