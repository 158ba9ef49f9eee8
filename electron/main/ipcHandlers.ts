/**
 * Binds the bridge channels to their handlers with the checks every call needs: the sender must
 * be our own page, and a handler's failure comes back as a readable result instead of a raw
 * rejection. Takes ipcMain as an argument (type-only import) so tests can drive it with a fake.
 *
 * Channels (all renderer → main via ipcRenderer.invoke; names in shared/ipc/bridge.ts):
 *   app:info        → AppInfo
 *   file:open-text  → OpenTextFileResult
 *   file:save-text  → SaveTextFileResult
 *   file:save-binary → SaveBinaryFileResult (exported XLSX, PNG, SVG)
 *   print:to-pdf    → PrintToPdfResult (prints the sending page itself)
 *   app:flush-result → { ok } (the page's answer to app:flush-request, sent as its window closes)
 * Main → renderer events are sent, not handled, so they are not registered here: `menu:command`
 * (a string; shared/ipc/menuCommands.ts) and `file:opened` (an OsOpenedFile validated with
 * zod before sending and again in the preload; MAIN_EVENTS in shared/ipc/bridge.ts).
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  IPC_CHANNELS,
  type AppInfo,
  type OpenTextFileResult,
  type PrintToPdfResult,
  type SaveBinaryFileResult,
  type SaveTextFileResult,
} from '../../shared/ipc/bridge';
import type { PrintableContents } from './printHandlers';
import type { SenderFrameLike } from './securityPolicy';

export interface MainHandlers {
  appInfo(): Promise<AppInfo>;
  openTextFile(request: unknown): Promise<OpenTextFileResult>;
  saveTextFile(request: unknown): Promise<SaveTextFileResult>;
  saveBinaryFile(request: unknown): Promise<SaveBinaryFileResult>;
  /** Prints `contents`, the webContents that asked: a page can only ever print itself. */
  printToPdf(request: unknown, contents: PrintableContents | null): Promise<PrintToPdfResult>;
  /** The page's answer to a flush request (see closeGuard.ts); absent where nothing asks. */
  flushResult?(
    request: unknown,
  ): Promise<{ readonly ok: true } | { readonly ok: false; readonly error: string }>;
}

export interface RegisterIpcHandlersOptions {
  readonly ipcMain: Pick<IpcMain, 'handle'>;
  readonly handlers: MainHandlers;
  readonly isTrustedSender: (frame: SenderFrameLike | null) => boolean;
}

export const UNTRUSTED_SENDER_MESSAGE =
  'Request refused: it did not come from the CCG Modeller window.';

/** The event fields the wrappers read; IpcMainInvokeEvent satisfies it. */
type InvokeEventLike = Pick<IpcMainInvokeEvent, 'senderFrame'>;

export function registerIpcHandlers({
  ipcMain,
  handlers,
  isTrustedSender,
}: RegisterIpcHandlersOptions): void {
  ipcMain.handle(IPC_CHANNELS.appInfo, (event: InvokeEventLike) => {
    // AppInfo has no error shape: refuse by rejecting; the renderer's own page never sees this.
    if (!isTrustedSender(event.senderFrame)) throw new Error(UNTRUSTED_SENDER_MESSAGE);
    return handlers.appInfo();
  });
  ipcMain.handle(IPC_CHANNELS.openTextFile, (event: InvokeEventLike, request: unknown) =>
    guardedFileCall(isTrustedSender(event.senderFrame), () => handlers.openTextFile(request)),
  );
  ipcMain.handle(IPC_CHANNELS.saveTextFile, (event: InvokeEventLike, request: unknown) =>
    guardedFileCall(isTrustedSender(event.senderFrame), () => handlers.saveTextFile(request)),
  );
  ipcMain.handle(IPC_CHANNELS.saveBinaryFile, (event: InvokeEventLike, request: unknown) =>
    guardedFileCall(isTrustedSender(event.senderFrame), () => handlers.saveBinaryFile(request)),
  );
  ipcMain.handle(IPC_CHANNELS.flushResult, async (event: InvokeEventLike, request: unknown) => {
    if (!isTrustedSender(event.senderFrame)) return { ok: false, error: UNTRUSTED_SENDER_MESSAGE };
    return handlers.flushResult
      ? handlers.flushResult(request)
      : { ok: false, error: 'Nothing asked this window to save.' };
  });
  ipcMain.handle(IPC_CHANNELS.printToPdf, (event: PrintEventLike, request: unknown) =>
    guardedFileCall(isTrustedSender(event.senderFrame), () =>
      handlers.printToPdf(request, event.sender ?? null),
    ),
  );
}

/** A print request's event also carries the sender's webContents (IpcMainInvokeEvent satisfies it). */
type PrintEventLike = InvokeEventLike & { readonly sender?: PrintableContents | null };

/** Runs a file handler for a trusted sender; turns refusal or an unexpected throw into a result. */
async function guardedFileCall<
  T extends OpenTextFileResult | SaveTextFileResult | PrintToPdfResult,
>(
  trusted: boolean,
  call: () => Promise<T>,
): Promise<T | { readonly canceled: false; readonly error: string }> {
  if (!trusted) return { canceled: false, error: UNTRUSTED_SENDER_MESSAGE };
  try {
    return await call();
  } catch (error) {
    // The handlers already catch what they expect; this is the net for a bug.
    const detail = error instanceof Error ? error.message : String(error);
    return { canceled: false, error: `Unexpected error: ${detail}` };
  }
}
