import type { Page } from '@playwright/test';

/**
 * What the user sees when an interaction has landed: an element present, or an element's text
 * or attribute different from (or equal to) what it was when the timer was armed.
 */
export type DoneWhen =
  | { readonly kind: 'present'; readonly selector: string }
  | { readonly kind: 'changed'; readonly selector: string; readonly attribute?: string }
  | {
      readonly kind: 'equals';
      readonly selector: string;
      readonly attribute?: string;
      readonly value: string;
    };

/**
 * Installed in the page before its scripts run. `arm(event, done)` waits for the next `event` of
 * that type (caught on window in the capture phase, before the app's handlers) and then for the
 * first animation frame in which `done` holds; `result()` resolves with the time from the event's
 * own timestamp (when the input arrived) to the end of that frame's rendering — a message posted
 * from a rAF callback is delivered after the frame is painted.
 */
export function installInteractionTimer(): void {
  let pending: Promise<number> | null = null;
  const read = (done: DoneWhen): string | null => {
    const el = document.querySelector(done.selector);
    if (!el) return null;
    return done.kind !== 'present' && done.attribute
      ? el.getAttribute(done.attribute)
      : el.textContent;
  };
  Object.assign(window, {
    __benchInteraction: {
      arm(eventType: string, done: DoneWhen): void {
        const before = read(done);
        let started: number | undefined;
        window.addEventListener(
          eventType,
          (e) => {
            started = e.timeStamp;
          },
          { capture: true, once: true },
        );
        const landed = (): boolean => {
          const now = read(done);
          if (done.kind === 'present') return document.querySelector(done.selector) !== null;
          if (done.kind === 'changed') return now !== before;
          return now === done.value;
        };
        pending = new Promise<number>((resolve) => {
          const frame = (): void => {
            if (started !== undefined && landed()) {
              const from = started;
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - from);
              channel.port2.postMessage(null);
              return;
            }
            requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        });
      },
      result(): Promise<number> {
        if (!pending) throw new Error('The interaction timer was not armed.');
        return pending;
      },
    },
  });
}

interface TimerApi {
  arm(eventType: string, done: DoneWhen): void;
  result(): Promise<number>;
}

/**
 * Times one interaction: arms the page's timer for `eventType`, runs `act` (the real input), and
 * returns input → painted frame in milliseconds.
 */
export async function timeInteraction(
  page: Page,
  eventType: string,
  done: DoneWhen,
  act: () => Promise<void>,
): Promise<number> {
  await page.evaluate(
    ([type, when]) =>
      (window as unknown as { __benchInteraction: TimerApi }).__benchInteraction.arm(type, when),
    [eventType, done] as const,
  );
  await act();
  return page.evaluate(() =>
    (window as unknown as { __benchInteraction: TimerApi }).__benchInteraction.result(),
  );
}
