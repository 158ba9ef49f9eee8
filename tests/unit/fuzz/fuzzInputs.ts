// Shared hostile inputs for the fuzz suites: values a damaged or malicious file can hold (huge and
// non-finite numbers, multi-megabyte strings, deep nesting, wrong types) and a way to plant them
// anywhere in a valid document. The big values are built once and shared, so generating a
// thousand files stays fast.
import fc from 'fast-check';
import { expect } from 'vitest';

/** How many generated inputs each importer must see per run (issue 7). */
export const MIN_FILES_PER_RUN = 1000;

/** A whole fuzz test's limit on a busy 2-CPU machine (each runs its inputs one after another). */
export const FUZZ_TIMEOUT_MS = 60_000;

/** The slowest a single input may be handled before the suite calls it a hang. */
export const MAX_MS_PER_INPUT = 2000;

/** The longest message a refusal may carry: a 3 MB name must not be echoed back whole. */
export const MAX_MESSAGE_LENGTH = 2000;

export const MEGABYTE_STRING = 'x'.repeat(3 * 1024 * 1024);
export const DEEP_NESTING = 100_000;

/** An array nested DEEP_NESTING levels (JSON.parse accepts it; JSON.stringify overflows on it). */
export const deeplyNested: unknown = Object.defineProperty(
  JSON.parse(`${'['.repeat(DEEP_NESTING)}${']'.repeat(DEEP_NESTING)}`) as object,
  // fast-check prints a failing input; printing this one whole would overflow the stack.
  fc.toStringMethod,
  { value: () => `<a list nested ${DEEP_NESTING} deep>` },
);

/** Names an id may take that Object.prototype also answers to. */
export const PROTOTYPE_NAMES = [
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
] as const;

/** Ids with dots, which once named another assumption path ("functions.a.b.costPerHead"). */
export const DOTTED_IDS = [
  'a.b',
  'bi.costPerHead',
  'functions.bi',
  '.',
  'x.',
  '.x',
  'core.perHead',
] as const;

/** An id a hostile file may use: a prototype member's name or a dotted path. */
export const hostileId: fc.Arbitrary<string> = fc.constantFrom<string>(
  ...PROTOTYPE_NAMES,
  ...DOTTED_IDS,
);

/** Values of the wrong kind, or of the right kind but absurd. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    NaN,
    Infinity,
    -Infinity,
    -0,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    5e-324,
    0,
    -1,
    '',
    ' ',
    'NaN',
    '1e999',
    '\u0000',
    '\ud800',
    '\ufeff',
    null,
    true,
    false,
    [],
    {},
    MEGABYTE_STRING.slice(0, 1_000_000),
    deeplyNested,
    { kind: 'ccg' },
    ['ghost-id'],
    'ghost-id',
    '2012-13-45T99:00:00Z',
  ),
  hostileId,
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.jsonValue({ maxDepth: 3 }),
);

type Path = readonly (string | number)[];

/** Whether a value is (a copy of) the deeply nested list: a chain of one-element lists. */
export function isDeeplyNested(value: unknown): boolean {
  let v = value;
  for (let depth = 0; depth < 64; depth++) {
    if (!Array.isArray(v) || v.length !== 1) return false;
    v = v[0];
  }
  return true;
}

/** Every path to a value inside a JSON-like tree (the root excluded; deep nesting not entered). */
export function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (isDeeplyNested(value)) return out;
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([...prefix, i]);
      pathsOf(v, [...prefix, i], out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.push([...prefix, k]);
      pathsOf(v, [...prefix, k], out);
    }
  }
  return out;
}

/** One change to a document at a path: what a broken or hand-edited file looks like. */
export type Mutation =
  | { readonly op: 'set'; readonly at: number; readonly value: unknown }
  | { readonly op: 'delete'; readonly at: number }
  /** Copies an array element next to itself: duplicate ids. */
  | { readonly op: 'duplicate'; readonly at: number }
  /** Points a reference (any string) at something that does not exist. */
  | { readonly op: 'dangle'; readonly at: number }
  | { readonly op: 'addField'; readonly at: number; readonly key: string; readonly value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: hostileValue }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('dangle' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('addField' as const),
    at: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'extra', 'id', 'kind'),
    value: hostileValue,
  }),
);

function parentOf(
  root: unknown,
  path: Path,
): Record<string | number, unknown> | unknown[] | undefined {
  let v: unknown = root;
  for (const k of path.slice(0, -1)) v = (v as Record<string | number, unknown>)[k];
  return typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>) : undefined;
}

/** Applies mutations to a deep copy of `doc` (the original is never touched). */
export function mutate(doc: unknown, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(doc);
  for (const m of mutations) {
    if (m.op === 'addField' && m.at % 4 === 0) {
      // A field added to the document itself.
      if (typeof copy === 'object' && copy !== null)
        Object.defineProperty(copy, m.key, {
          value: m.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      continue;
    }
    const all = pathsOf(copy);
    // A quarter of the changes hit the top two levels (format, version, id, scenarios[i]), which
    // would otherwise be drowned out by the hundreds of paths inside nodes.
    const paths = m.at % 4 === 1 ? all.filter((p) => p.length <= 2) : all;
    if (paths.length === 0) break;
    const path = paths[Math.floor(m.at / 4) % paths.length] as Path;
    const parent = parentOf(copy, path);
    const key = path[path.length - 1] as string | number;
    // A hostile constant set by an earlier mutation is one shared instance, frozen by an earlier
    // run's deepFreeze: leave it as it is rather than fail inside the harness.
    if (!parent || Object.isFrozen(parent)) continue;
    const target = (parent as Record<string | number, unknown>)[key];
    switch (m.op) {
      case 'set':
        (parent as Record<string | number, unknown>)[key] = m.value;
        break;
      case 'delete':
        if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
        else delete (parent as Record<string | number, unknown>)[key];
        break;
      case 'duplicate':
        if (Array.isArray(parent) && typeof key === 'number')
          parent.splice(key, 0, structuredClone(target));
        break;
      case 'dangle':
        if (typeof target === 'string')
          (parent as Record<string | number, unknown>)[key] = `${target}-ghost`;
        break;
      case 'addField':
        if (
          typeof target === 'object' &&
          target !== null &&
          !Array.isArray(target) &&
          !Object.isFrozen(target)
        ) {
          // defineProperty, so "__proto__" becomes an own field as JSON.parse would make it.
          Object.defineProperty(target, m.key, {
            value: m.value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        break;
    }
  }
  return copy;
}

/** Freezes a tree so any attempt by the code under test to change its input throws. */
export function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  // Iterative: the deeply nested value would overflow a recursive walk.
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    Object.freeze(v);
    for (const child of Object.values(v)) stack.push(child);
  }
  return value;
}

/** Times one call; fails the run if it took longer than MAX_MS_PER_INPUT. */
export function timed<T>(what: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  const ms = performance.now() - started;
  expect(ms, `${what} took ${ms.toFixed(0)} ms`).toBeLessThan(MAX_MS_PER_INPUT);
  return result;
}

export async function timedAsync<T>(what: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  expect(ms, `${what} took ${ms.toFixed(0)} ms`).toBeLessThan(MAX_MS_PER_INPUT);
  return result;
}

/** A refusal's messages: at least one, each a non-empty sentence of bounded length. */
export function expectReadableMessages(messages: readonly string[]): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const m of messages) {
    expect(typeof m).toBe('string');
    expect(m.trim()).not.toBe('');
    expect(m.length, `message too long: ${m.slice(0, 120)}…`).toBeLessThanOrEqual(
      MAX_MESSAGE_LENGTH,
    );
  }
}

/**
 * fast-check options for a suite: the run count, and a report that prints a failing input cut
 * short (the default would print a megabyte string or a 100,000-deep list whole).
 */
export function fuzzOptions<Ts>(numRuns: number): fc.Parameters<Ts> {
  // FUZZ_SEED (and FUZZ_PATH) replay a failing run from its report.
  const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
  return {
    numRuns,
    ...(seed === undefined
      ? {}
      : { seed, ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) }),
    reporter: (details) => {
      if (!details.failed) return;
      const shown = fc.stringify(details.counterexample).slice(0, 600);
      const cause =
        details.errorInstance instanceof Error
          ? (details.errorInstance.stack ?? details.errorInstance.message)
          : String(details.errorInstance);
      throw new Error(
        `Property failed after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath ?? ''}")\nCounterexample (cut): ${shown}\nCause: ${cause.slice(0, 1500)}`,
      );
    },
  };
}
