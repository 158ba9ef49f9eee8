import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Bridge, PrintToPdfResult } from '../../../shared/ipc/bridge';
import { exportFileName } from '../../../shared/export/exportFileName';
import type { Workspace } from '../../../shared/model/workspace';
import { canvasPicture } from '../export/exportActions';
import { resolvedAssumptionsCached, shownYearId } from '../state/costScenarioCached';
import { useUiStore } from '../state/uiStore';
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
export async function printScenarioReport(bridge: Bridge, workspace: Workspace, scenarioId: string): Promise<PrintToPdfResult> {
  const scenario = workspace.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return { canceled: false, error: `Scenario "${scenarioId}" is not in the workspace.` };

  const picture = canvasPicture(workspace, scenarioId);
  const pictureUrl = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  const host = document.createElement('div');
  host.className = 'print-root';
  document.body.append(host);
  const root = createRoot(host);
  const html = document.documentElement;
  try {
    flushSync(() => root.render(<ReportView workspace={workspace} scenarioId={scenarioId} yearId={shownYearId(resolvedAssumptionsCached(workspace, scenarioId), useUiStore.getState().yearId)} pictureUrl={pictureUrl} printedAt={new Date()} />));
    // The picture must be decoded before printing, or the PDF gets an empty frame.
    await Promise.all(Array.from(host.querySelectorAll('img')).map((img) => img.decode().catch(() => undefined)));
    html.classList.add(PRINTING_CLASS);
    return await bridge.printToPdf({
      suggestedName: exportFileName({ workspace: workspace.name, scenario: scenario.name, what: 'report', extension: 'pdf' }),
    });
  } finally {
    html.classList.remove(PRINTING_CLASS);
    root.unmount();
    host.remove();
    URL.revokeObjectURL(pictureUrl);
  }
}
