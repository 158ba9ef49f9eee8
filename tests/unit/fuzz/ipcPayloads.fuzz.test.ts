import * as fsPromises from 'node:fs/promises';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppInfoHandler } from '../../../electron/main/appInfo';
import { createExportHandlers } from '../../../electron/main/exportHandlers';
import { createFileHandlers } from '../../../electron/main/fileHandlers';
import { createFlushBroker } from '../../../electron/main/closeGuard';
import { registerIpcHandlers, UNTRUSTED_SENDER_MESSAGE } from '../../../electron/main/ipcHandlers';
import { createPrintHandlers } from '../../../electron/main/printHandlers';
import type { SenderFrameLike } from '../../../electron/main/securityPolicy';
import {
  IPC_CHANNELS,
  openTextFileRequest,
  printToPdfRequest,
  saveBinaryFileRequest,
  saveTextFileRequest,
} from '../../../shared/ipc/bridge';
import {
  FUZZ_TIMEOUT_MS,
  MEGABYTE_STRING,
  deeplyNested,
  expectReadableMessages,
  fuzzOptions,
  hostileValue,
  timedAsync,
} from './fuzzInputs';

// Every IPC channel, through registerIpcHandlers with the REAL main-process handlers (files,
// export, print) and a fake ipcMain, fed arbitrary payloads from trusted and foreign senders.
// Each call resolves with a result (a foreign appInfo call is refused by rejecting, by design);
// nothing is written and no dialog is shown unless the payload is valid and the sender is the app.

const APP_URL = 'file:///opt/ccgm/out/renderer/index.html';
type Listener = (
  event: { senderFrame: SenderFrameLike | null; sender?: unknown },
  payload?: unknown,
) => unknown;

let dir: string;
const listeners = new Map<string, Listener>();
const dialogs: string[] = [];
const writes: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccgm-ipc-fuzz-'));
  const picked = join(dir, 'picked.ccgm');
  await writeFile(picked, '{"format":"ccg-modeller/workspace"}');
  // Real fs, with every file opened for writing recorded.
  const fs = {
    ...fsPromises,
    open: (path: string, flags: 'wx', mode: number) => {
      writes.push(path);
      return fsPromises.open(path, flags, mode);
    },
  };
  const showSaveDialog = async () => {
    dialogs.push('save');
    return { canceled: false, filePath: join(dir, `saved-${dialogs.length}`) };
  };
  const files = createFileHandlers({
    showOpenDialog: async () => {
      dialogs.push('open');
      return { canceled: false, filePaths: [picked] };
    },
    showSaveDialog,
    fs,
    maxBytes: 64 * 1024,
  });
  registerIpcHandlers({
    ipcMain: {
      handle: (channel: string, fn: Listener) => void listeners.set(channel, fn),
    } as never,
    handlers: {
      appInfo: createAppInfoHandler(() => '0.1.0'),
      ...files,
      ...createExportHandlers({ showSaveDialog, fs }),
      ...createPrintHandlers({ showSaveDialog, fs }),
      // The real broker: nothing has asked to save, so every answer is refused in words.
      flushResult: createFlushBroker({ send: () => undefined }).receive,
    },
    isTrustedSender: (frame) => frame !== null && frame.parent === null && frame.url === APP_URL,
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const frame: fc.Arbitrary<SenderFrameLike | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ url: APP_URL, parent: null }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<SenderFrameLike | null>(
      null,
      { url: 'https://evil.example/', parent: null },
      { url: APP_URL, parent: {} },
      { url: `${APP_URL}/../x.html`, parent: null },
    ),
  },
);

const fileName = fc.oneof(
  fc.constantFrom(
    'North',
    'report.pdf',
    '../../etc/passwd',
    'C:\\Windows\\x',
    'a\u0000b',
    '.',
    '..',
    '',
    'CON',
    MEGABYTE_STRING.slice(0, 300),
  ),
  fc.string({ maxLength: 30 }),
);
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc.constantFrom<unknown>(
    new Uint8Array(0),
    new ArrayBuffer(8),
    [1, 2, 3],
    'bytes',
    Buffer.from('abc'),
  ),
);

/** Payloads near the real shapes (so handlers get past the first check) and plain junk. */
const payload: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      kind: fc.oneof(
        fc.constantFrom('workspace', 'csv', 'xlsx', 'png', 'svg', 'pdf', '__proto__'),
        hostileValue,
      ),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      kind: fc.constantFrom('workspace', 'csv', 'xlsx', 'png', 'svg', 'exe'),
      suggestedName: fileName,
      text: fc.oneof(
        fc.string({ maxLength: 50 }),
        fc.constant('y'.repeat(70 * 1024)),
        hostileValue,
      ),
      bytes,
      landscape: fc.oneof(fc.boolean(), hostileValue),
      extra: hostileValue,
    },
    { requiredKeys: [] },
  ),
  // Exactly the contract's shapes, with fuzzed values.
  fc.record({ kind: fc.constantFrom('workspace', 'csv') }),
  fc.record({
    kind: fc.constantFrom('workspace', 'csv'),
    suggestedName: fileName,
    text: fc.string({ maxLength: 50 }),
  }),
  fc.record({ kind: fc.constantFrom('xlsx', 'png', 'svg'), suggestedName: fileName, bytes }),
  fc.record(
    { suggestedName: fileName, landscape: fc.boolean() },
    { requiredKeys: ['suggestedName'] },
  ),
  hostileValue,
  fc.constantFrom<unknown>(
    undefined,
    deeplyNested,
    Object.create(null),
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    ),
  ),
);

const SCHEMAS: Readonly<Record<string, { safeParse(v: unknown): { success: boolean } } | null>> = {
  [IPC_CHANNELS.appInfo]: null,
  [IPC_CHANNELS.openTextFile]: openTextFileRequest,
  [IPC_CHANNELS.saveTextFile]: saveTextFileRequest,
  [IPC_CHANNELS.saveBinaryFile]: saveBinaryFileRequest,
  [IPC_CHANNELS.printToPdf]: printToPdfRequest,
};

const printable = { printToPDF: async () => new Uint8Array([37, 80, 68, 70]) };

describe('IPC handlers under fuzzing', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('arbitrary payloads from any sender get a result, never a throw; only valid, trusted requests show a dialog or write', async () => {
    let calls = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.values(IPC_CHANNELS)),
        frame,
        payload,
        async (channel, senderFrame, request) => {
          calls += 1;
          const listener = listeners.get(channel);
          if (!listener) throw new Error(`no handler for ${channel}`);
          const trusted =
            senderFrame !== null && senderFrame.parent === null && senderFrame.url === APP_URL;
          const dialogsBefore = dialogs.length;
          const writesBefore = writes.length;
          let threw: unknown;
          let result: unknown;
          await timedAsync(channel, async () => {
            try {
              result = await listener({ senderFrame, sender: printable }, request);
            } catch (error) {
              threw = error;
            }
          });
          if (channel === IPC_CHANNELS.appInfo) {
            // appInfo has no error shape: a foreign sender is refused by rejecting, nothing else.
            if (trusted) expect(result).toEqual({ version: '0.1.0', shell: 'electron' });
            else expect((threw as Error).message).toBe(UNTRUSTED_SENDER_MESSAGE);
            return;
          }
          expect(threw).toBeUndefined();
          if (channel === IPC_CHANNELS.flushResult) {
            // The page's answer to a save request: { ok }, never a dialog or a write. No request is
            // pending here, so even a well-formed answer is refused, with a reason.
            const answer = result as { ok: boolean; error?: string };
            expect(answer.ok).toBe(false);
            expectReadableMessages([answer.error ?? '']);
            if (!trusted) expect(answer.error).toBe(UNTRUSTED_SENDER_MESSAGE);
            expect(dialogs.length).toBe(dialogsBefore);
            expect(writes.length).toBe(writesBefore);
            return;
          }
          const r = result as {
            canceled: boolean;
            error?: string;
            fileName?: string;
            text?: string;
          };
          expect(typeof r.canceled).toBe('boolean');
          if (r.error !== undefined) expectReadableMessages([r.error]);
          // Nothing happens for a foreign sender or a payload outside the contract.
          let valid: boolean;
          try {
            valid = SCHEMAS[channel]?.safeParse(request).success ?? false;
          } catch {
            valid = false; // the trapping proxy
          }
          if (!trusted || !valid) {
            expect(r.error, 'a refused request says why').toBeDefined();
            expect(dialogs.length).toBe(dialogsBefore);
            expect(writes.length).toBe(writesBefore);
          }
          // Whatever was written stays inside the folder the (fake) dialog chose.
          for (const w of writes.slice(writesBefore)) expect(w.startsWith(dir)).toBe(true);
        },
      ),
      fuzzOptions(600),
    );
    expect(calls).toBe(600);
    // The generator reaches the handlers' real work too, not only their first check.
    expect(dialogs.length).toBeGreaterThan(0);
    expect(writes.length).toBeGreaterThan(0);
    // No stray temporary files: every write finished with a rename (or was cleaned up).
    expect((await readdir(dir)).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});
