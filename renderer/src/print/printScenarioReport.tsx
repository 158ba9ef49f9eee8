import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Bridge, PrintToPdfResult } from '../../../shared/ipc/bridge';
import { exportFileName } from '../../../shared/export/exportFileName';
import type { Workspace } from '../../../shared/model/workspace';
import { canvasPicture } from '../export/exportActions';
import { resolvedAssumptionsCached, shownYearId } from '../state/costScenarioCached';
import { useUiStore } from '../state/uiStore';
import { decodeProblem, problemOf } from './PictureProblem';
import { ReportView } from './ReportView';
import './print.css';

/** The class on <html> that makes print show the report instead of the app (print.css). */
export const PRINTING_CLASS = 'is-printing-report';

/**
 * Prints the PDF report of a scenario. Lays the report out in a print-only element, then asks the
 * bridge to print the page: the desktop app makes a PDF with printToPDF and asks where to save
 * it; a browser opens its print dialog (where "Save as PDF" is offered). The report is removed
 * again when the bridge call returns, whatever happened.
 */
export async function printScenarioReport(
  bridge: Bridge,
  workspace: Workspace,
  scenarioId: string,
): Promise<PrintToPdfResult> {
  const scenario = workspace.scenarios.find((s) => s.id === scenarioId);
  if (!scenario)
    return { canceled: false, error: `Scenario "${scenarioId}" is not in the workspace.` };

  // A picture that cannot be drawn is replaced by a sentence saying why, never left blank.
  let pictureUrl: string | null = null;
  let pictureProblem: string | null = null;
  try {
    pictureUrl = URL.createObjectURL(
      new Blob([canvasPicture(workspace, scenarioId).svg], { type: 'image/svg+xml' }),
    );
  } catch (error) {
    pictureProblem = problemOf(error);
  }
  const host = document.createElement('div');
  host.className = 'print-root';
  document.body.append(host);
  const root = createRoot(host);
  const html = document.documentElement;
  const printedAt = new Date();
  const yearId = shownYearId(
    resolvedAssumptionsCached(workspace, scenarioId),
    useUiStore.getState().yearId,
  );
  const show = (): void =>
    flushSync(() =>
      root.render(
        <ReportView
          workspace={workspace}
          scenarioId={scenarioId}
          yearId={yearId}
          pictureUrl={pictureUrl}
          pictureProblem={pictureProblem}
          printedAt={printedAt}
        />,
      ),
    );
  try {
    show();
    const img = host.querySelector<HTMLImageElement>('.report-picture img');
    if (img) {
      pictureProblem = await decodeProblem(img);
      if (pictureProblem !== null) show();
    }
    html.classList.add(PRINTING_CLASS);
    return await bridge.printToPdf({
      suggestedName: exportFileName({
        workspace: workspace.name,
        scenario: scenario.name,
        what: 'report',
        extension: 'pdf',
      }),
    });
  } finally {
    html.classList.remove(PRINTING_CLASS);
    root.unmount();
    host.remove();
    if (pictureUrl !== null) URL.revokeObjectURL(pictureUrl);
  }
}
