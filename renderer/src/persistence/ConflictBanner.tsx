import { useState } from 'react';
import { getPersistence } from './persistenceSession';
import { useSaveStatus } from './saveStatusStore';

/**
 * Shown when another window (another browser tab on the same library) saved the workspace open
 * here. Nothing more is saved from this window until the user chooses: open the other window's
 * version, or keep this one as a new workspace beside it. Neither choice loses the other version.
 */
export function ConflictBanner() {
  const conflict = useSaveStatus((s) => s.conflict);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!conflict) return null;

  const run = async (choose: 'theirs' | 'mine'): Promise<void> => {
    const session = getPersistence();
    if (!session) return;
    setBusy(true);
    try {
      const outcome =
        choose === 'theirs' ? await session.loadTheirVersion() : await session.keepMineAsCopy();
      setError(outcome.ok ? null : outcome.errors.join(' '));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="conflict-banner" role="alert" data-testid="conflict-banner">
      <span className="conflict-banner-icon" aria-hidden="true">
        ⚠
      </span>
      <p className="conflict-banner-text">
        <strong>This workspace was changed in another window.</strong> Your changes to “
        {conflict.workspaceName}” here are not being saved until you choose.
        {error && <span className="conflict-banner-error"> {error}</span>}
      </p>
      <button
        type="button"
        className="secondary-button"
        disabled={busy}
        onClick={() => void run('theirs')}
      >
        Load their version
      </button>
      <button
        type="button"
        className="secondary-button"
        disabled={busy}
        onClick={() => void run('mine')}
      >
        Keep mine as a copy
      </button>
    </div>
  );
}
