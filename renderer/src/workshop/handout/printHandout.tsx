import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { exportFileName } from '../../../../shared/export/exportFileName';
import type { Bridge, PrintToPdfResult } from '../../../../shared/ipc/bridge';
import type { Workspace } from '../../../../shared/model/workspace';
import { PRINTING_CLASS } from '../../print/printScenarioReport';
import { HandoutView } from './HandoutView';
import { slidePictureSvg } from './slidePicture';
import './handout.css';

/**
 * Prints the workshop handout through the bridge, as the scenario report is printed: laid out in
 * a print-only element, then printToPDF in the desktop app (which asks where to save it) or the
 * browser's print dialog. Everything it added to the page is removed again, whatever happened.
 */
export async function printHandout(bridge: Bridge, workspace: Workspace): Promise<PrintToPdfResult> {
  const pictures = new Map<string, string>();
  const host = document.createElement('div');
  host.className = 'print-root';
  const root = createRoot(host);
  const html = document.documentElement;
  try {
    for (const slide of workspace.slides ?? []) {
      if (slide.highlight?.kind === 'comparison') continue;
      const svg = slidePictureSvg(workspace, slide);
      pictures.set(slide.id, URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })));
    }
    document.body.append(host);
    flushSync(() => root.render(<HandoutView workspace={workspace} pictures={pictures} printedAt={new Date()} />));
    // Pictures must be decoded before printing, or the PDF gets empty frames.
    await Promise.all(Array.from(host.querySelectorAll('img')).map((img) => img.decode().catch(() => undefined)));
    html.classList.add(PRINTING_CLASS);
    return await bridge.printToPdf({
      suggestedName: exportFileName({ workspace: workspace.name, what: 'workshop handout', extension: 'pdf' }),
    });
  } finally {
    html.classList.remove(PRINTING_CLASS);
    root.unmount();
    host.remove();
    for (const url of pictures.values()) URL.revokeObjectURL(url);
  }
}
