import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Workspace } from '../../../shared/model/workspace';
import { formatChangedAt } from '../common/formatChangedAt';
import { getPersistence } from '../persistence/persistenceSession';
import type { SnapshotSummary } from '../persistence/snapshotRecords';
import { useDocumentStore } from '../state/documentStore';
import { SnapshotPreview } from './SnapshotPreview';
import { ModalDialog } from '../dialogs/ModalDialog';
import './history.css';

export interface HistoryDialogProps {
  readonly onClose: () => void;
  /** After a restore: a sentence for the app's status line. */
  readonly onRestored: (message: string) => void;
}

const KIND_TEXT = { auto: 'Automatic', checkpoint: 'Checkpoint' } as const;

/** How a version is named in sentences and labels: its label (or kind) and its time. */
function versionName(s: SnapshotSummary): string {
  return `${s.label ?? KIND_TEXT[s.kind]}, ${formatChangedAt(s.takenAt)}`;
}

/**
 * Version history of the open workspace: automatic snapshots and named checkpoints, newest
 * first; save a checkpoint; preview a version (read-only figures) or restore it (one undoable
 * edit of the open document).
 */
export function HistoryDialog({ onClose, onRestored }: HistoryDialogProps) {
  const session = getPersistence();
  const workspaceName = useDocumentStore((s) => s.workspace.name);
  const dialogRef = useRef<HTMLDivElement>(null);
  const id = useId();

  const [snapshots, setSnapshots] = useState<readonly SnapshotSummary[] | null>(null);
  const [preview, setPreview] = useState<{
    readonly summary: SnapshotSummary;
    readonly workspace: Workspace;
  } | null>(null);
  const [checkpointOpen, setCheckpointOpen] = useState(false);
  const [label, setLabel] = useState('');
  const [labelError, setLabelError] = useState('');
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const labelRef = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    if (!session) return;
    await session.settled();
    setSnapshots(await session.listSnapshots());
  }, [session]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    if (checkpointOpen) labelRef.current?.focus();
  }, [checkpointOpen]);

  // The button that opened or closed the preview is gone: focus moves to the new view's first
  // control rather than falling to the page (where Escape would no longer reach the dialog).
  const backRef = useRef<HTMLButtonElement>(null);
  const previewShown = useRef(false);
  useEffect(() => {
    if ((preview !== null) === previewShown.current) return;
    previewShown.current = preview !== null;
    if (preview) backRef.current?.focus();
    else dialogRef.current?.focus();
  }, [preview]);

  const saveCheckpoint = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!session) return;
    if (label.trim() === '') {
      setLabelError('A checkpoint needs a name.');
      labelRef.current?.focus();
      return;
    }
    const outcome = await session.saveCheckpoint(label);
    if (!outcome.ok) {
      setLabelError(outcome.errors.join(' '));
      return;
    }
    setAnnouncement(`Saved the checkpoint “${label.trim()}”.`);
    setLabel('');
    setLabelError('');
    setCheckpointOpen(false);
    await refresh();
  };

  const showPreview = async (s: SnapshotSummary): Promise<void> => {
    if (!session) return;
    const read = await session.readSnapshot(s.id);
    if (!read) setErrors(['This version is no longer in the history.']);
    else if (!read.ok)
      setErrors([
        `This version cannot be shown: it has ${read.errors.length === 1 ? 'a problem' : 'problems'}.`,
        ...read.errors,
      ]);
    else {
      setErrors([]);
      setPreview({ summary: s, workspace: read.workspace });
    }
  };

  const restore = async (s: SnapshotSummary): Promise<void> => {
    if (!session) return;
    const outcome = await session.restoreSnapshot(s.id);
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return;
    }
    onRestored(`Restored the version “${versionName(s)}”. Undo puts back what was there.`);
    onClose();
  };

  return (
    <ModalDialog
      className="history-dialog"
      labelledBy={`${id}-title`}
      onClose={onClose}
      dialogRef={dialogRef}
    >
      <div className="history-head">
        <h2 id={`${id}-title`}>
          {preview
            ? `Preview: ${versionName(preview.summary)}`
            : `Version history of “${workspaceName}”`}
        </h2>
        <button
          type="button"
          className="secondary-button"
          onClick={onClose}
          data-autofocus={preview ? undefined : true}
        >
          Close
        </button>
      </div>

      {errors.length > 0 && (
        <div className="history-errors" role="alert">
          {errors.map((e, i) => (
            <p key={i}>{e}</p>
          ))}
        </div>
      )}

      {preview ? (
        <>
          <p>A read-only look at this version; the open workspace is unchanged.</p>
          <div className="history-actions">
            <button
              ref={backRef}
              type="button"
              className="secondary-button"
              onClick={() => setPreview(null)}
            >
              Back to the history
            </button>
            <button
              type="button"
              className="primary-button"
              onClick={() => void restore(preview.summary)}
            >
              Restore this version
            </button>
          </div>
          <SnapshotPreview workspace={preview.workspace} />
        </>
      ) : (
        <>
          <p className="muted">
            A version is kept when the workspace is opened and every few minutes while you edit, and
            whenever you save a checkpoint. Restoring a version is one step you can undo.
          </p>
          {checkpointOpen ? (
            <form className="checkpoint-form" onSubmit={(e) => void saveCheckpoint(e)} noValidate>
              <label htmlFor={`${id}-label`}>Checkpoint name</label>
              <input
                id={`${id}-label`}
                ref={labelRef}
                value={label}
                onChange={(e) => {
                  setLabel(e.target.value);
                  if (labelError && e.target.value.trim() !== '') setLabelError('');
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') {
                    e.preventDefault();
                    e.stopPropagation();
                    setCheckpointOpen(false);
                  }
                }}
                aria-invalid={labelError ? 'true' : undefined}
                aria-describedby={labelError ? `${id}-label-error` : undefined}
                maxLength={200}
                required
              />
              <button type="submit" className="primary-button">
                Save checkpoint
              </button>
              <button
                type="button"
                className="secondary-button"
                onClick={() => setCheckpointOpen(false)}
              >
                Cancel
              </button>
              {labelError && (
                <p id={`${id}-label-error`} className="field-error">
                  {labelError}
                </p>
              )}
            </form>
          ) : (
            <div className="history-actions">
              <button
                type="button"
                className="primary-button"
                onClick={() => setCheckpointOpen(true)}
                disabled={!session}
              >
                Save checkpoint…
              </button>
            </div>
          )}
          {!session ? (
            <p role="alert">History is not available: local storage is unavailable.</p>
          ) : snapshots === null ? (
            <p className="muted">Reading the history…</p>
          ) : snapshots.length === 0 ? (
            <p className="muted">No versions yet.</p>
          ) : (
            <table className="history-table">
              <caption className="visually-hidden">Versions, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Label</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {snapshots.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <time dateTime={s.takenAt}>{formatChangedAt(s.takenAt)}</time>
                    </td>
                    <td>{KIND_TEXT[s.kind]}</td>
                    <td>{s.label ?? ''}</td>
                    <td className="history-row-actions">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => void showPreview(s)}
                        aria-label={`Preview ${versionName(s)}`}
                      >
                        Preview
                      </button>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => void restore(s)}
                        aria-label={`Restore ${versionName(s)}`}
                      >
                        Restore
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </ModalDialog>
  );
}
