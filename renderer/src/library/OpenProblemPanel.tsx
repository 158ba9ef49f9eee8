import type { OpenProblem } from '../state/libraryStore';

interface OpenProblemPanelProps {
  readonly problem: OpenProblem;
  readonly busy: boolean;
  /** Saves the workspace exactly as stored, as a `.ccgm` file, so it can be fixed by hand. */
  readonly onExport: (id: string, name: string) => void;
  /** Applies the listed repairs, saves and opens the workspace. */
  readonly onRepair: (id: string) => void;
}

/**
 * Why a saved workspace was not opened, and the ways to it that remain: it is never stranded.
 * Either its last opening never finished (it may hang the window, so it is not reopened by
 * itself) or it fails validation (its located problems, its stored file, and a repair when the
 * problems can be repaired without anyone deciding anything).
 */
export function OpenProblemPanel({ problem, busy, onExport, onRepair }: OpenProblemPanelProps) {
  const { id, name } = problem;
  const exportButton = id !== undefined && (
    <button
      type="button"
      className="secondary-button"
      onClick={() => onExport(id, name)}
      disabled={busy}
    >
      Export the stored file
    </button>
  );
  if (problem.reason === 'unfinished') {
    return (
      <div className="library-problem" role="alert">
        <h3>“{name}” was not reopened</h3>
        <p>
          “{name}” did not finish opening last time, so it was not reopened. Open it from the list,
          or export it.
        </p>
        <div className="library-problem-actions">{exportButton}</div>
      </div>
    );
  }
  const repairs = problem.repairs ?? [];
  return (
    <div className="library-problem" role="alert">
      <h3>Could not open “{name}”</h3>
      <p>
        The saved copy has{' '}
        {problem.errors.length === 1 ? 'a problem' : `${problem.errors.length} problems`}, so it was
        not opened.
        {id !== undefined
          ? ' Export the stored file to fix it by hand'
          : ' Open another workspace or create one'}
        {repairs.length > 0 ? ', or repair it automatically and open it.' : '.'}
      </p>
      <ol className="error-list">
        {problem.errors.map((e, i) => (
          <li key={i}>{e}</li>
        ))}
      </ol>
      {repairs.length > 0 && (
        <>
          <p>Repair and open will change:</p>
          <ul className="library-repairs">
            {repairs.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </>
      )}
      <div className="library-problem-actions">
        {exportButton}
        {id !== undefined && repairs.length > 0 && (
          <button
            type="button"
            className="primary-button"
            onClick={() => onRepair(id)}
            disabled={busy}
          >
            Repair and open
          </button>
        )}
      </div>
    </div>
  );
}
