import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Edit } from '../../../shared/edits/edit';
import { dispatchEdit } from '../state/dispatchEdit';
import { fieldMessage } from './fieldMessage';
import type { ParsedNumber } from './parseNumberInput';
import { rememberingPreview } from './previewEdit';

/** What a draft turns into: the edit to make, or a sentence saying why it cannot be made. */
export type DraftOutcome =
  | { readonly ok: true; readonly edit: Edit | null }
  | { readonly ok: false; readonly message: string };

export interface DraftFieldProps {
  readonly label: string;
  /** The committed value as text (e.g. "120,000"); shown whenever the field is not being edited. */
  readonly value: string;
  /** Turns the typed text into an edit (null: nothing to change), or says why it cannot. */
  readonly toEdit: (text: string) => DraftOutcome;
  /** The field name in validator messages ("population"), to show only the part about it. */
  readonly field?: string;
  readonly hint?: ReactNode;
  readonly disabled?: boolean;
  readonly inputMode?: 'text' | 'numeric' | 'decimal';
  readonly placeholder?: string;
  readonly list?: string;
  readonly className?: string;
  /** Called after a successful commit (e.g. to announce it). */
  readonly onCommitted?: () => void;
}

/** A text field whose draft turns a typed number into an edit, for the common numeric case. */
export function numberDraft(
  parse: (text: string) => ParsedNumber,
  edit: (value: number) => Edit | null,
): (text: string) => DraftOutcome {
  return (text) => {
    const parsed = parse(text);
    return parsed.ok ? { ok: true, edit: edit(parsed.value) } : parsed;
  };
}

/**
 * One inspector field with a local draft. Each keystroke is checked at once — parsed, then tried
 * against the document without keeping the result — and a problem is shown beside the field
 * (aria-invalid, aria-describedby). The document changes only on Enter or leaving the field, so
 * typing "120000" is one undo step, not six; Esc puts the committed value back.
 */
export function DraftField({
  label,
  value,
  toEdit,
  field,
  hint,
  disabled,
  inputMode = 'text',
  placeholder,
  list,
  className,
  onCommitted,
}: DraftFieldProps) {
  const id = useId();
  // null: not being edited, so the committed value shows (and follows undo/redo).
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Enter tries what the last keystroke already tried: remembered, it is not tried twice.
  const [previewEdit] = useState(() => rememberingPreview());

  const check = (text: string): { edit: Edit | null; error: string | null } => {
    const outcome = toEdit(text);
    if (!outcome.ok) return { edit: null, error: outcome.message };
    if (!outcome.edit) return { edit: null, error: null };
    const tried = previewEdit(outcome.edit);
    return tried.ok
      ? { edit: outcome.edit, error: null }
      : { edit: null, error: fieldMessage(tried.errors, field) };
  };

  const onChange = (text: string): void => {
    setDraft(text);
    setError(check(text).error);
  };

  const commit = (): void => {
    if (draft === null) return;
    if (draft === value) {
      setDraft(null);
      setError(null);
      return;
    }
    const checked = check(draft);
    if (checked.error) {
      setError(checked.error); // keep the draft so the user can see and fix it
      return;
    }
    if (checked.edit) {
      const result = dispatchEdit(checked.edit);
      if (!result.ok) {
        setError(fieldMessage(result.errors, field));
        return;
      }
    }
    setDraft(null);
    setError(null);
    onCommitted?.();
  };

  const revert = (): void => {
    setDraft(null);
    setError(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      // Esc belongs to the field while it has a draft; otherwise let it reach the canvas shortcuts.
      if (draft !== null || error !== null) {
        event.preventDefault();
        event.stopPropagation();
        revert();
      }
    }
  };

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy =
    [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field-input"
        type="text"
        inputMode={inputMode}
        value={draft ?? value}
        disabled={disabled}
        placeholder={placeholder}
        list={list}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
      />
      {error && (
        <p id={errorId} className="field-error">
          <span aria-hidden="true" className="field-error-icon">
            ✕
          </span>{' '}
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
