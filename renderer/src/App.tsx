import { useCallback, useEffect, useState } from 'react';
import { findSample } from '../../shared/samples';
import { getBridge } from './bridge/getBridge';
import { Canvas } from './canvas/Canvas';
import { ErrorDialog } from './dialogs/ErrorDialog';
import { HistoryDialog } from './history/HistoryDialog';
import { LibraryScreen } from './library/LibraryScreen';
import { useLibraryScreen } from './library/libraryStore';
import { getPersistence } from './persistence/persistenceSession';
import { SaveIndicator } from './persistence/SaveIndicator';
import { openWorkspaceFile } from './files/openWorkspaceFile';
import { saveWorkspaceFile } from './files/saveWorkspaceFile';
import { MainView } from './matrix/MainView';
import { BLANK_SOURCE_LABEL, Palette } from './palette/Palette';
import { SidePanel } from './panel/SidePanel';
import { useDocumentStore } from './state/documentStore';
import { redo, undo } from './state/dispatchEdit';
import { loadWorkspace } from './state/loadWorkspace';
import { useUiStore } from './state/uiStore';
import { useCurrentScenario } from './state/useCurrentScenario';
import { useScenarioAssumptions, useScenarioResult } from './state/useScenarioResult';
import { useEditorShortcuts } from './keyboard/useEditorShortcuts';
import { AppHeader } from './topbar/AppHeader';
import { EditToolbar } from './topbar/EditToolbar';
import { ScenarioBar } from './topbar/ScenarioBar';
import { enterWorkshop } from './workshop/presenter';
import { SlidesDialog } from './workshop/SlidesDialog';
import { usePresentShortcut } from './workshop/usePresentShortcut';
import { WorkshopMode } from './workshop/WorkshopMode';
import { useWorkshopStore } from './workshop/workshopStore';

interface DialogState {
  readonly title: string;
  readonly intro: string;
  readonly errors: readonly string[];
}

/** Menu commands the desktop shell sends (electron/common/menuCommands.ts); others are ignored. */
const MENU_OPEN = 'open-workspace';
const MENU_SAVE_AS = 'save-workspace-as';
const MENU_UNDO = 'undo';
const MENU_REDO = 'redo';

/** The window: app bar, scenario bar, canvas and side panel. */
export function App() {
  const workspace = useDocumentStore((s) => s.workspace);
  const source = useDocumentStore((s) => s.source);
  const scenario = useCurrentScenario();
  const result = useScenarioResult();
  const assumptions = useScenarioAssumptions();
  const selectedId = useUiStore((s) => s.selectedId);
  const select = useUiStore((s) => s.select);
  const selectScenario = useUiStore((s) => s.selectScenario);

  // Delete, undo/redo, copy/paste, nudge, zoom…: one handler for the whole window.
  useEditorShortcuts();

  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const libraryOpen = useLibraryScreen((s) => s.open);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [slidesOpen, setSlidesOpen] = useState(false);
  const workshopActive = useWorkshopStore((s) => s.active);
  usePresentShortcut(!libraryOpen && !workshopActive && !slidesOpen);
  const persistence = getPersistence();

  const open = useCallback(async () => {
    setBusy(true);
    try {
      const outcome = await openWorkspaceFile(getBridge());
      if (outcome.kind === 'opened') {
        setMessage(`Opened “${outcome.fileName}”${outcome.migratedFrom !== undefined ? ` (updated from file version ${outcome.migratedFrom})` : ''}.`);
      } else if (outcome.kind === 'failed') {
        const n = outcome.errors.length;
        setDialog({
          title: outcome.fileName ? `Could not open “${outcome.fileName}”` : 'Could not open the file',
          intro: `Nothing was changed. ${n === 1 ? 'There is 1 problem' : `There are ${n} problems`}:`,
          errors: outcome.errors,
        });
      }
    } catch (err) {
      setDialog({ title: 'Could not open the file', intro: 'Nothing was changed.', errors: [err instanceof Error ? err.message : String(err)] });
    } finally {
      setBusy(false);
    }
  }, []);

  const saveAs = useCallback(async () => {
    setBusy(true);
    try {
      const saved = await saveWorkspaceFile(getBridge(), useDocumentStore.getState().workspace);
      if ('error' in saved) setDialog({ title: 'Could not save the workspace', intro: 'The workspace was not saved.', errors: [saved.error] });
      else if (!saved.canceled) setMessage(`Saved as “${saved.fileName}”.`);
    } catch (err) {
      setDialog({ title: 'Could not save the workspace', intro: 'The workspace was not saved.', errors: [err instanceof Error ? err.message : String(err)] });
    } finally {
      setBusy(false);
    }
  }, []);

  const loadSample = useCallback((sampleId: string) => {
    const sample = findSample(sampleId);
    if (!sample) return;
    const library = getPersistence();
    if (!library) {
      loadWorkspace(sample.create(), { kind: 'sample', sampleId });
      setMessage(`Opened the sample “${sample.name}”.`);
      return;
    }
    // A new library workspace from the sample: an earlier copy, maybe edited, is kept.
    void library.createFromSample(sampleId).then((created) => {
      if (!created.ok) return;
      useLibraryScreen.getState().hide();
      setMessage(`Opened a new copy of the sample “${sample.name}”; it is saved in your library.`);
    });
  }, []);

  const toggleLibrary = useCallback(() => {
    const screen = useLibraryScreen.getState();
    if (!screen.open) {
      useUiStore.getState().select(null);
      screen.show();
    } else if (getPersistence()?.openId() != null) {
      screen.hide();
    }
  }, []);

  // The desktop shell's File menu sends these; the browser bridge has no menu.
  useEffect(() => {
    const bridge = getBridge();
    return bridge.onMenuCommand?.((command) => {
      if (command === MENU_OPEN) void open();
      else if (command === MENU_SAVE_AS) void saveAs();
      else if (command === MENU_UNDO) undo();
      else if (command === MENU_REDO) redo();
    });
  }, [open, saveAs]);

  // In the library everything is saved as it changes, so a blank workspace is not "Not saved yet".
  const sourceLabel = source.kind === 'sample' ? 'Sample workspace'
    : source.kind === 'library' || (persistence && source.fileName === BLANK_SOURCE_LABEL) ? '' : source.fileName;

  // Workshop mode replaces the whole window: no header, toolbars, palette or panels.
  if (workshopActive && !libraryOpen) {
    return (
      <div className="app is-workshop">
        <WorkshopMode />
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
        busy={busy}
        {...(persistence ? {
          onShowLibrary: toggleLibrary,
          onShowHistory: () => setHistoryOpen(true),
          libraryOpen,
          saveIndicator: <SaveIndicator />,
        } : {})}
        onShowSlides={() => setSlidesOpen(true)}
        onPresent={() => enterWorkshop(0)}
      />
      {libraryOpen ? <LibraryScreen /> : (
        <>
          <ScenarioBar
            scenarios={workspace.scenarios}
            scenarioId={scenario.id}
            onSelectScenario={selectScenario}
            totals={result.totals}
            capPerHead={result.capPerHead}
            message={message}
          />
          <EditToolbar />
          <main className="workbench has-palette">
            <Palette />
            <MainView canvas={<Canvas />} />
            <SidePanel scenario={scenario} result={result} assumptions={assumptions} selectedId={selectedId} onSelect={select} />
          </main>
        </>
      )}
      {slidesOpen && !libraryOpen && <SlidesDialog onClose={() => setSlidesOpen(false)} />}
      {historyOpen && <HistoryDialog onClose={() => setHistoryOpen(false)} onRestored={setMessage} />}
      {dialog && <ErrorDialog {...dialog} onClose={() => setDialog(null)} />}
    </div>
  );
}
