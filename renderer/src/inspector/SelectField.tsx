import { useId, type ReactNode } from 'react';
import type { Edit } from '../../../shared/edits/edit';
import { useEditError } from './useEditError';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
  readonly disabled?: boolean;
}

export interface SelectFieldProps {
  readonly label: string;
  readonly value: string;
  readonly options: readonly SelectOption[];
  /** The edit choosing this value makes; committed at once (a select is one deliberate choice). */
  readonly toEdit: (value: string) => Edit | null;
  readonly field?: string;
  readonly hint?: ReactNode;
  readonly disabled?: boolean;
  readonly className?: string;
}

/** A labelled select that commits on change and shows a refusal beside itself. */
export function SelectField({
  label,
  value,
  options,
  toEdit,
  field,
  hint,
  disabled,
  className,
}: SelectFieldProps) {
  const id = useId();
  const { error, run } = useEditError(field);
  const describedBy =
    [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field-input"
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => run(toEdit(e.target.value))}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span aria-hidden="true" className="field-error-icon">
            ✕
          </span>{' '}
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
