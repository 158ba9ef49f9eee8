import { useCallback, useMemo, useState, type ReactNode, type RefObject } from 'react';
import { bsaChoices } from '../../../shared/csv/bsaImportPlan';
import { readBsaListSizes, type BsaListSizes } from '../../../shared/csv/bsaListSizes';
import type { CsvTable } from '../../../shared/csv/csvTable';
import { useDocumentStore } from '../state/documentStore';
import { currentScenario } from '../state/useCurrentScenario';
import { useUiStore } from '../state/uiStore';
import { applyBsaImport } from './applyBsaImport';
import { BsaImportDialog } from './BsaImportDialog';
import type { ImportReporter } from './useFileImport';
import { appEditor } from '../editor/appEditor';

export interface BsaImport {
  /** The file waiting for the user's choice, or null. */
  readonly pending: { readonly fileName: string; readonly listSizes: BsaListSizes } | null;
  /** Takes a parsed CSV if it is an NHS BSA list-size file (true), else leaves it (false). */
  offer(fileName: string, table: CsvTable): boolean;
  cancel(): void;
  reporter: RefObject<ImportReporter>;
}

/** The state of an NHS BSA list-size import: recognised at the point a CSV has been parsed. */
export function useBsaImport(reporter: RefObject<ImportReporter>): BsaImport {
  const [pending, setPending] = useState<BsaImport['pending']>(null);
  const offer = useCallback((fileName: string, table: CsvTable): boolean => {
    const listSizes = readBsaListSizes(table);
    if (!listSizes) return false;
    setPending({ fileName, listSizes });
    return true;
  }, []);
  const cancel = useCallback(() => setPending(null), []);
  return useMemo(() => ({ pending, offer, cancel, reporter }), [pending, offer, cancel, reporter]);
}

/** The dialog of a pending NHS BSA import, wired to apply the user's choice as one edit. */
export function bsaImportDialog({ pending, cancel, reporter }: BsaImport): ReactNode {
  if (!pending) return null;
  const { workspace } = useDocumentStore.getState();
  const scenario = currentScenario(workspace, useUiStore.getState().scenarioId);
  const { fileName, listSizes } = pending;
  return (
    <BsaImportDialog
      fileName={fileName}
      listSizes={listSizes}
      choices={bsaChoices(scenario, listSizes)}
      scenarioName={scenario.name}
      onCancel={() => {
        cancel();
        reporter.current.say(`Did not import “${fileName}”.`);
      }}
      onConfirm={(codes, localities) => {
        cancel();
        appEditor().libraryScreen.hide();
        const done = applyBsaImport(listSizes, codes, localities);
        if (!done.ok) {
          reporter.current.fail({
            title: `Could not import “${fileName}”`,
            intro: 'Nothing was changed.',
            errors: done.errors,
          });
          return;
        }
        const added =
          done.added > 0 ? ` and added ${done.added} ${done.added === 1 ? 'CCG' : 'CCGs'}` : '';
        reporter.current.say(
          `Set ${done.updated} ${done.updated === 1 ? 'population' : 'populations'}${added} in “${done.scenarioName}” from “${fileName}”; Undo puts them back.`,
        );
      }}
    />
  );
}
