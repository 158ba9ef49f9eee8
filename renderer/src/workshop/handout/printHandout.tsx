import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { exportFileName } from '../../../../shared/export/exportFileName';
import type { Bridge, PrintToPdfResult } from '../../../../shared/ipc/bridge';
import type { Workspace } from '../../../../shared/model/workspace';
import { decodeProblem, problemOf } from '../../print/PictureProblem';
import { PRINTING_CLASS } from '../../print/printScenarioReport';
import { HandoutView } from './HandoutView';
import { slidePictureSvg } from './slidePicture';
import './handout.css';

/**
 * Prints the workshop handout through the bridge, as the scenario report is printed: laid out in
 * a print-only element, then printToPDF in the desktop app (which asks where to save it) or the
 * browser's print dialog. Everything it added to the page is removed again, whatever happened.
 */
export async function printHandout(
  bridge: Bridge,
  workspace: Workspace,
): Promise<PrintToPdfResult> {
  const pictures = new Map<string, string>();
  // A picture that cannot be drawn is replaced by a sentence saying why, never left blank.
  const problems = new Map<string, string>();
  const host = document.createElement('div');
  host.className = 'print-root';
  const root = createRoot(host);
  const html = document.documentElement;
  const printedAt = new Date();
  const show = (): void =>
    flushSync(() =>
      root.render(
        <HandoutView
          workspace={workspace}
          pictures={pictures}
          pictureProblems={new Map(problems)}
          printedAt={printedAt}
        />,
      ),
    );
  try {
    for (const slide of workspace.slides ?? []) {
      if (slide.highlight?.kind === 'comparison') continue;
      try {
        const svg = slidePictureSvg(workspace, slide);
        pictures.set(slide.id, URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })));
      } catch (error) {
        problems.set(slide.id, problemOf(error));
      }
    }
    document.body.append(host);
    show();
    const decoded = await Promise.all(
      Array.from(host.querySelectorAll<HTMLImageElement>('img[data-slide-id]')).map(
        async (img) => [img.dataset.slideId ?? '', await decodeProblem(img)] as const,
      ),
    );
    for (const [slideId, problem] of decoded) if (problem !== null) problems.set(slideId, problem);
    if (decoded.some(([, problem]) => problem !== null)) show();
    html.classList.add(PRINTING_CLASS);
    return await bridge.printToPdf({
      suggestedName: exportFileName({
        workspace: workspace.name,
        what: 'workshop handout',
        extension: 'pdf',
      }),
    });
  } finally {
    html.classList.remove(PRINTING_CLASS);
    root.unmount();
    host.remove();
    for (const url of pictures.values()) URL.revokeObjectURL(url);
  }
}
