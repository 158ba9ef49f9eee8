import { useId } from 'react';
import { ModalDialog } from '../dialogs/ModalDialog';
import {
  importedCopyName,
  replacedVersionLabel,
  type ConflictChoice,
} from '../editor/workspaceImport';
import './files.css';

export interface ImportConflictDialogProps {
  readonly fileName: string;
  /** The workspace's name in the file. */
  readonly importedName: string;
  /** The name of the saved workspace with the same id. */
  readonly savedName: string;
  onChoose(choice: ConflictChoice): void;
  onCancel(): void;
}

/**
 * Asked when an imported file's workspace is already in the library (same id): keep both (the
 * file comes in as a copy) or replace the saved one (whose current version stays in History).
 * Keep both has the focus, being the choice that loses nothing; Esc or Cancel changes nothing.
 */
export function ImportConflictDialog({
  fileName,
  importedName,
  savedName,
  onChoose,
  onCancel,
}: ImportConflictDialogProps) {
  const id = useId();
  return (
    <ModalDialog
      className="import-conflict-dialog"
      labelledBy={`${id}-title`}
      describedBy={`${id}-intro`}
      onClose={onCancel}
    >
      <h2 id={`${id}-title`}>“{savedName}” is already in your library</h2>
      <p id={`${id}-intro`}>
        “{fileName}” holds the same workspace as the saved “{savedName}” (they share an id). How
        should it come in?
      </p>
      <ul className="import-conflict-choices">
        <li>
          <strong>Keep both</strong>: the file is added as “{importedCopyName(importedName)}”; the
          saved workspace is not changed.
        </li>
        <li>
          <strong>Replace</strong>: the saved workspace becomes the file’s. Its current version
          stays in History as “{replacedVersionLabel(fileName)}”.
        </li>
      </ul>
      <div className="dialog-actions import-conflict-actions">
        <button type="button" className="secondary-button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="secondary-button" onClick={() => onChoose('replace')}>
          Replace
        </button>
        <button
          type="button"
          className="primary-button"
          data-autofocus
          onClick={() => onChoose('keep-both')}
        >
          Keep both
        </button>
      </div>
    </ModalDialog>
  );
}
