import { comparisonCsv } from '../../../shared/compare/comparisonCsv';
import { exportFileName, scenarioNamesForFileName } from '../../../shared/export/exportFileName';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { Workspace } from '../../../shared/model/workspace';

/** Saves the comparison (table, totals, diff in words) as CSV; returns a sentence for the status line. */
export async function exportComparisonCsv(
  bridge: Bridge,
  workspace: Workspace,
  scenarioIds: readonly string[],
  yearId?: string,
): Promise<string> {
  const names = scenarioIds.map((id) => workspace.scenarios.find((s) => s.id === id)?.name ?? id);
  const result = await bridge.saveTextFile({
    kind: 'csv',
    suggestedName: exportFileName({
      workspace: workspace.name,
      scenario: scenarioNamesForFileName(names),
      what: 'comparison',
      extension: 'csv',
    }),
    text: comparisonCsv(workspace, scenarioIds, yearId),
  });
  if (result.canceled) return 'Export cancelled: nothing was saved.';
  if ('error' in result) return `The comparison could not be saved: ${result.error}`;
  return `Comparison saved as ${result.fileName}.`;
}
