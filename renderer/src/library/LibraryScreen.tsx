import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Workspace } from '../../../shared/model/workspace';
import { SAMPLES } from '../../../shared/samples';
import { getBridge } from '../bridge/getBridge';
import { useEditor } from '../editor/EditorContext';
import { workspaceFileNameOf } from '../files/saveWorkspaceFile';
import { getPersistence, type CommandOutcome } from '../persistence/persistenceSession';
import { useSaveStatus } from '../persistence/saveStatusStore';
import type { DeletedWorkspace, WorkspaceSummary } from '../persistence/workspaceRecords';
import { useDocumentStore } from '../state/documentStore';
import { formatChangedAt } from '../common/formatChangedAt';
import { useLibraryScreen } from '../state/libraryStore';
import { OpenProblemPanel } from './OpenProblemPanel';
import { RenameForm } from './RenameForm';
import './library.css';

/** How long "Deleted X — Undo" stays available. */
export const UNDO_DELETE_MS = 10_000;

interface PendingUndo {
  readonly deleted: DeletedWorkspace;
  readonly seq: number;
}

/**
 * The home screen: every workspace saved on this computer, most recently changed first, with
 * search by name and the library's commands. Everything is a labelled button or field, in tab
 * order; the row's name opens it.
 */
export function LibraryScreen() {
  const session = getPersistence();
  const problem = useLibraryScreen((s) => s.problem);
  const editor = useEditor();
  const libraryVersion = useSaveStatus((s) => s.libraryVersion);
  const openName = useDocumentStore((s) => s.workspace.name);
  const openId = session?.openId() ?? null;

  const [workspaces, setWorkspaces] = useState<readonly WorkspaceSummary[] | null>(null);
  const [query, setQuery] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [undo, setUndo] = useState<PendingUndo | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const searchId = useId();

  useEffect(() => {
    let live = true;
    void session?.listWorkspaces().then((list) => {
      if (live) setWorkspaces(list);
    });
    return () => {
      live = false;
    };
  }, [session, libraryVersion]);

  // Arriving on the home screen puts focus on its heading, so screen readers say where they are.
  useEffect(() => headingRef.current?.focus(), []);

  // The undo offer lapses after a while; a newer deletion restarts the clock.
  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_DELETE_MS);
    return () => clearTimeout(timer);
  }, [undo]);

  const run = useCallback(
    async <T,>(
      work: () => Promise<CommandOutcome<T>>,
      done?: (value: T) => void,
    ): Promise<boolean> => {
      setBusy(true);
      try {
        const outcome = await work();
        if (!outcome.ok) {
          setErrors(outcome.errors);
          return false;
        }
        setErrors([]);
        done?.(outcome.value);
        return true;
      } catch (err) {
        setErrors([err instanceof Error ? err.message : String(err)]);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  const visible = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('en-GB');
    return (workspaces ?? []).filter(
      (w) => q === '' || w.name.toLocaleLowerCase('en-GB').includes(q),
    );
  }, [workspaces, query]);

  if (!session) {
    return (
      <section className="library" aria-labelledby="library-title">
        <h2 id="library-title" ref={headingRef} tabIndex={-1}>
          Your workspaces
        </h2>
        <p role="alert">
          Workspaces cannot be kept on this computer: local storage is unavailable, so changes are
          not saved. Use Save as… to keep your work in a file.
        </p>
      </section>
    );
  }

  const open = (id: string): void => {
    void run(
      async (): Promise<CommandOutcome<Workspace | null>> => {
        const outcome = await session.openWorkspace(id);
        if (outcome.ok) return outcome;
        // A stored document that fails validation: show its problems with a way to it, not a dead end.
        const stored = await session.storedProblem(id);
        if (!stored) return outcome;
        editor.libraryScreen.show({ reason: 'invalid', ...stored });
        return { ok: true, value: null };
      },
      (opened) => {
        if (opened !== null) editor.libraryScreen.hide();
      },
    );
  };
  const exportStored = (id: string, name: string): void => {
    void run(
      async () => {
        const stored = await session.storedText(id);
        if (!stored) return { ok: false, errors: ['This workspace is no longer in the library.'] };
        const saved = await getBridge().saveTextFile({
          kind: 'workspace',
          suggestedName: workspaceFileNameOf(stored.name),
          text: stored.text,
        });
        if ('error' in saved)
          return { ok: false, errors: [`Could not export “${name}”: ${saved.error}`] };
        return {
          ok: true,
          value: saved.canceled
            ? ''
            : `Exported the stored file of “${name}” as “${saved.fileName}”.`,
        };
      },
      (said) => setAnnouncement(said),
    );
  };
  const repairAndOpen = (id: string): void => {
    void run(
      () => session.repairAndOpen(id),
      () => editor.libraryScreen.hide(),
    );
  };
  const createBlank = (): void => {
    void run(
      async () => ({ ok: true, value: await session.createBlank() }),
      () => editor.libraryScreen.hide(),
    );
  };
  const createFromSample = (sampleId: string): void => {
    void run(
      () => session.createFromSample(sampleId),
      () => editor.libraryScreen.hide(),
    );
  };
  const duplicate = (w: WorkspaceSummary): void => {
    void run(
      () => session.duplicateWorkspace(w.id),
      (copy) => setAnnouncement(`Duplicated “${w.name}” as “${copy.name}”.`),
    );
  };
  const remove = (w: WorkspaceSummary): void => {
    if (w.id === openId) {
      setErrors([`“${w.name}” is open, so it cannot be deleted: open another workspace first.`]);
      return;
    }
    void run(
      () => session.deleteWorkspace(w.id),
      (deleted) => {
        setUndo((u) => ({ deleted, seq: (u?.seq ?? 0) + 1 }));
        setAnnouncement('');
        // Deleting takes the row away: focus goes to the search box rather than to nowhere.
        document.getElementById(searchId)?.focus();
      },
    );
  };
  const undoDelete = (): void => {
    if (!undo) return;
    const { deleted } = undo;
    setUndo(null);
    void run(
      async () => {
        await session.undoDelete(deleted);
        return { ok: true, value: undefined };
      },
      () => setAnnouncement(`Restored “${deleted.record.name}”.`),
    );
  };

  return (
    <section className="library" aria-labelledby="library-title">
      <div className="library-inner">
        <div className="library-head">
          <div>
            <h2 id="library-title" ref={headingRef} tabIndex={-1}>
              Your workspaces
            </h2>
            <p className="library-intro">
              Saved on this computer only, as you work. Nothing leaves the machine.
            </p>
          </div>
          {openId !== null && (
            <button
              type="button"
              className="secondary-button"
              onClick={() => editor.libraryScreen.hide()}
            >
              Back to “{openName}”
            </button>
          )}
        </div>

        {problem && (
          <OpenProblemPanel
            problem={problem}
            busy={busy}
            onExport={exportStored}
            onRepair={repairAndOpen}
          />
        )}

        <div className="library-create" role="group" aria-label="Create a workspace">
          <button type="button" className="primary-button" onClick={createBlank} disabled={busy}>
            New blank workspace
          </button>
          {SAMPLES.map((s) => (
            <button
              key={s.id}
              type="button"
              className="secondary-button"
              onClick={() => createFromSample(s.id)}
              disabled={busy}
              title={s.description}
            >
              New from sample: {s.name}
            </button>
          ))}
        </div>

        <div className="library-search">
          <label htmlFor={searchId}>Search by name</label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
          />
        </div>

        {errors.length > 0 && (
          <div className="library-errors" role="alert">
            {errors.map((e, i) => (
              <p key={i}>{e}</p>
            ))}
          </div>
        )}

        {workspaces === null ? (
          <p className="muted">Reading your workspaces…</p>
        ) : visible.length === 0 ? (
          <p className="library-empty">
            {workspaces.length === 0
              ? 'No workspaces yet: create one above.'
              : `No workspace name contains “${query.trim()}”.`}
          </p>
        ) : (
          <table className="library-table">
            <caption className="visually-hidden">Workspaces, most recently changed first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Scenarios</th>
                <th scope="col">Last changed</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {visible.map((w) => (
                <tr key={w.id} className={w.id === openId ? 'is-open' : undefined}>
                  <th scope="row">
                    {renaming === w.id ? (
                      <RenameForm
                        currentName={w.name}
                        onCancel={() => setRenaming(null)}
                        onSave={async (name) => {
                          const outcome = await session.renameWorkspace(w.id, name);
                          if (outcome.ok) {
                            setRenaming(null);
                            setAnnouncement(`Renamed “${w.name}” to “${name.trim()}”.`);
                          }
                          return outcome;
                        }}
                      />
                    ) : (
                      <button
                        type="button"
                        className="library-open"
                        onClick={() => open(w.id)}
                        disabled={busy}
                        aria-label={`Open ${w.name}`}
                      >
                        {w.name}
                        {w.id === openId && <span className="library-open-badge"> (open now)</span>}
                      </button>
                    )}
                  </th>
                  <td className="num">{w.scenarioCount}</td>
                  <td>
                    <time dateTime={w.updatedAt}>{formatChangedAt(w.updatedAt)}</time>
                  </td>
                  <td className="library-actions">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setRenaming(w.id)}
                      disabled={busy || renaming === w.id}
                      aria-label={`Rename ${w.name}`}
                    >
                      Rename
                    </button>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => duplicate(w)}
                      disabled={busy}
                      aria-label={`Duplicate ${w.name}`}
                    >
                      Duplicate
                    </button>
                    <button
                      type="button"
                      className="link-button danger"
                      onClick={() => remove(w)}
                      disabled={busy}
                      aria-disabled={w.id === openId ? 'true' : undefined}
                      aria-label={`Delete ${w.name}`}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}

        <div className="library-announce" role="status">
          {undo ? (
            <span className="toast">
              Deleted “{undo.deleted.record.name}”{' — '}
              <button type="button" className="toast-button" onClick={undoDelete}>
                Undo
              </button>
            </span>
          ) : (
            announcement
          )}
        </div>
      </div>
    </section>
  );
}
