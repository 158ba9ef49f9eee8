import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { exportFileName, scenarioNamesForFileName } from '../../../shared/export/exportFileName';
import type { Bridge, PrintToPdfResult } from '../../../shared/ipc/bridge';
import type { Workspace } from '../../../shared/model/workspace';
import { ComparisonReportView } from './ComparisonReportView';
import { PRINTING_CLASS } from './printScenarioReport';
import './print.css';

/**
 * Prints the comparison report of two or more scenarios (the first the baseline) in a year, the
 * same way as the scenario report: laid out in a print-only element, printed by the bridge, and
 * removed again whatever happened. Fewer than two scenarios is refused before anything is drawn.
 */
export async function printComparisonReport(
  bridge: Bridge,
  workspace: Workspace,
  scenarioIds: readonly string[],
  yearId?: string,
): Promise<PrintToPdfResult> {
  const scenarios = scenarioIds.map((id) => workspace.scenarios.find((s) => s.id === id));
  const missing = scenarioIds.filter((_, i) => !scenarios[i]);
  if (missing.length > 0)
    return { canceled: false, error: `Scenario "${missing[0]}" is not in the workspace.` };
  if (scenarioIds.length < 2) {
    return {
      canceled: false,
      error:
        'A comparison report needs two scenarios or more: add a scenario (or pick two in Compare) first.',
    };
  }
  const host = document.createElement('div');
  host.className = 'print-root';
  document.body.append(host);
  const root = createRoot(host);
  const html = document.documentElement;
  try {
    flushSync(() =>
      root.render(
        <ComparisonReportView
          workspace={workspace}
          scenarioIds={scenarioIds}
          yearId={yearId}
          printedAt={new Date()}
        />,
      ),
    );
    html.classList.add(PRINTING_CLASS);
    return await bridge.printToPdf({
      suggestedName: exportFileName({
        workspace: workspace.name,
        scenario: scenarioNamesForFileName(scenarios.map((s) => s?.name ?? '')),
        what: 'comparison report',
        extension: 'pdf',
      }),
    });
  } finally {
    html.classList.remove(PRINTING_CLASS);
    root.unmount();
    host.remove();
  }
}
