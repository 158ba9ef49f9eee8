/**
 * The PDF report: prints the asking page (laid out by its print stylesheet) with
 * webContents.printToPDF, then asks where to save it and writes it atomically. The page's
 * webContents comes in with each call and the dialog and fs as dependencies, so tests use a fake
 * webContents and the e2e harness wires Playwright's page.pdf(). No runtime import of 'electron'.
 */
import type { PrintToPDFOptions } from 'electron';
import { printToPdfRequest, type PrintToPdfResult } from '../../shared/ipc/bridge';
import { describeInvalidRequest } from './describeInvalidRequest';
import { saveBytesWithDialog, type ExportHandlerDeps } from './exportHandlers';

/** The part of WebContents the handler uses. */
export interface PrintableContents {
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
}

export type PrintHandlerDeps = ExportHandlerDeps;

export interface PrintHandlers {
  /** Validates `request`, prints `contents` to PDF, asks where to save it, writes it. Never throws. */
  printToPdf(request: unknown, contents: PrintableContents | null): Promise<PrintToPdfResult>;
}

/** A4, as NHS reports are printed; the page's @page rule may refine margins. */
export function pdfOptions(landscape: boolean): PrintToPDFOptions {
  return {
    pageSize: 'A4',
    landscape,
    printBackground: true,
    preferCSSPageSize: true,
    // Tagged and outlined, so the report stays accessible and navigable in a PDF reader.
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

export function createPrintHandlers(deps: PrintHandlerDeps): PrintHandlers {
  return {
    async printToPdf(request, contents) {
      const parsed = printToPdfRequest.safeParse(request);
      if (!parsed.success)
        return { canceled: false, error: describeInvalidRequest('print a report', parsed.error) };
      if (!contents)
        return { canceled: false, error: 'Could not print the report: the window is gone.' };
      const { suggestedName, landscape = false } = parsed.data;
      // The PDF is made before the dialog, so what is saved is the page as it was when asked.
      let pdf: Uint8Array;
      try {
        pdf = await contents.printToPDF(pdfOptions(landscape));
      } catch (error) {
        return {
          canceled: false,
          error: `Could not print the report: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
      if (pdf.byteLength === 0)
        return { canceled: false, error: 'Could not print the report: the PDF came out empty.' };
      return saveBytesWithDialog(deps, 'pdf', suggestedName, pdf);
    },
  };
}
