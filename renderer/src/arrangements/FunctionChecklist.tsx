import { useId, type ReactNode } from 'react';
import type { SupportFunction } from '../../../shared/model/workspace';

export interface FunctionChecklistProps {
  readonly functions: readonly SupportFunction[];
  readonly selected: readonly string[];
  readonly onChange: (next: readonly string[]) => void;
  /** A note beside a function, e.g. who already covers it for a member. */
  readonly noteFor?: (functionId: string) => ReactNode;
  readonly error?: string | null;
}

/** The support functions an arrangement covers, as checkboxes with "All" and "None". */
export function FunctionChecklist({
  functions,
  selected,
  onChange,
  noteFor,
  error,
}: FunctionChecklistProps) {
  const id = useId();
  const chosen = new Set(selected);
  // Keep the assumptions' order, whatever order they were ticked in.
  const toggle = (fid: string, on: boolean): void =>
    onChange(functions.map((f) => f.id).filter((x) => (x === fid ? on : chosen.has(x))));
  return (
    <fieldset
      className="function-checklist"
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>
        Functions covered{' '}
        <span className="h-figure">
          {selected.length} of {functions.length}
        </span>
      </legend>
      <div className="checklist-actions">
        <button
          type="button"
          className="link-button"
          onClick={() => onChange(functions.map((f) => f.id))}
        >
          All
        </button>
        <button type="button" className="link-button" onClick={() => onChange([])}>
          None
        </button>
      </div>
      <ul className="checklist">
        {functions.map((f) => {
          const note = noteFor?.(f.id);
          return (
            <li key={f.id}>
              <input
                id={`${id}-${f.id}`}
                type="checkbox"
                checked={chosen.has(f.id)}
                onChange={(e) => toggle(f.id, e.target.checked)}
                aria-describedby={note ? `${id}-${f.id}-note` : undefined}
              />
              <label htmlFor={`${id}-${f.id}`}>{f.name}</label>
              {note && (
                <span id={`${id}-${f.id}-note`} className="checklist-note">
                  {note}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span aria-hidden="true" className="field-error-icon">
            ✕
          </span>{' '}
          {error}
        </p>
      )}
    </fieldset>
  );
}
