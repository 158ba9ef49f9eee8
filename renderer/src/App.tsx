import { lazy, Suspense, useCallback, useEffect, useState, type ComponentProps } from 'react';
import { findSample } from '../../shared/samples';
import { getBridge } from './bridge/getBridge';
import { Canvas } from './canvas/Canvas';
import { ErrorDialog } from './dialogs/ErrorDialog';
import { HistoryDialog } from './history/HistoryDialog';
import { LibraryScreen } from './library/LibraryScreen';
import { useOpeningFinished } from './persistence/useOpeningFinished';
import { useLibraryScreen } from './state/libraryStore';
import { getPersistence } from './persistence/persistenceSession';
import { SaveIndicator } from './persistence/SaveIndicator';
import { FileDropOverlay } from './files/FileDropOverlay';
import { useFileDrop } from './files/useFileDrop';
import { useFileImport } from './files/useFileImport';
import { useExportCommands } from './export/useExportCommands';
import { ConflictBanner } from './persistence/ConflictBanner';
import { saveWorkspaceFile } from './files/saveWorkspaceFile';
import { MainView } from './matrix/MainView';
import { BLANK_SOURCE_LABEL } from './editor/blankWorkspace';
import { useEditor } from './editor/EditorContext';
import { Palette } from './palette/Palette';
import { SidePanel } from './panel/SidePanel';
import { useDocumentStore } from './state/documentStore';
import { panelSelectedId, useUiStore } from './state/uiStore';
import { useCurrentScenario } from './state/useCurrentScenario';
import { useScenarioAssumptions, useScenarioResult } from './state/useScenarioResult';
import { useCommandHandlers } from './commands/commandHandlers';
import { runMenuCommand, useKeyDispatcher } from './commands/keyDispatcher';
// Provides the editing operations (undo, delete, nudge…) that the command registry's keys run.
import './keyboard/editorCommands';
import { AppHeader } from './topbar/AppHeader';
import { EditToolbar } from './topbar/EditToolbar';
import { ScenarioBar } from './topbar/ScenarioBar';
import { ScenarioMenu } from './topbar/ScenarioMenu';
import { say } from './topbar/toastStore';
import { Toasts } from './topbar/Toasts';
import { releasedAndBreached } from '../../shared/format/headroom';
import { enterWorkshop } from './workshop/presenter';
import { useWorkshopStore } from './state/workshopStore';
import { LoadingNote } from './common/LoadingNote';

// Workshop mode and the slides dialog (with the handout) load on first use: most sessions never
// present, and the editor opens sooner without them.
const WorkshopMode = lazy(() =>
  import('./workshop/WorkshopMode').then((m) => ({ default: m.WorkshopMode })),
);
const SlidesDialog = lazy(() =>
  import('./workshop/SlidesDialog').then((m) => ({ default: m.SlidesDialog })),
);

interface DialogState {
  readonly title: string;
  readonly intro: string;
  readonly errors: readonly string[];
}

/**
 * The side panel for the current selection. A press on a card highlights it on the canvas at
 * once, and the panel changes when the press ends (uiStore heldSelection): at England scale the
 * panel's change (the list of every CCG swapped for one CCG's inspector) is a few hundred
 * milliseconds of work that must not land in the first frames of a drag. Subscribing here, not in
 * App, also keeps a selection from re-rendering the whole window.
 */
function SelectionPanel(props: Omit<ComponentProps<typeof SidePanel>, 'selectedId'>) {
  const selectedId = useUiStore(panelSelectedId);
  return <SidePanel {...props} selectedId={selectedId} />;
}

/** The window: app bar, scenario bar, canvas and side panel. */
export function App() {
  const editor = useEditor();
  const workspace = useDocumentStore((s) => s.workspace);
  const source = useDocumentStore((s) => s.source);
  const scenario = useCurrentScenario();
  const result = useScenarioResult();
  const assumptions = useScenarioAssumptions();
  // Stable across renders, as the store's own actions were, so the panels' memos hold.
  const select = useCallback((id: string | null) => editor.select(id), [editor]);
  const selectScenario = useCallback((id: string) => editor.showScenario(id), [editor]);

  // Every key press goes through one dispatcher (commands/registry says what each key does).
  useKeyDispatcher();

  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [busy, setBusy] = useState(false);
  const libraryOpen = useLibraryScreen((s) => s.open);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [slidesOpen, setSlidesOpen] = useState(false);
  const workshopActive = useWorkshopStore((s) => s.active);
  useOpeningFinished(!libraryOpen);
  const persistence = getPersistence();
  // Files in (Open…, CSV, drops, files the OS opens) and out (the Export menu).
  const fileImport = useFileImport({ say, fail: setDialog });
  const exports = useExportCommands({ say, fail: setDialog });
  const fileDrag = useFileDrop((files) => void fileImport.importDropped(files));
  const { openWorkspace: importWorkspaceFile, importPracticeList } = fileImport;

  // With the library on, a picked file is imported into it as a new workspace (editor.importPlanned).
  const open = useCallback(async () => {
    setBusy(true);
    try {
      await importWorkspaceFile();
    } catch (err) {
      setDialog({
        title: 'Could not open the file',
        intro: 'Nothing was changed.',
        errors: [err instanceof Error ? err.message : String(err)],
      });
    } finally {
      setBusy(false);
    }
  }, [importWorkspaceFile]);

  const importCsv = useCallback(async () => {
    setBusy(true);
    try {
      await importPracticeList();
    } catch (err) {
      setDialog({
        title: 'Could not import the practice list',
        intro: 'Nothing was changed.',
        errors: [err instanceof Error ? err.message : String(err)],
      });
    } finally {
      setBusy(false);
    }
  }, [importPracticeList]);

  const saveAs = useCallback(async () => {
    setBusy(true);
    try {
      const saved = await saveWorkspaceFile(getBridge(), useDocumentStore.getState().workspace);
      if ('error' in saved)
        setDialog({
          title: 'Could not save the workspace',
          intro: 'The workspace was not saved.',
          errors: [saved.error],
        });
      else if (!saved.canceled) say(`Saved as “${saved.fileName}”.`);
    } catch (err) {
      setDialog({
        title: 'Could not save the workspace',
        intro: 'The workspace was not saved.',
        errors: [err instanceof Error ? err.message : String(err)],
      });
    } finally {
      setBusy(false);
    }
  }, []);

  const loadSample = useCallback(
    (sampleId: string) => {
      const sample = findSample(sampleId);
      if (!sample) return;
      // With a library, a new library workspace from the sample: an earlier copy, maybe edited, is kept.
      const inLibrary = getPersistence() !== null;
      void editor.open(sample.create(), { kind: 'sample', sampleId }).then(
        () => {
          if (!inLibrary) {
            say(`Opened the sample “${sample.name}”.`);
            return;
          }
          editor.libraryScreen.hide();
          say(`Opened a new copy of the sample “${sample.name}”; it is saved in your library.`);
        },
        () => undefined,
      );
    },
    [editor],
  );

  const toggleLibrary = useCallback(() => {
    if (!useLibraryScreen.getState().open) {
      editor.select(null);
      editor.libraryScreen.show();
    } else if (getPersistence()?.openId() != null) {
      editor.libraryScreen.hide();
    }
  }, [editor]);

  // File › New workspace: a blank workspace, saved in the library when there is one.
  const newWorkspace = useCallback(async () => {
    const inLibrary = getPersistence() !== null;
    await editor.createBlank();
    if (inLibrary) editor.libraryScreen.hide();
    say('New workspace with one empty scenario: add CCGs from the palette.');
  }, [editor]);

  const runExport = exports.run;

  // A click on the workspace's name renames it (in the library, and in the editor as one undo step).
  const renameWorkspace = useCallback(async (name: string) => {
    const library = getPersistence();
    const id = library?.openId();
    if (!library || id == null)
      return { ok: false as const, errors: ['This workspace is not in the library.'] };
    return library.renameWorkspace(id, name);
  }, []);

  // What the File menu, the native menu and F5 run (see commands/registry).
  const showHistory = useCallback(() => {
    if (getPersistence()?.openId() != null) setHistoryOpen(true);
  }, []);
  useCommandHandlers({
    openWorkspace: () => void open(),
    saveWorkspaceAs: () => void saveAs(),
    newWorkspace: () => void newWorkspace(),
    toggleLibrary,
    showHistory,
    importCsv: () => void importCsv(),
    runExport,
    present: !libraryOpen && !workshopActive && !slidesOpen ? () => enterWorkshop(0) : undefined,
  });

  // The desktop shell's menu sends command ids; the browser bridge has no menu.
  useEffect(() => getBridge().onMenuCommand?.(runMenuCommand), []);

  // In the library everything is saved as it changes, so a blank workspace is not "Not saved yet".
  const sourceLabel =
    source.kind === 'sample'
      ? 'Sample workspace'
      : source.kind === 'library' || (persistence && source.fileName === BLANK_SOURCE_LABEL)
        ? ''
        : source.fileName;

  // Workshop mode replaces the whole window: no header, toolbars, palette or panels.
  if (workshopActive && !libraryOpen) {
    return (
      <div className="app is-workshop">
        <Suspense fallback={<LoadingNote what="workshop mode" />}>
          <WorkshopMode />
        </Suspense>
      </div>
    );
  }

  return (
    <div className={libraryOpen ? 'app is-library' : 'app'}>
      <AppHeader
        workspaceName={workspace.name}
        sourceLabel={sourceLabel}
        onLoadSample={loadSample}
        onOpen={() => void open()}
        onSaveAs={() => void saveAs()}
        onImportCsv={() => void importCsv()}
        exportItems={exports.items}
        busy={busy || exports.busy}
        {...(persistence
          ? {
              onShowLibrary: toggleLibrary,
              onShowHistory: () => setHistoryOpen(true),
              libraryOpen,
              saveIndicator: <SaveIndicator />,
              onRenameWorkspace: renameWorkspace,
            }
          : {})}
        scenarioMenu={<ScenarioMenu disabled={busy || exports.busy} />}
        onShowSlides={() => setSlidesOpen(true)}
        onPresent={() => enterWorkshop(0)}
      />
      {persistence && <ConflictBanner />}
      {libraryOpen ? (
        <LibraryScreen />
      ) : (
        <>
          {/* The scenario's picker, year, cap and totals and the editing tools share one row. */}
          <div className="editor-bar">
            <ScenarioBar
              scenarios={workspace.scenarios}
              scenarioId={scenario.id}
              onSelectScenario={selectScenario}
              totals={result.totals}
              capPerHead={result.year.allowancePerHead}
              headroom={releasedAndBreached(result.ccgs)}
            />
            <EditToolbar />
          </div>
          <main className="workbench has-palette">
            <Palette />
            <MainView canvas={<Canvas />} />
            <SelectionPanel
              scenario={scenario}
              result={result}
              assumptions={assumptions}
              onSelect={select}
            />
          </main>
        </>
      )}
      {slidesOpen && !libraryOpen && (
        <Suspense fallback={<LoadingNote what="slides" />}>
          <SlidesDialog onClose={() => setSlidesOpen(false)} />
        </Suspense>
      )}
      {historyOpen && <HistoryDialog onClose={() => setHistoryOpen(false)} onRestored={say} />}
      {fileImport.dialog}
      {exports.dialog}
      {fileDrag && (
        <FileDropOverlay
          drag={fileDrag}
          scenarioName={scenario.name}
          library={persistence !== null}
        />
      )}
      {dialog && <ErrorDialog {...dialog} onClose={() => setDialog(null)} />}
      <Toasts />
    </div>
  );
}
