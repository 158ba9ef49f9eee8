/**
 * The browser half of the benchmark against the app's production web build: open from
 * IndexedDB, wheel zoom, pan, drag a CCG card, save an edit, heap after load.
 */
import type { CDPSession, Page } from '@playwright/test';
import type { Workspace } from '../../shared/model/workspace';
import { recordFrames } from './frameRecorder';
import { circleDrag, SETTLE_MS, wheelZoom, type Point } from './gestures';
import { benchInteractions, withSecondScenario, type InteractionFigures } from './interactionBench';
import { frameIntervals, median, percentile } from './stats';
import { withTimeout } from './withTimeout';

export interface AppFigures {
  readonly openMs: number;
  readonly saveMs: number;
  readonly saveWriteMs: number;
  readonly heapMB: number;
  readonly dragFrameP95Ms: number;
  readonly dragFrameMedianMs: number;
  readonly panFrameP95Ms: number;
  readonly panFrameMedianMs: number;
  readonly zoomFrameP95Ms: number;
  readonly zoomFrameMedianMs: number;
  /** Canvas elements drawn at the working zoom: shows what culling leaves in the DOM. */
  readonly canvasElements: number;
}

/** The autosave throttle (renderer/src/persistence/createAutosave.ts AUTOSAVE_THROTTLE_MS). */
export const AUTOSAVE_THROTTLE_MS = 300;

/** The zoom at which drag and pan are measured: a card is 240 screen pixels wide, as when editing. */
const WORKING_ZOOM = 1;

/**
 * Puts `workspace` in the app's local library as the most recently changed workspace, so the
 * next load opens it (openOnLaunch). Written with the raw IndexedDB API into the app's own
 * Dexie database (renderer/src/persistence/db.ts: database "ccg-modeller", table "workspaces").
 */
async function storeInLibrary(page: Page, workspace: Workspace): Promise<void> {
  const stamped = { ...workspace, updatedAt: new Date().toISOString() };
  await page.evaluate(
    (doc) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ccg-modeller');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('workspaces', 'readwrite');
          tx.objectStore('workspaces').put({
            id: doc.id,
            name: doc.name,
            updatedAt: doc.updatedAt,
            scenarioCount: doc.scenarios.length,
            document: doc,
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    stamped,
  );
}

/** Waits for an interactive canvas: a focusable CCG card drawn, then one more frame painted. */
async function openedAt(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = (): void => {
          if (document.querySelector('.ccg-card[tabindex="0"]')) {
            // The frame that paints the card: its rAF fires before paint, so wait for the next one.
            requestAnimationFrame(() => requestAnimationFrame((t) => resolve(t)));
          } else {
            requestAnimationFrame(check);
          }
        };
        check();
      }),
  );
}

async function viewport(page: Page): Promise<{ x: number; y: number; k: number }> {
  const transform = (await page.getByTestId('camera').getAttribute('transform')) ?? '';
  const m = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(transform);
  if (!m) throw new Error(`Unexpected camera transform "${transform}".`);
  return { x: Number(m[1]), y: Number(m[2]), k: Number(m[3]) };
}

/** The centre of the canvas on screen. */
async function canvasCentre(page: Page): Promise<Point> {
  const box = await page.locator('svg.canvas-svg').boundingBox();
  if (!box) throw new Error('The canvas is not on screen.');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Wheel-zooms about the canvas centre until the camera is at about `k`. */
async function zoomTo(page: Page, k: number): Promise<void> {
  const centre = await canvasCentre(page);
  await page.mouse.move(centre.x, centre.y);
  for (let i = 0; i < 200; i++) {
    const now = (await viewport(page)).k;
    if (Math.abs(Math.log(now / k)) < 0.06) break;
    await page.mouse.wheel(0, now < k ? -40 : 40);
    // The camera's transform attribute is written when a wheel gesture settles (d3-zoom ends it
    // 150 ms after the last wheel event); read it only then, or the loop overshoots.
    await page.waitForTimeout(220);
  }
  await page.waitForTimeout(300);
}

/** A point on the canvas where a press pans (the background or a cluster's body). */
async function panPoint(page: Page): Promise<Point> {
  const point = await page.evaluate(() => {
    const svg = document.querySelector('svg.canvas-svg');
    if (!svg) return null;
    const box = svg.getBoundingClientRect();
    for (let y = box.top + box.height * 0.3; y < box.bottom - 60; y += 23) {
      for (let x = box.left + box.width * 0.3; x < box.right - 260; x += 31) {
        const el = document.elementFromPoint(x, y);
        if (
          el &&
          (el.classList.contains('canvas-background') ||
            el.getAttribute('data-cluster-part') === 'body')
        )
          return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error('Found no empty canvas to pan from.');
  return point;
}

/**
 * The name strip of the CCG card nearest the middle of the view that can be pressed there (not
 * under the minimap or the zoom controls) with room round it for the drag gesture; if none can,
 * the view is panned toward the nearest and the search repeats.
 */
export async function cardGrip(page: Page): Promise<Point> {
  const find = () =>
    page.evaluate(() => {
      const svg = document.querySelector('svg.canvas-svg');
      if (!svg) return null;
      const view = svg.getBoundingClientRect();
      const mid = { x: view.left + view.width / 2, y: view.top + view.height / 2 };
      let best: { id: string; x: number; y: number; pressable: boolean; d: number } | null = null;
      // Only cards drawn in full have a frame (culled ones are empty placeholders): found by id.
      document.querySelectorAll('.ccg-card .card-frame').forEach((frame) => {
        const id = frame.closest('[data-node-id]')?.getAttribute('data-node-id');
        if (!id) return;
        const r = frame.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + 20;
        // Room for the 160-pixel circle of the drag gesture below and to either side.
        const roomy =
          x - 170 >= view.left && x + 170 <= view.right && y >= view.top && y + 200 <= view.bottom;
        const pressable =
          roomy &&
          document
            .elementFromPoint(x, y)
            ?.closest('[data-node-id]')
            ?.getAttribute('data-node-id') === id;
        const d = Math.hypot(x - mid.x, y - mid.y) + (pressable ? 0 : 1e6);
        if (!best || d < best.d) best = { id, x, y, pressable, d };
      });
      return best as { id: string; x: number; y: number; pressable: boolean; d: number } | null;
    });
  for (let attempt = 0; attempt < 12; attempt++) {
    const found = await find();
    if (!found) break;
    if (found.pressable) return { x: found.x, y: found.y };
    // Pan the nearest card toward the middle by dragging the background, a step at a time.
    const box = await page.locator('svg.canvas-svg').boundingBox();
    if (!box) break;
    const step = (d: number): number => Math.max(-150, Math.min(150, d));
    const from = await panPoint(page);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(
      from.x + step(box.x + box.width / 2 - found.x),
      from.y + step(box.y + box.height / 2 - found.y),
      { steps: 5 },
    );
    await page.mouse.up();
    await page.waitForTimeout(300);
  }
  throw new Error('Found no CCG card to drag.');
}

/**
 * Times an edit to its IndexedDB commit: a short drag of a CCG card is dropped (one move edit)
 * and the save indicator is watched, from the pointer's release until it says Saved. Autosave
 * gathers edits for AUTOSAVE_THROTTLE_MS before writing; that deliberate wait is taken off, so
 * the figure is the edit, the re-render and the IndexedDB write together.
 */
async function timeSave(page: Page, grip: Point): Promise<{ saveMs: number; saveWriteMs: number }> {
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="save-indicator"]')?.classList.contains('is-saved'),
  );
  const done = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const el = document.querySelector('[data-testid="save-indicator"]');
        if (!el) throw new Error('No save indicator.');
        let released = Number.NaN;
        let sawSaving = false;
        window.addEventListener(
          'pointerup',
          () => {
            released = performance.now();
          },
          { capture: true, once: true },
        );
        const observer = new MutationObserver(() => {
          if (el.classList.contains('is-saving')) sawSaving = true;
          if (sawSaving && el.classList.contains('is-saved')) {
            observer.disconnect();
            resolve(performance.now() - released);
          }
        });
        observer.observe(el, { attributes: true, attributeFilter: ['class'] });
      }),
  );
  await page.mouse.move(grip.x, grip.y);
  await page.mouse.down();
  await page.mouse.move(grip.x + 30, grip.y + 10, { steps: 5 });
  await page.mouse.move(grip.x + 60, grip.y + 20, { steps: 5 });
  await page.mouse.up();
  const elapsed = await withTimeout(done, 10_000, 'waiting for a dropped card to be saved');
  const saveWriteMs = Number(
    await page.getByTestId('save-indicator').getAttribute('data-write-ms'),
  );
  return { saveMs: elapsed - AUTOSAVE_THROTTLE_MS, saveWriteMs };
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / (1024 * 1024);
}

export interface AppBenchOptions {
  readonly baseUrl: string;
  /** Says which step is running, so a stuck run shows where. */
  readonly log: (line: string) => void;
  readonly workspace: Workspace;
  readonly gestureMs: number;
  readonly opens: number;
  /** Wraps each measured gesture (zoom, pan, drag): `--trace` records a Chromium trace of it. */
  readonly around?: <T>(gesture: string, run: () => Promise<T>) => Promise<T>;
}

/** Measures the app at `baseUrl` with `workspace` loaded from IndexedDB. */
export interface CanvasPlacement {
  /** The camera during the drag and pan. */
  readonly viewport: { x: number; y: number; k: number };
  /** Where the canvas sits in the window, in pixels. */
  readonly frame: { left: number; top: number; width: number; height: number };
}

export async function benchApp(
  page: Page,
  options: AppBenchOptions,
): Promise<AppFigures & CanvasPlacement> {
  const around = options.around ?? (<T>(_gesture: string, run: () => Promise<T>) => run());
  await page.goto(options.baseUrl);
  await openedAt(page);
  await storeInLibrary(page, options.workspace);

  options.log('  open');
  // Open: navigation start to an interactive canvas, on a reload that reads IndexedDB.
  const opens: number[] = [];
  for (let i = 0; i < options.opens; i++) {
    await page.reload();
    opens.push(await withTimeout(openedAt(page), 30_000, 'waiting for the canvas to open'));
  }
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  if (heading !== options.workspace.name)
    throw new Error(`Opened "${heading}", not "${options.workspace.name}".`);
  const cdp = await page.context().newCDPSession(page);
  const heapMB = await heapAfterGc(cdp);

  options.log('  zoom');
  // Zoom: the wheel, in and out across every level of detail, from the opening fit-to-view.
  const centre = await canvasCentre(page);
  await page.waitForTimeout(SETTLE_MS);
  const zoomFrames = frameIntervals(
    await around('zoom', () =>
      recordFrames(page, async () => {
        await wheelZoom(page, centre, options.gestureMs);
      }),
    ),
  );

  await zoomTo(page, WORKING_ZOOM);
  const canvasElements = await page.evaluate(
    () => document.querySelector('[data-testid="camera"]')?.getElementsByTagName('*').length ?? 0,
  );
  const at = await viewport(page);
  const box = await page.locator('svg.canvas-svg').boundingBox();
  if (!box) throw new Error('The canvas is not on screen.');

  options.log('  pan');
  await page.waitForTimeout(SETTLE_MS);
  const pan = await panPoint(page);
  const panFrames = frameIntervals(
    await around('pan', () =>
      recordFrames(page, async () => {
        await circleDrag(page, pan, 160, options.gestureMs);
      }),
    ),
  );
  await page.waitForTimeout(300);

  options.log('  drag');
  const grip = await cardGrip(page);
  await page.waitForTimeout(SETTLE_MS);
  const dragFrames = frameIntervals(
    await around('drag', () =>
      recordFrames(page, async () => {
        await circleDrag(page, grip, 160, options.gestureMs);
      }),
    ),
  );
  await page.waitForTimeout(300);

  options.log('  save');
  const save = await timeSave(page, await cardGrip(page));
  await cdp.detach();

  return {
    openMs: median(opens),
    ...save,
    heapMB,
    dragFrameP95Ms: percentile(dragFrames, 95),
    dragFrameMedianMs: median(dragFrames),
    panFrameP95Ms: percentile(panFrames, 95),
    panFrameMedianMs: median(panFrames),
    zoomFrameP95Ms: percentile(zoomFrames, 95),
    zoomFrameMedianMs: median(zoomFrames),
    canvasElements,
    viewport: at,
    frame: { left: box.x, top: box.y, width: box.width, height: box.height },
  };
}

/**
 * The five interactions (interactionBench.ts) on `workspace` with a second scenario to switch to:
 * stored in the library, opened by a reload and zoomed to the working zoom, as for the drag.
 */
export async function benchAppInteractions(
  page: Page,
  options: Pick<AppBenchOptions, 'baseUrl' | 'log' | 'workspace' | 'around'> & {
    readonly repetitions: number;
  },
): Promise<InteractionFigures> {
  const around = options.around ?? (<T>(_gesture: string, run: () => Promise<T>) => run());
  if (page.url() === 'about:blank') {
    await page.goto(options.baseUrl);
    await openedAt(page);
  }
  await storeInLibrary(page, withSecondScenario(options.workspace));
  await page.reload();
  await withTimeout(openedAt(page), 30_000, 'waiting for the canvas to open');
  await zoomTo(page, WORKING_ZOOM);
  await page.waitForTimeout(SETTLE_MS);
  return around('interactions', () =>
    benchInteractions(page, { repetitions: options.repetitions, log: options.log }),
  );
}
