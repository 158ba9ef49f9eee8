import type { Bridge, SaveBinaryFileResult } from '../../../shared/ipc/bridge';
import { exportFileName } from '../../../shared/export/exportFileName';
import { workbookModel } from '../../../shared/export/workbookModel';
import type { Workspace } from '../../../shared/model/workspace';
import { costReport, formatReportCsv } from '../../../shared/report/costReport';
import { costScenarioCached } from '../state/costScenarioCached';
import { useUiStore } from '../state/uiStore';
import { renderCanvasSvg } from './renderCanvasSvg';
import { svgToPng, type PngScale } from './svgToPng';

/** What an export did, for the status message or the error dialog. */
export type ExportOutcome =
  | { readonly kind: 'saved'; readonly fileName: string }
  | { readonly kind: 'canceled' }
  | { readonly kind: 'failed'; readonly error: string };

function outcomeOf(result: SaveBinaryFileResult): ExportOutcome {
  if (result.canceled) return { kind: 'canceled' };
  if ('error' in result) return { kind: 'failed', error: result.error };
  return { kind: 'saved', fileName: result.fileName };
}

function scenarioOf(workspace: Workspace, scenarioId: string) {
  const scenario = workspace.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`Scenario "${scenarioId}" is not in the workspace.`);
  return scenario;
}

/** The scenario's results as CSV: the report CSV of shared/report (one row per CCG, numbers unrounded). */
export async function exportResultsCsv(
  bridge: Bridge,
  workspace: Workspace,
  scenarioId: string,
): Promise<ExportOutcome> {
  const scenario = scenarioOf(workspace, scenarioId);
  const text = formatReportCsv(costReport(workspace, scenario.id));
  return outcomeOf(
    await bridge.saveTextFile({
      kind: 'csv',
      suggestedName: exportFileName({
        workspace: workspace.name,
        scenario: scenario.name,
        what: 'results',
        extension: 'csv',
      }),
      text,
    }),
  );
}

/** Every scenario in one XLSX: a sheet of inputs and a sheet of results per scenario. */
export async function exportWorkbook(bridge: Bridge, workspace: Workspace): Promise<ExportOutcome> {
  // exceljs is large: load it only when a workbook is asked for.
  const { writeWorkbook } = await import('./writeWorkbook');
  const bytes = await writeWorkbook(workbookModel(workspace, { exportedAt: new Date() }));
  return outcomeOf(
    await bridge.saveBinaryFile({
      kind: 'xlsx',
      suggestedName: exportFileName({
        workspace: workspace.name,
        what: 'inputs and results',
        extension: 'xlsx',
      }),
      bytes,
    }),
  );
}

/** The scenario's canvas as a standalone picture, titled "<workspace> – <scenario>". */
export function canvasPicture(workspace: Workspace, scenarioId: string) {
  const scenario = scenarioOf(workspace, scenarioId);
  return renderCanvasSvg(
    scenario,
    costScenarioCached(workspace, scenario.id, useUiStore.getState().yearId),
    `${workspace.name} – ${scenario.name}`,
  );
}

export async function exportCanvasSvg(
  bridge: Bridge,
  workspace: Workspace,
  scenarioId: string,
): Promise<ExportOutcome> {
  const scenario = scenarioOf(workspace, scenarioId);
  const picture = canvasPicture(workspace, scenarioId);
  return outcomeOf(
    await bridge.saveBinaryFile({
      kind: 'svg',
      suggestedName: exportFileName({
        workspace: workspace.name,
        scenario: scenario.name,
        what: 'canvas',
        extension: 'svg',
      }),
      bytes: new TextEncoder().encode(picture.svg),
    }),
  );
}

export async function exportCanvasPng(
  bridge: Bridge,
  workspace: Workspace,
  scenarioId: string,
  scale: PngScale,
): Promise<ExportOutcome> {
  const scenario = scenarioOf(workspace, scenarioId);
  const picture = canvasPicture(workspace, scenarioId);
  const bytes = await svgToPng(picture.svg, picture.width, picture.height, scale);
  return outcomeOf(
    await bridge.saveBinaryFile({
      kind: 'png',
      suggestedName: exportFileName({
        workspace: workspace.name,
        scenario: scenario.name,
        what: scale === 1 ? 'canvas' : `canvas ${scale}x`,
        extension: 'png',
      }),
      bytes,
    }),
  );
}
