import type { ReactNode } from 'react';
import { SAMPLES } from '../../../shared/samples';
import { ExportMenu, type ExportMenuItem } from '../export/ExportMenu';

export interface AppHeaderProps {
  readonly workspaceName: string;
  /** Where it came from: "Sample" or the file name. */
  readonly sourceLabel: string;
  readonly onLoadSample: (sampleId: string) => void;
  readonly onOpen: () => void;
  readonly onSaveAs: () => void;
  readonly busy: boolean;
  /** Shows the workspace library (home screen); absent when there is no library. */
  readonly onShowLibrary?: () => void;
  /** Opens the open workspace's version history. */
  readonly onShowHistory?: () => void;
  /** The library is showing: editor-only commands are hidden. */
  readonly libraryOpen?: boolean;
  /** The autosave indicator, beside the workspace name. */
  readonly saveIndicator?: ReactNode;
  /** Import practice list (CSV)…; absent hides the command. */
  readonly onImportCsv?: () => void;
  /** The Export menu's items; absent hides the menu. */
  readonly exportItems?: readonly ExportMenuItem[];
  /** Opens the slides editor (workshop slides). */
  readonly onShowSlides?: () => void;
  /** Starts workshop mode (F5). */
  readonly onPresent?: () => void;
}

/** The app bar: product, workspace name, and the workspace file commands. */
export function AppHeader({
  workspaceName, sourceLabel, onLoadSample, onOpen, onSaveAs, busy, onShowLibrary, onShowHistory, libraryOpen = false, saveIndicator,
  onImportCsv, exportItems, onShowSlides, onPresent,
}: AppHeaderProps) {
  return (
    <header className="app-header">
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
          <rect width="32" height="32" rx="6" className="brand-mark-bg" />
          <rect x="6" y="8" width="20" height="16" rx="3" className="brand-mark-card" />
          <rect x="6" y="8" width="4" height="16" rx="2" className="brand-mark-strip" />
          <rect x="13" y="13" width="10" height="2.5" rx="1" className="brand-mark-line" />
          <rect x="13" y="18" width="7" height="2.5" rx="1" className="brand-mark-line2" />
        </svg>
        <span className="brand-name">CCG Modeller</span>
      </div>
      <div className="workspace-title">
        <h1>{workspaceName}</h1>
        <span className="workspace-source">{sourceLabel}</span>
        {saveIndicator}
      </div>
      <div className="file-actions" role="toolbar" aria-label="Workspace">
        {onShowLibrary && (
          <button type="button" className="header-button" onClick={onShowLibrary} disabled={busy} aria-pressed={libraryOpen}>Library</button>
        )}
        {onShowHistory && !libraryOpen && (
          <button type="button" className="header-button" onClick={onShowHistory} disabled={busy}>History…</button>
        )}
        {onShowSlides && !libraryOpen && (
          <button type="button" className="header-button" onClick={onShowSlides} disabled={busy}>Slides…</button>
        )}
        {onPresent && !libraryOpen && (
          <button type="button" className="header-button" onClick={onPresent} disabled={busy} title="Present in workshop mode (F5)" aria-keyshortcuts="F5">
            <span aria-hidden="true">▶ </span>Present
          </button>
        )}
        <div className="header-select">
          <label className="header-select-label" htmlFor="sample-select">Samples</label>
          <select
            id="sample-select"
            value=""
            onChange={(e) => {
              if (e.target.value) onLoadSample(e.target.value);
            }}
            disabled={busy}
          >
            <option value="" disabled>Open a sample…</option>
            {SAMPLES.map((s) => <option key={s.id} value={s.id} title={s.description}>{s.name}</option>)}
          </select>
        </div>
        <button type="button" className="header-button" onClick={onOpen} disabled={busy}>Open…</button>
        <button type="button" className="header-button" onClick={onSaveAs} disabled={busy}>Save as…</button>
        {onImportCsv && (
          <button type="button" className="header-button" onClick={onImportCsv} disabled={busy} title="Import a practice list (CSV): its CCGs and localities are added to the scenario shown">Import CSV…</button>
        )}
        {exportItems && !libraryOpen && <ExportMenu items={exportItems} disabled={busy} />}
      </div>
    </header>
  );
}
