import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { PracticeImport } from '../../../shared/csv/buildPracticeImport';
import type { CsvTable } from '../../../shared/csv/csvTable';
import { practiceImportWorkspace } from '../../../shared/csv/practiceImportNodes';
import { MAX_TEXT_FILE_BYTES, type FileKind } from '../../../shared/ipc/bridge';
import { getBridge } from '../bridge/getBridge';
import { freshWorkspaceId, getPersistence } from '../persistence/persistenceSession';
import { useDocumentStore } from '../state/documentStore';
import { currentScenario } from '../state/useCurrentScenario';
import { useUiStore } from '../state/uiStore';
import { addPracticesToScenario } from './addPracticesToScenario';
import { bsaImportDialog, useBsaImport } from './useBsaImport';
import {
  CsvImportDialog,
  type CsvImportDestination,
  type CsvImportOptions,
} from './CsvImportDialog';
import { ImportConflictDialog } from './ImportConflictDialog';
import { importKindOf, unsupportedFileMessage } from './importFile';
import type { ConflictChoice, TextFile, ValidImport } from '../editor/workspaceImport';
import { useEditor } from '../editor/EditorContext';
import { parseCsvText } from './parseCsvText';

/** A problem to list in the app's ErrorDialog. */
export interface ImportProblem {
  readonly title: string;
  readonly intro: string;
  readonly errors: readonly string[];
}

export interface ImportReporter {
  /** A short success message for the status line. */
  say(message: string): void;
  /** A failure, for the error dialog. */
  fail(problem: ImportProblem): void;
}

export interface FileImport {
  /** Open… : pick a `.ccgm` file and import it. */
  openWorkspace(): Promise<void>;
  /** Import practice list (CSV)… : pick a CSV and show its preview. */
  importPracticeList(): Promise<void>;
  /** A file dropped on the window or handed over by the operating system. */
  importFile(file: TextFile): Promise<void>;
  /** Files dropped on the window: exactly one is imported. */
  importDropped(files: readonly File[]): Promise<void>;
  /** The dialog of an import in progress (conflict or CSV preview), or null. */
  readonly dialog: ReactNode;
}

function problemCount(n: number): string {
  return n === 1 ? 'There is 1 problem' : `There are ${n} problems`;
}

/** The warnings of an opened file, for the end of the status line: each, up to a few. */
export function warningWords(warnings: readonly string[]): string {
  // A long list ends in the parser's own "…and N more warnings" line: count those too.
  const summary = /^…and (\d+) more warnings$/.exec(warnings[warnings.length - 1] ?? '');
  const listed = summary ? warnings.slice(0, -1) : warnings;
  const total = listed.length + (summary ? Number(summary[1]) : 0);
  if (total === 0) return '';
  const shown = listed.slice(0, MAX_WARNINGS_SHOWN);
  const rest = total - shown.length;
  return ` ${total === 1 ? '1 warning' : `${total} warnings`}: ${shown.join('; ')}${rest > 0 ? `; …and ${rest} more` : ''}.`;
}

/** The status line is one line: more warnings than this are counted, not listed. */
const MAX_WARNINGS_SHOWN = 3;

function fileBase(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '') || fileName;
}

/**
 * Every way a file comes in: Open… (workspace), Import practice list (CSV)…, a drop on the
 * window and a file the OS opens with the app. Holds the dialogs that an import may need and
 * reports what happened through `reporter`. Nothing changes until a file has passed validation.
 */
export function useFileImport(reporter: ImportReporter): FileImport {
  const reporterRef = useRef(reporter);
  reporterRef.current = reporter;
  const [conflict, setConflict] = useState<ValidImport | null>(null);
  const [csv, setCsv] = useState<{ readonly fileName: string; readonly table: CsvTable } | null>(
    null,
  );
  // An NHS BSA list-size file gets its own dialog (see useBsaImport).
  const bsa = useBsaImport(reporterRef);
  const editor = useEditor();

  const finishWorkspace = useCallback(
    async (plan: ValidImport, choice?: ConflictChoice) => {
      const session = getPersistence();
      const opened = await editor.importPlanned(plan, choice);
      const migrated =
        plan.migratedFrom !== undefined ? ` (updated from file version ${plan.migratedFrom})` : '';
      const where = !session
        ? 'Opened'
        : choice === 'replace'
          ? 'Replaced the saved workspace with'
          : 'Imported';
      const into = session ? ` into your library as “${opened.name}”` : '';
      reporterRef.current.say(
        `${where} “${plan.fileName}”${migrated}${choice === 'replace' ? '' : into}.${warningWords(plan.warnings)}`,
      );
    },
    [editor],
  );

  const importWorkspaceText = useCallback(
    async (file: TextFile) => {
      // Planned and performed in two steps (not editor.import): every error goes to the dialog.
      const plan = await editor.planImport(file);
      if (plan.kind === 'invalid') {
        reporterRef.current.fail({
          title: `Could not open “${file.fileName}”`,
          intro: `Nothing was changed. ${problemCount(plan.errors.length)}:`,
          errors: plan.errors,
        });
      } else if (plan.conflict) {
        setConflict(plan);
      } else {
        await finishWorkspace(plan);
      }
    },
    [editor, finishWorkspace],
  );

  const importCsvText = useCallback(
    (file: TextFile) => {
      const parsed = parseCsvText(file.text);
      if (!parsed.ok) {
        reporterRef.current.fail({
          title: `Could not read “${file.fileName}”`,
          intro: 'Nothing was changed.',
          errors: [parsed.error],
        });
        return;
      }
      if (bsa.offer(file.fileName, parsed.table)) return;
      setCsv({ fileName: file.fileName, table: parsed.table });
    },
    [bsa],
  );

  const pick = useCallback(async (kind: FileKind): Promise<TextFile | null> => {
    const picked = await getBridge().openTextFile({ kind });
    if (picked.canceled) return null;
    if ('error' in picked) {
      reporterRef.current.fail({
        title: 'Could not open the file',
        intro: 'Nothing was changed.',
        errors: [picked.error],
      });
      return null;
    }
    return picked;
  }, []);

  const openWorkspace = useCallback(async () => {
    const file = await pick('workspace');
    if (file) await importWorkspaceText(file);
  }, [pick, importWorkspaceText]);

  const importPracticeList = useCallback(async () => {
    const file = await pick('csv');
    if (file) importCsvText(file);
  }, [pick, importCsvText]);

  const importFile = useCallback(
    async (file: TextFile) => {
      const kind = importKindOf(file.fileName);
      if (kind === 'workspace') await importWorkspaceText(file);
      else if (kind === 'csv') importCsvText(file);
      else
        reporterRef.current.fail({
          title: 'Cannot import this file',
          intro: 'Nothing was changed.',
          errors: [unsupportedFileMessage(file.fileName)],
        });
    },
    [importWorkspaceText, importCsvText],
  );

  const busyRef = useRef(false);
  busyRef.current = conflict !== null || csv !== null || bsa.pending !== null;

  const importDropped = useCallback(
    async (files: readonly File[]) => {
      const fail = (errors: string[]): void =>
        reporterRef.current.fail({
          title: 'Cannot import the dropped files',
          intro: 'Nothing was changed.',
          errors,
        });
      if (busyRef.current)
        return fail(['Another import is waiting for an answer: finish or cancel it first.']);
      const [file] = files;
      if (!file) return;
      if (files.length > 1)
        return fail([`${files.length} files were dropped: drop one file at a time.`]);
      if (importKindOf(file.name) === null) return fail([unsupportedFileMessage(file.name)]);
      if (file.size > MAX_TEXT_FILE_BYTES)
        return fail([
          `“${file.name}” is too large to import (over ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MB).`,
        ]);
      let text: string;
      try {
        text = await file.text();
      } catch (err) {
        return fail([
          `Could not read “${file.name}”: ${err instanceof Error ? err.message : String(err)}`,
        ]);
      }
      await importFile({ fileName: file.name, text });
    },
    [importFile],
  );

  // A file the operating system opens with the app comes in exactly like a dropped one.
  useEffect(() => getBridge().onOpenFile?.((file) => void importFile(file)), [importFile]);

  const onCsvImport = (
    fileName: string,
    imported: PracticeImport,
    destination: CsvImportDestination,
    options: CsvImportOptions,
  ): void => {
    setCsv(null);
    if (destination === 'scenario') {
      editor.libraryScreen.hide();
      const added = addPracticesToScenario(imported, options);
      if (!added.ok) {
        reporterRef.current.fail({
          title: `Could not import “${fileName}”`,
          intro: 'Nothing was changed.',
          errors: added.errors,
        });
        return;
      }
      const where =
        added.scenarios > 1
          ? `every scenario (${added.scenarios}; counts for “${added.scenarioName}”)`
          : `“${added.scenarioName}”`;
      const into =
        added.addedTo > 0
          ? `, adding to ${added.addedTo} existing ${added.addedTo === 1 ? 'CCG' : 'CCGs'}`
          : '';
      reporterRef.current.say(
        `Added ${added.ccgs} ${added.ccgs === 1 ? 'CCG' : 'CCGs'} and ${added.localities} ${added.localities === 1 ? 'locality' : 'localities'} from “${fileName}” to ${where}${into}; Undo takes them out.`,
      );
      return;
    }
    const workspace = practiceImportWorkspace(imported, {
      id: freshWorkspaceId(),
      name: fileBase(fileName),
      now: new Date(),
    });
    const session = getPersistence();
    const done = (): void =>
      reporterRef.current.say(
        `Made the workspace “${workspace.name}” from “${fileName}”${session ? '; it is saved in your library' : ''}.`,
      );
    void editor.open(workspace, { kind: 'file', fileName }).then(
      () => {
        if (session) editor.libraryScreen.hide();
        done();
      },
      (err: unknown) =>
        reporterRef.current.fail({
          title: `Could not import “${fileName}”`,
          intro: 'Nothing was changed.',
          errors: [err instanceof Error ? err.message : String(err)],
        }),
    );
  };

  let dialog: ReactNode = null;
  if (conflict?.conflict) {
    dialog = (
      <ImportConflictDialog
        fileName={conflict.fileName}
        importedName={conflict.workspace.name}
        savedName={conflict.conflict.name}
        onCancel={() => {
          setConflict(null);
          reporterRef.current.say(`Did not import “${conflict.fileName}”.`);
        }}
        onChoose={(choice) => {
          setConflict(null);
          finishWorkspace(conflict, choice).catch((err: unknown) =>
            reporterRef.current.fail({
              title: `Could not import “${conflict.fileName}”`,
              intro: 'The import did not finish.',
              errors: [err instanceof Error ? err.message : String(err)],
            }),
          );
        }}
      />
    );
  } else if (bsa.pending) {
    dialog = bsaImportDialog(bsa);
  } else if (csv) {
    const { workspace } = useDocumentStore.getState();
    const scenario = currentScenario(workspace, useUiStore.getState().scenarioId);
    dialog = (
      <CsvImportDialog
        fileName={csv.fileName}
        table={csv.table}
        scenario={scenario}
        scenarioCount={workspace.scenarios.length}
        onCancel={() => setCsv(null)}
        onImport={(imported, destination, options) =>
          onCsvImport(csv.fileName, imported, destination, options)
        }
      />
    );
  }

  return { openWorkspace, importPracticeList, importFile, importDropped, dialog };
}
