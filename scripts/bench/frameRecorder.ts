import type { Page } from '@playwright/test';

/**
 * Installed in the page before its scripts run: records requestAnimationFrame timestamps while
 * started, so frames are timed by the page's own clock, as a user would see them.
 */
export function installFrameRecorder(): void {
  // Each recording has its own loop: a stop and start within one frame must not leave the old
  // loop's pending callback running beside the new one (which would record every frame twice).
  const state = { loop: 0, stamps: [] as number[] };
  const tickOf =
    (loop: number) =>
    (t: number): void => {
      if (state.loop !== loop) return;
      state.stamps.push(t);
      requestAnimationFrame(tickOf(loop));
    };
  Object.assign(window, {
    __benchFrames: {
      start(): void {
        state.stamps = [];
        state.loop += 1;
        requestAnimationFrame(tickOf(state.loop));
      },
      stop(): number[] {
        state.loop += 1;
        return state.stamps;
      },
    },
  });
}

interface FrameApi {
  start(): void;
  stop(): number[];
}

/** Runs `gesture` while the page records frames; returns the rAF timestamps. */
export async function recordFrames(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() =>
    (window as unknown as { __benchFrames: FrameApi }).__benchFrames.start(),
  );
  // Two frames in, so the first interval is not the idle gap before the gesture.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  await gesture();
  return page.evaluate(() =>
    (window as unknown as { __benchFrames: FrameApi }).__benchFrames.stop(),
  );
}
