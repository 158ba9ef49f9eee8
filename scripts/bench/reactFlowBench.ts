/** The benchmark's peer: the same graph in React Flow (bench/reactflow/), the same drag and pan. */
import type { Page } from '@playwright/test';
import { recordFrames } from './frameRecorder';
import { circleDrag, SETTLE_MS, type Point } from './gestures';
import { frameIntervals, median, percentile } from './stats';

export interface ReactFlowFigures {
  readonly reactFlowDragFrameP95Ms: number;
  readonly reactFlowDragFrameMedianMs: number;
  readonly reactFlowPanFrameP95Ms: number;
  readonly reactFlowPanFrameMedianMs: number;
}

interface FlowApi {
  setViewport(v: { x: number; y: number; zoom: number }): void;
  getViewport(): { x: number; y: number; zoom: number };
}

/**
 * The name strip of the CCG card nearest the middle of the view; if it is not wholly in view the
 * camera is moved to put it in the middle (as focusing a card does in the app).
 */
async function cardGrip(page: Page): Promise<Point> {
  const find = () =>
    page.evaluate(() => {
      const view = document.querySelector('.react-flow')?.getBoundingClientRect();
      if (!view) return null;
      const mid = { x: view.left + view.width / 2, y: view.top + view.height / 2 };
      let best: { x: number; y: number; inView: boolean; d: number } | null = null;
      for (const el of document.querySelectorAll('.react-flow__node-ccg')) {
        const r = el.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + 20;
        const d = Math.hypot(x - mid.x, y - mid.y);
        const inView =
          r.left >= view.left &&
          r.right <= view.right - 200 &&
          r.top >= view.top &&
          y < view.bottom - 220;
        if (!best || d < best.d) best = { x, y, inView, d };
      }
      return best ? { ...(best as { x: number; y: number; inView: boolean }), mid } : null;
    });
  let found = await find();
  if (found && !found.inView) {
    const shift = { x: found.mid.x - found.x, y: found.mid.y - 100 - found.y };
    await page.evaluate((d) => {
      const flow = (window as unknown as { __benchFlow: FlowApi }).__benchFlow;
      const v = flow.getViewport();
      flow.setViewport({ x: v.x + d.x, y: v.y + d.y, zoom: v.zoom });
    }, shift);
    await page.waitForTimeout(400);
    found = await find();
  }
  if (!found) throw new Error('React Flow page: found no CCG card to drag.');
  return { x: found.x, y: found.y };
}

/** The empty pane (or a cluster, which lets presses through) to pan from. */
async function panPoint(page: Page): Promise<Point> {
  const point = await page.evaluate(() => {
    const box = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!box) return null;
    for (let y = box.top + box.height * 0.3; y < box.bottom - 60; y += 23) {
      for (let x = box.left + box.width * 0.3; x < box.right - 260; x += 31) {
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane'))
          return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error('React Flow page: found no empty pane to pan from.');
  return point;
}

/**
 * Opens the peer page for the same generated workspace, puts its camera where the app's was for
 * the drag and pan (same zoom, same place), and drives the same gestures.
 */
export async function benchReactFlow(
  page: Page,
  url: string,
  camera: { x: number; y: number; k: number },
  gestureMs: number,
): Promise<ReactFlowFigures> {
  await page.goto(url);
  await page.waitForSelector('.react-flow__node-ccg');
  await page.evaluate(
    (v) => (window as unknown as { __benchFlow: FlowApi }).__benchFlow.setViewport(v),
    { x: camera.x, y: camera.y, zoom: camera.k },
  );
  await page.waitForTimeout(SETTLE_MS);

  const pan = await panPoint(page);
  const panFrames = frameIntervals(
    await recordFrames(page, async () => {
      await circleDrag(page, pan, 160, gestureMs);
    }),
  );
  const grip = await cardGrip(page);
  await page.waitForTimeout(SETTLE_MS);
  const dragFrames = frameIntervals(
    await recordFrames(page, async () => {
      await circleDrag(page, grip, 160, gestureMs);
    }),
  );
  return {
    reactFlowDragFrameP95Ms: percentile(dragFrames, 95),
    reactFlowDragFrameMedianMs: median(dragFrames),
    reactFlowPanFrameP95Ms: percentile(panFrames, 95),
    reactFlowPanFrameMedianMs: median(panFrames),
  };
}
