/**
 * The one bridge between the renderer and the native side. The main process implements it over
 * IPC (electron/preload/index.ts exposes it as `window.ccgBridge`); in a plain browser
 * renderer/bridge/browserBridge.ts implements the same interface with download/upload.
 * Channel names and payload schemas live here so both sides agree by construction.
 */
import { z } from 'zod';

/** Channel names: renaming one is a breaking change between main and preload. */
export const IPC_CHANNELS = {
  appInfo: 'app:info',
  openTextFile: 'file:open-text',
  saveTextFile: 'file:save-text',
  saveBinaryFile: 'file:save-binary',
  printToPdf: 'print:to-pdf',
  /** The renderer's answer to MAIN_EVENTS.flushRequest: FlushResult. */
  flushResult: 'app:flush-result',
} as const;
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/**
 * Main → renderer events (sent with webContents.send, received in the preload). Renaming one is a
 * breaking change between main and preload, like IPC_CHANNELS.
 */
export const MAIN_EVENTS = {
  /** A `.ccgm` or `.csv` file the operating system (or Open Recent) asked the app to open: OsOpenedFile. */
  fileOpened: 'file:opened',
  /**
   * The window is closing: save every pending edit now and answer on IPC_CHANNELS.flushResult
   * with the same requestId (FlushRequest). Main waits a few seconds, then asks the user.
   */
  flushRequest: 'app:flush-request',
} as const;

/** Main asks the renderer to save before its window closes; the id pairs the answer with it. */
export const flushRequest = z.strictObject({ requestId: z.string().min(1).max(100) });
export type FlushRequest = z.infer<typeof flushRequest>;

/** Whether every edit is saved (ok), or why not, for the request it answers. */
export const flushResult = z.strictObject({
  requestId: z.string().min(1).max(100),
  ok: z.boolean(),
  /** Why saving failed, in words, when ok is false. */
  error: z.string().max(2000).optional(),
});
export type FlushResult = z.infer<typeof flushResult>;
/** What the renderer's flush handler reports (the bridge adds the requestId). */
export type FlushOutcome = Omit<FlushResult, 'requestId'>;

/** What kind of file a dialog is for; decides its filters and default extension. */
export const FILE_KINDS = ['workspace', 'csv'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Largest text file the bridge will read or write (a national workspace is a few MB). */
export const MAX_TEXT_FILE_BYTES = 50 * 1024 * 1024;

/** A bare file name: no folder separators, no characters Windows forbids, no control characters. */
export function isPlainFileName(s: string): boolean {
  if (/[\\/:*?"<>|]/.test(s) || s === '.' || s === '..') return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x20) return false;
  return true;
}

/** A file the OS handed to the app, already read by main: a bare file name and its UTF-8 text. */
export const osOpenedFile = z.strictObject({
  // Not isPlainFileName: Linux and macOS allow ':' or '?' in names, and such a file must still open.
  fileName: z
    .string()
    .min(1)
    .max(255)
    .refine(
      (s) => !/[\\/]/.test(s) && [...s].every((c) => c.charCodeAt(0) >= 0x20),
      'must be a file name without a folder',
    ),
  text: z.string().max(MAX_TEXT_FILE_BYTES),
});
export type OsOpenedFile = z.infer<typeof osOpenedFile>;

export const openTextFileRequest = z.strictObject({ kind: z.enum(FILE_KINDS) });
export type OpenTextFileRequest = z.infer<typeof openTextFileRequest>;

export const saveTextFileRequest = z.strictObject({
  kind: z.enum(FILE_KINDS),
  /** A bare file name, never a path: the user picks the folder in the dialog. */
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .refine(isPlainFileName, 'must be a file name without a folder or special characters'),
  text: z.string().max(MAX_TEXT_FILE_BYTES),
});
export type SaveTextFileRequest = z.infer<typeof saveTextFileRequest>;

export type OpenTextFileResult =
  | { readonly canceled: true }
  | { readonly canceled: false; readonly fileName: string; readonly text: string }
  | { readonly canceled: false; readonly error: string };

export type SaveTextFileResult =
  | { readonly canceled: true }
  | { readonly canceled: false; readonly fileName: string }
  | { readonly canceled: false; readonly error: string };

/** What kind of exported file a binary save is for; decides its dialog's filters and extension. */
export const EXPORT_FILE_KINDS = ['xlsx', 'png', 'svg'] as const;
export type ExportFileKind = (typeof EXPORT_FILE_KINDS)[number];

/** Largest exported file the bridge will write (a 3× PNG of a national canvas is tens of MB). */
export const MAX_BINARY_FILE_BYTES = 100 * 1024 * 1024;

const suggestedFileName = z
  .string()
  .min(1)
  .max(200)
  .refine(isPlainFileName, 'must be a file name without a folder or special characters');

export const saveBinaryFileRequest = z.strictObject({
  kind: z.enum(EXPORT_FILE_KINDS),
  /** A bare file name, never a path: the user picks the folder in the dialog. */
  suggestedName: suggestedFileName,
  // Any Uint8Array (a Node Buffer is one too), whatever buffer it views.
  bytes: z
    .custom<Uint8Array>((v) => v instanceof Uint8Array, 'must be bytes (a Uint8Array)')
    .refine((b) => b.byteLength > 0, 'must not be empty')
    .refine(
      (b) => b.byteLength <= MAX_BINARY_FILE_BYTES,
      `must be at most ${MAX_BINARY_FILE_BYTES / 1024 / 1024} MB`,
    ),
});
export type SaveBinaryFileRequest = z.infer<typeof saveBinaryFileRequest>;
export type SaveBinaryFileResult = SaveTextFileResult;

/** Prints the page as it is laid out for print (its print stylesheet) to a PDF the user saves. */
export const printToPdfRequest = z.strictObject({
  /** A bare file name for the save dialog, e.g. "Northshire – Option B report.pdf". */
  suggestedName: suggestedFileName,
  landscape: z.boolean().optional(),
});
export type PrintToPdfRequest = z.infer<typeof printToPdfRequest>;

export type PrintToPdfResult =
  | { readonly canceled: true }
  /** Saved as a PDF (the desktop app). */
  | { readonly canceled: false; readonly fileName: string }
  /** Handed to the browser's own print dialog, where the user chooses "Save as PDF" (browser mode). */
  | { readonly canceled: false; readonly printDialog: true }
  | { readonly canceled: false; readonly error: string };

export interface AppInfo {
  readonly version: string;
  /** 'electron' in the desktop app, 'browser' in browser mode. */
  readonly shell: 'electron' | 'browser';
}

/** The bridge the renderer sees. Every method is async and never throws for user cancel. */
export interface Bridge {
  appInfo(): Promise<AppInfo>;
  openTextFile(request: OpenTextFileRequest): Promise<OpenTextFileResult>;
  saveTextFile(request: SaveTextFileRequest): Promise<SaveTextFileResult>;
  /** Saves exported bytes (XLSX, PNG, SVG) where the user chooses; in a browser, a download. */
  saveBinaryFile(request: SaveBinaryFileRequest): Promise<SaveBinaryFileResult>;
  /** Prints the page (its print layout) to a PDF the user saves; in a browser, the print dialog. */
  printToPdf(request: PrintToPdfRequest): Promise<PrintToPdfResult>;
}
