import type { Page } from '@playwright/test';

/**
 * Installed in the page before its scripts run: records requestAnimationFrame timestamps while
 * started, so frames are timed by the page's own clock, as a user would see them.
 */
export function installFrameRecorder(): void {
  const state = { running: false, stamps: [] as number[] };
  const tick = (t: number): void => {
    if (!state.running) return;
    state.stamps.push(t);
    requestAnimationFrame(tick);
  };
  Object.assign(window, {
    __benchFrames: {
      start(): void {
        state.stamps = [];
        state.running = true;
        requestAnimationFrame(tick);
      },
      stop(): number[] {
        state.running = false;
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
  await page.evaluate(() => (window as unknown as { __benchFrames: FrameApi }).__benchFrames.start());
  // Two frames in, so the first interval is not the idle gap before the gesture.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await gesture();
  return page.evaluate(() => (window as unknown as { __benchFrames: FrameApi }).__benchFrames.stop());
}
