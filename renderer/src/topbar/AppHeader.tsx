import type { ReactNode } from 'react';
import { SAMPLES } from '../../../shared/samples';
import type { ExportMenuItem } from '../export/exportMenuItem';
import { MenuButton, type MenuSection } from '../common/MenuButton';
import { ariaKeys, keyLabel } from '../commands/keys';
import { command } from '../commands/registry';
import type { CommandOutcome } from '../persistence/persistenceSession';
import { WorkspaceName } from './WorkspaceName';

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
  /** Renames the workspace (a click on its name); absent, the name is plain text. */
  readonly onRenameWorkspace?: (name: string) => Promise<CommandOutcome>;
  /** The Scenario menu, shown in the editor only. */
  readonly scenarioMenu?: ReactNode;
}

/** The app bar, one row: product, workspace name (click to rename), save state, File ▾, Scenario ▾, Slides…, Present. */
const PRESENT = command('present');

export function AppHeader({
  workspaceName,
  sourceLabel,
  onLoadSample,
  onOpen,
  onSaveAs,
  busy,
  onShowLibrary,
  onShowHistory,
  libraryOpen = false,
  saveIndicator,
  onImportCsv,
  exportItems,
  onShowSlides,
  onPresent,
  onRenameWorkspace,
  scenarioMenu,
}: AppHeaderProps) {
  const sections: MenuSection[] = [
    {
      id: 'file',
      items: [
        { id: 'open', label: command('open-workspace').label, run: onOpen },
        { id: 'save-as', label: command('save-workspace-as').label, run: onSaveAs },
        ...(onImportCsv
          ? [
              {
                id: 'import-csv',
                label: command('import-csv').label,
                run: onImportCsv,
                description:
                  'Import a practice list (CSV): its CCGs and localities are added to the scenario shown',
              },
            ]
          : []),
      ],
    },
    ...(exportItems && !libraryOpen
      ? [
          {
            id: 'export',
            heading: 'Export',
            items: exportItems.map((e) => ({
              id: `export-${e.id}`,
              label: e.label,
              ...(e.hint ? { hint: e.hint } : {}),
              run: e.run,
            })),
          },
        ]
      : []),
    ...(onShowLibrary
      ? [
          {
            id: 'library',
            items: [
              {
                id: 'library',
                label: command('library').label,
                run: onShowLibrary,
                description: libraryOpen
                  ? 'Back to the workspace'
                  : 'Every workspace on this computer',
              },
              ...(onShowHistory && !libraryOpen
                ? [{ id: 'history', label: command('history').label, run: onShowHistory }]
                : []),
            ],
          },
        ]
      : []),
    {
      id: 'samples',
      heading: 'Open a sample',
      items: SAMPLES.map((sample) => ({
        id: `sample-${sample.id}`,
        label: sample.name,
        description: sample.description,
        run: () => onLoadSample(sample.id),
      })),
    },
  ];

  return (
    <header className="app-header">
      <div className="brand" title="CCG Modeller">
        <svg className="brand-mark" viewBox="0 0 32 32" width="24" height="24" aria-hidden="true">
          <rect width="32" height="32" rx="6" className="brand-mark-bg" />
          <rect x="6" y="8" width="20" height="16" rx="3" className="brand-mark-card" />
          <rect x="6" y="8" width="4" height="16" rx="2" className="brand-mark-strip" />
          <rect x="13" y="13" width="10" height="2.5" rx="1" className="brand-mark-line" />
          <rect x="13" y="18" width="7" height="2.5" rx="1" className="brand-mark-line2" />
        </svg>
        <span className="brand-name">CCG Modeller</span>
      </div>
      <div className="workspace-title">
        <WorkspaceName
          name={workspaceName}
          {...(onRenameWorkspace && !libraryOpen ? { onRename: onRenameWorkspace } : {})}
        />
        {sourceLabel && <span className="workspace-source">{sourceLabel}</span>}
        {saveIndicator}
      </div>
      <nav className="file-actions" aria-label="Workspace">
        <MenuButton label="File" sections={sections} disabled={busy} />
        {!libraryOpen && scenarioMenu}
        {onShowSlides && !libraryOpen && (
          <button type="button" className="header-button" onClick={onShowSlides} disabled={busy}>
            Slides…
          </button>
        )}
        {onPresent && !libraryOpen && (
          <button
            type="button"
            className="header-button"
            onClick={onPresent}
            disabled={busy}
            title={`Present in workshop mode (${PRESENT.keys.map((k) => keyLabel(k)).join(' or ')})`}
            aria-keyshortcuts={ariaKeys(PRESENT.keys)}
          >
            <span aria-hidden="true">▶ </span>Present
          </button>
        )}
      </nav>
    </header>
  );
}
