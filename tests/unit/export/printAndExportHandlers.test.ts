import * as fsPromises from 'node:fs/promises';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  IpcMain,
  IpcMainInvokeEvent,
  PrintToPDFOptions,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, MAX_BINARY_FILE_BYTES } from '../../../shared/ipc/bridge';
import { createExportHandlers } from '../../../electron/main/exportHandlers';
import {
  registerIpcHandlers,
  UNTRUSTED_SENDER_MESSAGE,
  type MainHandlers,
} from '../../../electron/main/ipcHandlers';
import { createPrintHandlers, type PrintableContents } from '../../../electron/main/printHandlers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccgm-print-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PDF = new TextEncoder().encode('%PDF-1.7\n% a fake report\n%%EOF\n');

function saveDialogChoosing(path: string | undefined) {
  return vi.fn(async (_options: SaveDialogOptions): Promise<SaveDialogReturnValue> =>
    path === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath: path },
  );
}

/** A stand-in for Electron's webContents: records the options and returns fixed PDF bytes. */
function fakeContents(result: Uint8Array | Error = PDF) {
  return {
    printToPDF: vi.fn(async (_options: PrintToPDFOptions): Promise<Uint8Array> => {
      if (result instanceof Error) throw result;
      return result;
    }),
  } satisfies PrintableContents;
}

describe('printToPdf (main process)', () => {
  it('prints the asking page to A4 PDF, asks where to save it, and writes it', async () => {
    const target = join(dir, 'Northshire report.pdf');
    const showSaveDialog = saveDialogChoosing(target);
    const contents = fakeContents();
    const result = await createPrintHandlers({ showSaveDialog, fs: fsPromises }).printToPdf(
      { suggestedName: 'Northshire report' },
      contents,
    );
    expect(result).toEqual({ canceled: false, fileName: 'Northshire report.pdf' });
    expect(contents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', landscape: false, printBackground: true }),
    );
    expect(new Uint8Array(await readFile(target))).toEqual(PDF);
    const dialog = showSaveDialog.mock.calls[0]?.[0];
    expect(dialog?.defaultPath).toBe('Northshire report.pdf');
    expect(dialog?.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(dialog?.title).toBe('Save report as PDF');
    // Written beside the target and renamed over it: no temporary file is left.
    expect(await readdir(dir)).toEqual(['Northshire report.pdf']);
  });

  it('passes landscape through', async () => {
    const contents = fakeContents();
    await createPrintHandlers({
      showSaveDialog: saveDialogChoosing(undefined),
      fs: fsPromises,
    }).printToPdf({ suggestedName: 'r.pdf', landscape: true }, contents);
    expect(contents.printToPDF.mock.calls[0]?.[0].landscape).toBe(true);
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const result = await createPrintHandlers({
      showSaveDialog: saveDialogChoosing(undefined),
      fs: fsPromises,
    }).printToPdf({ suggestedName: 'r.pdf' }, fakeContents());
    expect(result).toEqual({ canceled: true });
    expect(await readdir(dir)).toEqual([]);
  });

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'r.pdf');
    await writeFile(target, 'old report');
    await createPrintHandlers({
      showSaveDialog: saveDialogChoosing(target),
      fs: fsPromises,
    }).printToPdf({ suggestedName: 'r.pdf' }, fakeContents());
    expect(new Uint8Array(await readFile(target))).toEqual(PDF);
  });

  it('reports a print failure without asking where to save', async () => {
    const showSaveDialog = saveDialogChoosing(join(dir, 'r.pdf'));
    const result = await createPrintHandlers({ showSaveDialog, fs: fsPromises }).printToPdf(
      { suggestedName: 'r.pdf' },
      fakeContents(new Error('renderer gone')),
    );
    expect(result).toEqual({ canceled: false, error: 'Could not print the report: renderer gone' });
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses an invalid request and a missing window', async () => {
    const handlers = createPrintHandlers({
      showSaveDialog: saveDialogChoosing(undefined),
      fs: fsPromises,
    });
    const contents = fakeContents();
    const bad = await handlers.printToPdf({ suggestedName: '../../etc/passwd' }, contents);
    expect(bad).toMatchObject({
      canceled: false,
      error: expect.stringMatching(/^Invalid request to print a report: suggestedName: /),
    });
    expect(await handlers.printToPdf({ suggestedName: 'r.pdf', extra: 1 }, contents)).toMatchObject(
      { canceled: false, error: expect.any(String) },
    );
    expect(contents.printToPDF).not.toHaveBeenCalled();
    expect(await handlers.printToPdf({ suggestedName: 'r.pdf' }, null)).toEqual({
      canceled: false,
      error: 'Could not print the report: the window is gone.',
    });
  });

  it('reports a write failure', async () => {
    const target = join(dir, 'missing-folder', 'r.pdf');
    const result = await createPrintHandlers({
      showSaveDialog: saveDialogChoosing(target),
      fs: fsPromises,
    }).printToPdf({ suggestedName: 'r.pdf' }, fakeContents());
    expect(result).toMatchObject({
      canceled: false,
      error: expect.stringMatching(/^Could not save "r\.pdf": /),
    });
  });
});

describe('saveBinaryFile (main process)', () => {
  it('saves XLSX bytes with the right filter and extension', async () => {
    const target = join(dir, 'Results.xlsx');
    const showSaveDialog = saveDialogChoosing(target);
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 0, 255]);
    const result = await createExportHandlers({ showSaveDialog, fs: fsPromises }).saveBinaryFile({
      kind: 'xlsx',
      suggestedName: 'Results',
      bytes,
    });
    expect(result).toEqual({ canceled: false, fileName: 'Results.xlsx' });
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect(showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: 'Results.xlsx',
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    });
  });

  it('accepts a Node Buffer (what Electron IPC may deliver) and PNG/SVG kinds', async () => {
    const handlers = createExportHandlers({
      showSaveDialog: saveDialogChoosing(join(dir, 'c.png')),
      fs: fsPromises,
    });
    expect(
      await handlers.saveBinaryFile({
        kind: 'png',
        suggestedName: 'c.png',
        bytes: Buffer.from([137, 80, 78, 71]),
      }),
    ).toEqual({ canceled: false, fileName: 'c.png' });
  });

  it('refuses a request that is not bytes, is empty, too large, or names a folder', async () => {
    const handlers = createExportHandlers({
      showSaveDialog: saveDialogChoosing(join(dir, 'x.xlsx')),
      fs: fsPromises,
    });
    for (const request of [
      { kind: 'xlsx', suggestedName: 'x', bytes: 'not bytes' },
      { kind: 'xlsx', suggestedName: 'x', bytes: new Uint8Array(0) },
      { kind: 'xlsx', suggestedName: 'a/b.xlsx', bytes: new Uint8Array(1) },
      { kind: 'exe', suggestedName: 'x', bytes: new Uint8Array(1) },
      { kind: 'xlsx', suggestedName: 'x', bytes: new Uint8Array(MAX_BINARY_FILE_BYTES + 1) },
    ]) {
      expect(await handlers.saveBinaryFile(request)).toMatchObject({
        canceled: false,
        error: expect.stringMatching(/^Invalid request to export a file: /),
      });
    }
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('the print and export channels', () => {
  type Listener = (event: Partial<IpcMainInvokeEvent>, ...args: unknown[]) => unknown;
  function setup() {
    const listeners = new Map<string, Listener>();
    const ipcMain = {
      handle: (channel: string, l: Listener) => void listeners.set(channel, l),
    } as unknown as Pick<IpcMain, 'handle'>;
    const handlers: MainHandlers = {
      appInfo: vi.fn(async () => ({ version: '0', shell: 'electron' as const })),
      openTextFile: vi.fn(async () => ({ canceled: true as const })),
      saveTextFile: vi.fn(async () => ({ canceled: true as const })),
      saveBinaryFile: vi.fn(async () => ({ canceled: true as const })),
      printToPdf: vi.fn(async () => ({ canceled: true as const })),
    };
    registerIpcHandlers({
      ipcMain,
      handlers,
      isTrustedSender: (frame) => frame?.url === 'file:///app/index.html',
    });
    return { listeners, handlers };
  }

  it('prints the sender’s own webContents, and only for our page', async () => {
    const { listeners, handlers } = setup();
    const print = listeners.get(IPC_CHANNELS.printToPdf);
    if (!print) throw new Error('print channel not registered');
    const sender = fakeContents();
    const trusted = {
      senderFrame: { url: 'file:///app/index.html', parent: null },
      sender,
    } as unknown as IpcMainInvokeEvent;
    await print(trusted, { suggestedName: 'r.pdf' });
    expect(handlers.printToPdf).toHaveBeenCalledWith({ suggestedName: 'r.pdf' }, sender);
    const foreign = {
      senderFrame: { url: 'https://evil.example/', parent: null },
      sender,
    } as unknown as IpcMainInvokeEvent;
    await expect(print(foreign, { suggestedName: 'r.pdf' })).resolves.toEqual({
      canceled: false,
      error: UNTRUSTED_SENDER_MESSAGE,
    });
    expect(handlers.printToPdf).toHaveBeenCalledTimes(1);
  });

  it('turns a handler’s unexpected throw into a result', async () => {
    const { listeners, handlers } = setup();
    vi.mocked(handlers.saveBinaryFile).mockRejectedValueOnce(new Error('boom'));
    const save = listeners.get(IPC_CHANNELS.saveBinaryFile);
    const event = {
      senderFrame: { url: 'file:///app/index.html', parent: null },
    } as unknown as IpcMainInvokeEvent;
    await expect(save?.(event, {})).resolves.toEqual({
      canceled: false,
      error: 'Unexpected error: boom',
    });
  });
});
