/**
 * npm run bench — the England benchmark (issue 6; budgets in DESIGN.md §7). Costs the England,
 * synthetic workspace in Node, then builds the app's web bundle and the React Flow peer page into
 * dist/bench/, serves them on 127.0.0.1 and measures both in Debian's Chromium (the e2e flags,
 * software rendering). Prints a table and writes bench-results.json at the repository root.
 *
 * Options: --quick (few iterations, short gestures: the CI smoke run), --ccgs N (a smaller
 * generated workspace), --seed N, --port N (0 picks a free one; default 4335, then the next for
 * the peer), --out FILE, --gpu (leave out --disable-gpu, and say so in the output), --trace DIR
 * (write a Chromium performance trace of each of the app's gestures to DIR, for the DevTools
 * Performance panel), --recommend-only (only the Recommend figures, in Node: no browser),
 * --interaction-only (only the app's interaction latency: no costing, peer page or frame figures;
 * nothing written), --app DIR (with --interaction-only: serve that already built app instead of
 * building one, so two builds can be measured turn about on the same machine load).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import {
  englandSample,
  ENGLAND_CCGS,
  ENGLAND_SEED,
} from '../../shared/samples/england/englandSample';
import { serveStatic } from '../serveStatic.mjs';
import { benchApp, benchAppInteractions } from './appBench';
import { bundleKB } from './bundleSize';
import { bundledEngineBench } from './bundledEngineBench';
import { benchRecommend } from './recommendBench';
import { installFrameRecorder } from './frameRecorder';
import { installInteractionTimer } from './interactionTimer';
import { benchReactFlow } from './reactFlowBench';
import {
  interactionRows,
  recommendRows,
  resultsTable,
  table,
  type BenchResults,
} from './resultsTable';

const root = fileURLToPath(new URL('../../', import.meta.url));
const APP_DIR = `${root}dist/bench/app`;
const PEER_DIR = `${root}dist/bench/reactflow`;

interface Options {
  readonly quick: boolean;
  readonly ccgs: number;
  readonly seed: number;
  readonly port: number;
  readonly out: string;
  readonly gpu: boolean;
  readonly trace: string | undefined;
  /** Measure only Recommend (Node): no browser, no build. */
  readonly recommendOnly: boolean;
  /** Measure only the interaction latency: the app's build, no peer page, nothing written. */
  readonly interactionOnly: boolean;
  /** A web build to serve as it is (--interaction-only), instead of building the app. */
  readonly app: string | undefined;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const number = (name: string, fallback: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`--${name} must be a whole number, not "${raw}".`);
    return n;
  };
  const folder = (name: string): string | undefined => {
    if (!argv.includes(`--${name}`)) return undefined;
    const raw = value(name);
    if (raw === undefined || raw.startsWith('--'))
      throw new Error(
        `--${name} needs a folder, e.g. --${name} ${name === 'app' ? 'dist/bench/app/' : 'traces/'}.`,
      );
    return raw;
  };
  return {
    quick: argv.includes('--quick'),
    ccgs: number('ccgs', ENGLAND_CCGS),
    seed: number('seed', ENGLAND_SEED),
    port: number('port', 4335),
    out: value('out') ?? `${root}bench-results.json`,
    gpu: argv.includes('--gpu'),
    trace: folder('trace'),
    recommendOnly: argv.includes('--recommend-only'),
    interactionOnly: argv.includes('--interaction-only'),
    app: folder('app'),
  };
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-precise-memory-info',
];

/** What DevTools' Performance panel records (with JavaScript samples), plus the compositor and raster threads. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink',
  'cc',
  'viz',
  'gpu',
  'v8.execute',
  'toplevel',
  'disabled-by-default-v8.cpu_profiler',
];

async function listen(
  dir: string,
  port: number,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await serveStatic({ dir, port });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** --recommend-only: the three Recommend figures and their table, nothing written. */
async function runRecommendOnly(): Promise<void> {
  const figures = await benchRecommend((line) => console.log(line));
  console.log(
    table(
      recommendRows(figures),
      `Recommend in Node; England is the ${figures.recommendEnglandSample} sample (${figures.recommendEnglandRounds} round${figures.recommendEnglandRounds === 1 ? '' : 's'}, ${figures.recommendEnglandOptimal ? 'optimal' : 'not proved optimal'}).`,
    ),
  );
}

/** Repetitions of each interaction: enough for a p95 that is not the single worst sample. */
const interactionRepetitions = (options: Options): number => (options.quick ? 3 : 20);

/** Wraps a gesture in a Chromium trace written to `dir`/<gesture>.json. */
function tracer(browser: Browser, page: Page, dir: string) {
  return async <T,>(gesture: string, run: () => Promise<T>): Promise<T> => {
    await mkdir(dir, { recursive: true });
    await browser.startTracing(page, {
      path: `${dir}/${gesture}.json`,
      categories: TRACE_CATEGORIES,
    });
    try {
      return await run();
    } finally {
      await browser.stopTracing();
    }
  };
}

/** --interaction-only: the app's build, the five interactions and their table, nothing written. */
async function runInteractionOnly(options: Options): Promise<void> {
  const log = (line: string): void => console.log(line);
  const workspace = englandSample({ seed: options.seed, ccgs: options.ccgs });
  if (options.app === undefined) {
    log('Building the app…');
    await build({
      configFile: `${root}renderer/vite.config.mts`,
      logLevel: 'warn',
      build: { outDir: APP_DIR, emptyOutDir: true },
    });
  } else log(`Serving the build in ${options.app}…`);
  const app = await listen(options.app ?? APP_DIR, options.port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: options.gpu ? CHROMIUM_ARGS : [...CHROMIUM_ARGS, '--disable-gpu'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await context.addInitScript(installInteractionTimer);
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    log(`Measuring interactions (${interactionRepetitions(options)} of each)…`);
    const figures = await benchAppInteractions(page, {
      baseUrl: app.url,
      log,
      workspace,
      repetitions: interactionRepetitions(options),
      ...(options.trace === undefined ? {} : { around: tracer(browser, page, options.trace) }),
    });
    if (errors.length > 0)
      throw new Error(`The app threw during the benchmark: ${errors.join('; ')}`);
    log(
      table(
        interactionRows(figures),
        `${options.ccgs} CCGs, ${options.gpu ? 'gpu flags' : 'software (--disable-gpu)'}; input event → the next painted frame showing its result.`,
      ),
    );
  } finally {
    await browser.close();
    await app.close();
  }
}

export async function runBench(options: Options): Promise<BenchResults> {
  const log = (line: string): void => console.log(line);
  const workspace = englandSample({ seed: options.seed, ccgs: options.ccgs });
  const scenario = workspace.scenarios[0];
  log(
    `Workspace: ${options.ccgs} CCGs (seed ${options.seed}), ${scenario?.nodes.length ?? 0} nodes, ${scenario?.arrangements.length ?? 0} arrangements.`,
  );

  const engine = await bundledEngineBench(root, options);
  log(`Costing: median ${engine.costingMedianMs.toFixed(2)} ms over ${engine.costingRuns} runs.`);
  log(
    `Costing with staffing structures and a transition: median ${engine.staffingCostingMedianMs.toFixed(2)} ms.`,
  );
  // Recommend at England scale takes up to a minute: the quick smoke run leaves it out.
  const recommendFigures = options.quick ? {} : await benchRecommend(log);

  log('Building the app and the React Flow peer page…');
  await build({
    configFile: `${root}renderer/vite.config.mts`,
    logLevel: 'warn',
    build: { outDir: APP_DIR, emptyOutDir: true },
  });
  await build({
    configFile: `${root}bench/reactflow/vite.config.mts`,
    logLevel: 'warn',
    build: { outDir: PEER_DIR, emptyOutDir: true },
  });
  const bundle = await bundleKB(APP_DIR);

  const app = await listen(APP_DIR, options.port);
  const peer = await listen(PEER_DIR, options.port === 0 ? 0 : options.port + 1);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: options.gpu ? CHROMIUM_ARGS : [...CHROMIUM_ARGS, '--disable-gpu'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // tsx (esbuild, keepNames) wraps named functions in __name(): functions sent to the page
    // keep that call, so the page needs a harmless one.
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await context.addInitScript(installFrameRecorder);
    await context.addInitScript(installInteractionTimer);
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const gestureMs = options.quick ? 400 : 2000;
    log(`Measuring the app (${gestureMs} ms gestures)…`);
    const around = options.trace === undefined ? undefined : tracer(browser, page, options.trace);
    const appFigures = await benchApp(page, {
      baseUrl: app.url,
      log,
      workspace,
      gestureMs,
      opens: options.quick ? 1 : 5,
      around,
    });
    // Last, on a second scenario added to the library's copy: the figures above are England's own.
    log('Measuring interactions…');
    const interactions = await benchAppInteractions(page, {
      baseUrl: app.url,
      log,
      workspace,
      repetitions: interactionRepetitions(options),
      around,
    });
    const { viewport, frame, ...appResults } = appFigures;
    log('Measuring React Flow on the same graph…');
    const peerQuery = new URLSearchParams({
      seed: String(options.seed),
      ccgs: String(options.ccgs),
      left: String(frame.left),
      top: String(frame.top),
      width: String(frame.width),
      height: String(frame.height),
    });
    const peerFigures = await benchReactFlow(
      await context.newPage(),
      `${peer.url}?${peerQuery}`,
      viewport,
      gestureMs,
    );
    if (errors.length > 0)
      throw new Error(`The app threw during the benchmark: ${errors.join('; ')}`);
    const results: BenchResults = {
      ...engine,
      ...recommendFigures,
      ...appResults,
      ...interactions,
      bundleKB: bundle,
      ...peerFigures,
      rendering: options.gpu ? 'gpu flags' : 'software (--disable-gpu)',
      quick: options.quick,
      ccgs: options.ccgs,
      measuredAt: new Date().toISOString(),
    };
    await writeFile(options.out, `${JSON.stringify(results, null, 2)}\n`);
    log(resultsTable(results));
    log(`Wrote ${options.out}`);
    return results;
  } finally {
    await browser.close();
    await app.close();
    await peer.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // Bad options are reported like any other failure: one line, exit 1.
  Promise.resolve()
    .then(() => {
      const options = parseOptions(process.argv.slice(2));
      if (options.recommendOnly) return runRecommendOnly();
      if (options.interactionOnly) return runInteractionOnly(options);
      return runBench(options).then(() => undefined);
    })
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
