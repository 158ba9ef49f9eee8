import {
  MAX_TEXT_FILE_BYTES,
  printToPdfRequest,
  saveBinaryFileRequest,
  saveTextFileRequest,
  type AppInfo,
  type Bridge,
  type ExportFileKind,
  type FileKind,
  type OpenTextFileRequest,
  type OpenTextFileResult,
  type PrintToPdfRequest,
  type PrintToPdfResult,
  type SaveBinaryFileRequest,
  type SaveBinaryFileResult,
  type SaveTextFileRequest,
  type SaveTextFileResult,
} from '../../../shared/ipc/bridge';

/** What the file picker offers for each kind of file (the desktop dialogs use the same split). */
const ACCEPT: Readonly<Record<FileKind, string>> = {
  workspace: '.ccgm,.json,application/json',
  csv: '.csv,text/csv',
};

const MIME: Readonly<Record<FileKind, string>> = {
  workspace: 'application/json',
  csv: 'text/csv',
};

const EXPORT_MIME: Readonly<Record<ExportFileKind, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  svg: 'image/svg+xml',
};

/**
 * The Bridge in a plain browser: open through a hidden file input, save through a download.
 * Nothing leaves the machine: files are read with File.text() and saved from a local Blob URL.
 */
export function createBrowserBridge(doc: Document = document): Bridge {
  return {
    // __APP_VERSION__ is defined by renderer/vite.config.mts; a build without the define
    // (electron.vite.config.mts, which uses the preload bridge instead) must not crash here.
    appInfo: async (): Promise<AppInfo> => ({
      version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'unknown',
      shell: 'browser',
    }),
    openTextFile: (request) => openWithInput(doc, request),
    saveTextFile: async (request) => saveWithDownload(doc, request),
    saveBinaryFile: async (request) => saveBytesWithDownload(doc, request),
    printToPdf: async (request) => printWithDialog(doc, request),
  };
}

function openWithInput(doc: Document, request: OpenTextFileRequest): Promise<OpenTextFileResult> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT[request.kind];
    input.hidden = true;
    let settled = false;
    const view = doc.defaultView;

    const finish = (result: OpenTextFileResult): void => {
      if (settled) return;
      settled = true;
      view?.removeEventListener('focus', onWindowFocus);
      input.remove();
      resolve(result);
    };

    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) {
        finish({ canceled: true });
        return;
      }
      if (file.size > MAX_TEXT_FILE_BYTES) {
        finish({
          canceled: false,
          error: `“${file.name}” is too large to open (over ${Math.round(MAX_TEXT_FILE_BYTES / 1024 / 1024)} MB).`,
        });
        return;
      }
      file.text().then(
        (text) => finish({ canceled: false, fileName: file.name, text }),
        (err: unknown) =>
          finish({
            canceled: false,
            error: `Could not read “${file.name}”: ${err instanceof Error ? err.message : String(err)}`,
          }),
      );
    });
    // Chromium fires `cancel` when the picker is dismissed. Older engines do not, so also treat
    // the window regaining focus with no file chosen (after a grace period for `change`) as cancel.
    input.addEventListener('cancel', () => finish({ canceled: true }));
    const onWindowFocus = (): void => {
      view?.setTimeout(() => {
        if (!input.files || input.files.length === 0) finish({ canceled: true });
      }, 1000);
    };
    view?.addEventListener('focus', onWindowFocus);

    doc.body.append(input);
    input.click();
  });
}

function saveWithDownload(doc: Document, request: SaveTextFileRequest): SaveTextFileResult {
  // Same checks as the main process applies, so both shells refuse the same requests.
  const checked = saveTextFileRequest.safeParse(request);
  if (!checked.success) {
    return {
      canceled: false,
      error: `Cannot save: ${checked.error.issues.map((i) => i.message).join('; ')}`,
    };
  }
  const blob = new Blob([request.text], { type: `${MIME[request.kind]};charset=utf-8` });
  download(doc, blob, request.suggestedName);
  return { canceled: false, fileName: request.suggestedName };
}

function saveBytesWithDownload(
  doc: Document,
  request: SaveBinaryFileRequest,
): SaveBinaryFileResult {
  const checked = saveBinaryFileRequest.safeParse(request);
  if (!checked.success) {
    return {
      canceled: false,
      error: `Cannot save: ${checked.error.issues.map((i) => i.message).join('; ')}`,
    };
  }
  // A copy into a plain ArrayBuffer: the request's view may be onto a larger or shared buffer.
  const blob = new Blob([request.bytes.slice().buffer], { type: EXPORT_MIME[request.kind] });
  download(doc, blob, request.suggestedName);
  return { canceled: false, fileName: request.suggestedName };
}

/** Starts a download of `blob` as `fileName` from a local Blob URL (nothing leaves the machine). */
function download(doc: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download before the browser has started it.
  doc.defaultView?.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Browser mode has no printToPDF: the page's print stylesheet lays out what is to be printed and
 * the browser's own dialog offers "Save as PDF". window.print() returns when the dialog closes.
 */
function printWithDialog(doc: Document, request: PrintToPdfRequest): PrintToPdfResult {
  const checked = printToPdfRequest.safeParse(request);
  if (!checked.success) {
    return {
      canceled: false,
      error: `Cannot print: ${checked.error.issues.map((i) => i.message).join('; ')}`,
    };
  }
  const view = doc.defaultView;
  if (!view) return { canceled: false, error: 'Cannot print: the page has no window.' };
  view.print();
  return { canceled: false, printDialog: true };
}
