import { useId, type ReactNode } from 'react';
import type { Edit } from '../../../shared/edits/edit';
import { useEditError } from './useEditError';

export interface CheckboxFieldProps {
  readonly label: string;
  readonly checked: boolean;
  readonly toEdit: (checked: boolean) => Edit | null;
  readonly field?: string;
  readonly hint?: ReactNode;
  readonly disabled?: boolean;
}

/** A labelled checkbox that commits on change and shows a refusal beside itself. */
export function CheckboxField({
  label,
  checked,
  toEdit,
  field,
  hint,
  disabled,
}: CheckboxFieldProps) {
  const id = useId();
  const { error, run } = useEditError(field);
  const describedBy =
    [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className={`field field-checkbox span-2${error ? ' has-error' : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => run(toEdit(e.target.checked))}
      />
      <label htmlFor={id}>{label}</label>
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
