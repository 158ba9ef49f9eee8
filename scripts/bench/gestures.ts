import type { Page } from '@playwright/test';

/**
 * Paused before each measured gesture, in both the app and the peer page: the browser finishes
 * drawing what the previous camera move uncovered (software raster works on in the background), as
 * when a person stops to look before the next drag. Frames of that raster are not the gesture's.
 */
export const SETTLE_MS = 1000;

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Presses at `from` and moves the mouse round a circle of `radius` pixels for `durationMs`, as
 * fast as the page accepts real input events (each move waits for Chromium to dispatch it), then
 * releases where it started. A drag that stays on screen the whole time, whatever the zoom.
 */
export async function circleDrag(
  page: Page,
  from: Point,
  radius: number,
  durationMs: number,
): Promise<number> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const started = Date.now();
  let moves = 0;
  while (Date.now() - started < durationMs) {
    const angle = ((Date.now() - started) / 1000) * Math.PI * 2;
    await page.mouse.move(
      from.x + radius * Math.sin(angle),
      from.y + radius * (1 - Math.cos(angle)) * 0.6,
    );
    moves += 1;
  }
  await page.mouse.move(from.x + 40, from.y + 20);
  await page.mouse.up();
  return moves;
}

/** Wheel-zooms at `at` for `durationMs`: in for the first half, out for the second. */
export async function wheelZoom(page: Page, at: Point, durationMs: number): Promise<number> {
  await page.mouse.move(at.x, at.y);
  const started = Date.now();
  let events = 0;
  while (Date.now() - started < durationMs) {
    const zoomingIn = Date.now() - started < durationMs / 2;
    await page.mouse.wheel(0, zoomingIn ? -40 : 40);
    events += 1;
  }
  return events;
}
