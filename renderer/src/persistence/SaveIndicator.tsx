import { formatChangedAt } from '../common/formatChangedAt';
import { useSaveStatus, type SaveIndicator as Indicator } from './saveStatusStore';
import './saveIndicator.css';

const TEXT: Readonly<Record<Indicator, string>> = {
  off: '',
  unavailable: 'Not saved — local storage unavailable',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Save failed — retrying',
  conflict: 'Not saved — changed in another window',
};

/** A glyph beside the words, so the state is never told by colour alone. */
const ICON: Readonly<Record<Indicator, string>> = {
  off: '',
  unavailable: '⚠',
  saving: '↻',
  saved: '✓',
  failed: '⚠',
  conflict: '⚠',
};

/**
 * The header's autosave indicator. "Saved" appears only once the write has committed to
 * IndexedDB; the time of that save is in its tooltip, and how long the write took in
 * data-write-ms (read by the end-to-end tests to report save times).
 */
export function SaveIndicator() {
  const status = useSaveStatus((s) => s.status);
  const lastSavedAt = useSaveStatus((s) => s.lastSavedAt);
  const lastWriteMs = useSaveStatus((s) => s.lastWriteMs);
  const error = useSaveStatus((s) => s.error);
  const title =
    status === 'failed' && error
      ? `The last save failed (${error}); it is tried again shortly. Your changes are kept in this window meanwhile.`
      : lastSavedAt
        ? `Saved on this computer, ${formatChangedAt(lastSavedAt)}`
        : undefined;
  return (
    <p
      className={`save-indicator is-${status}`}
      role="status"
      data-testid="save-indicator"
      data-write-ms={lastWriteMs !== undefined ? lastWriteMs.toFixed(1) : undefined}
      title={title}
    >
      {ICON[status] && (
        <span className="save-indicator-icon" aria-hidden="true">
          {ICON[status]}
        </span>
      )}
      {TEXT[status]}
    </p>
  );
}
