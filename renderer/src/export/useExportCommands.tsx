import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { PrintToPdfResult } from '../../../shared/ipc/bridge';
import { getBridge } from '../bridge/getBridge';
import type { ExportCommand } from '../commands/commandHandlers';
import { command } from '../commands/registry';
import { pickedScenarioIds, useCompareStore } from '../compare/compareStore';
import { shownYearId } from '../state/costScenarioCached';
import { useDocumentStore } from '../state/documentStore';
import { currentScenario } from '../state/useCurrentScenario';
import { useUiStore } from '../state/uiStore';
import type { ExportMenuItem } from './exportMenuItem';
import type { ExportOutcome } from './exportActions';
import { PngScaleDialog } from './PngScaleDialog';
import type { PngScale } from './svgToPng';

export interface ExportReporter {
  say(message: string): void;
  fail(problem: {
    readonly title: string;
    readonly intro: string;
    readonly errors: readonly string[];
  }): void;
}

export interface ExportCommands {
  /** Runs an export; canvas-png first asks the scale. */
  run(command: ExportCommand): void;
  /** The items of the header's Export menu. */
  readonly items: readonly ExportMenuItem[];
  /** True while an export is being made or saved. */
  readonly busy: boolean;
  /** The PNG scale dialog while it is open, else null. */
  readonly dialog: ReactNode;
}

/** What each export is called in messages. */
const WHAT: Readonly<Record<ExportCommand, string>> = {
  'results-csv': 'the results (CSV)',
  workbook: 'the workbook (XLSX)',
  'canvas-svg': 'the canvas picture (SVG)',
  'canvas-png': 'the canvas picture (PNG)',
  'report-pdf': 'the report (PDF)',
  'comparison-pdf': 'the comparison report (PDF)',
};

function pdfOutcome(result: PrintToPdfResult): ExportOutcome | 'print-dialog' {
  if (result.canceled) return { kind: 'canceled' };
  if ('error' in result) return { kind: 'failed', error: result.error };
  if ('printDialog' in result) return 'print-dialog';
  return { kind: 'saved', fileName: result.fileName };
}

// The exports and the reports are loaded the first time one is asked for (the editor starts
// without them); the header shows the export busy while it loads.
const actions = () => import('./exportActions');
const scenarioReport = () => import('../print/printScenarioReport');
const comparisonReport = () => import('../print/printComparisonReport');

/** The document and the scenario shown, read when an export runs. */
function target() {
  const { workspace } = useDocumentStore.getState();
  return { workspace, scenario: currentScenario(workspace, useUiStore.getState().scenarioId) };
}

/**
 * Exports of the open workspace: results CSV, XLSX workbook, canvas SVG and PNG (1×–3×), the
 * PDF report, all of the scenario shown except the workbook (every scenario), and the comparison
 * report (PDF) of the scenarios and year Compare shows, the baseline first. Each says
 * in the status line what was saved, and a failure opens the error dialog.
 */
export function useExportCommands(reporter: ExportReporter): ExportCommands {
  const reporterRef = useRef(reporter);
  reporterRef.current = reporter;
  const [busy, setBusy] = useState(false);
  const [pngSize, setPngSize] = useState<{
    readonly width: number;
    readonly height: number;
  } | null>(null);

  const perform = useCallback(
    async (command: ExportCommand, make: () => Promise<ExportOutcome | 'print-dialog'>) => {
      setBusy(true);
      try {
        const outcome = await make();
        if (outcome === 'print-dialog')
          reporterRef.current.say(
            'The report went to the print dialog: choose “Save as PDF” there to keep it.',
          );
        else if (outcome.kind === 'saved')
          reporterRef.current.say(`Exported ${WHAT[command]} as “${outcome.fileName}”.`);
        else if (outcome.kind === 'failed')
          reporterRef.current.fail({
            title: `Could not export ${WHAT[command]}`,
            intro: 'Nothing was saved.',
            errors: [outcome.error],
          });
      } catch (err) {
        reporterRef.current.fail({
          title: `Could not export ${WHAT[command]}`,
          intro: 'Nothing was saved.',
          errors: [err instanceof Error ? err.message : String(err)],
        });
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  const exportPng = useCallback(
    (scale: PngScale) => {
      setPngSize(null);
      const { workspace, scenario } = target();
      void perform('canvas-png', async () =>
        (await actions()).exportCanvasPng(getBridge(), workspace, scenario.id, scale),
      );
    },
    [perform],
  );

  const run = useCallback(
    (command: ExportCommand) => {
      const { workspace, scenario } = target();
      const bridge = getBridge();
      switch (command) {
        case 'results-csv':
          void perform(command, async () =>
            (await actions()).exportResultsCsv(bridge, workspace, scenario.id),
          );
          break;
        case 'workbook':
          void perform(command, async () => (await actions()).exportWorkbook(bridge, workspace));
          break;
        case 'canvas-svg':
          void perform(command, async () =>
            (await actions()).exportCanvasSvg(bridge, workspace, scenario.id),
          );
          break;
        case 'report-pdf':
          void perform(command, async () =>
            pdfOutcome(
              await (await scenarioReport()).printScenarioReport(bridge, workspace, scenario.id),
            ),
          );
          break;
        case 'comparison-pdf': {
          // The scenarios and year Compare shows (its defaults when it has not been opened).
          const { picked, yearId: comparedYearId } = useCompareStore.getState();
          const ids = pickedScenarioIds(
            picked,
            workspace.scenarios.map((s) => s.id),
            scenario.id,
          );
          const yearId = shownYearId(
            workspace.assumptions,
            comparedYearId ?? useUiStore.getState().yearId,
          );
          void perform(command, async () =>
            pdfOutcome(
              await (
                await comparisonReport()
              ).printComparisonReport(bridge, workspace, ids, yearId),
            ),
          );
          break;
        }
        case 'canvas-png': {
          const fail = (err: unknown): void =>
            reporterRef.current.fail({
              title: `Could not export ${WHAT[command]}`,
              intro: 'Nothing was saved.',
              errors: [err instanceof Error ? err.message : String(err)],
            });
          setBusy(true);
          actions()
            .then(({ canvasPicture }) => {
              const { width, height } = canvasPicture(workspace, scenario.id);
              setPngSize({ width, height });
            })
            .catch(fail)
            .finally(() => setBusy(false));
          break;
        }
      }
    },
    [perform],
  );

  const items = useMemo<ExportMenuItem[]>(
    () => [
      {
        id: 'results-csv',
        label: command('export-results-csv').label,
        hint: 'this scenario',
        run: () => run('results-csv'),
      },
      {
        id: 'workbook',
        label: command('export-workbook').label,
        hint: 'all scenarios',
        run: () => run('workbook'),
      },
      {
        id: 'canvas-svg',
        label: command('export-canvas-svg').label,
        hint: 'this scenario',
        separated: true,
        run: () => run('canvas-svg'),
      },
      {
        id: 'canvas-png',
        label: command('export-canvas-png').label,
        hint: '1×, 2× or 3×',
        run: () => run('canvas-png'),
      },
      {
        id: 'report-pdf',
        label: command('export-report-pdf').label,
        hint: 'this scenario',
        separated: true,
        run: () => run('report-pdf'),
      },
      {
        id: 'comparison-pdf',
        label: command('export-comparison-pdf').label,
        hint: 'scenarios in Compare',
        run: () => run('comparison-pdf'),
      },
    ],
    [run],
  );

  const dialog = pngSize && (
    <PngScaleDialog
      width={pngSize.width}
      height={pngSize.height}
      onExport={exportPng}
      onCancel={() => setPngSize(null)}
    />
  );

  return { run, items, busy, dialog };
}
