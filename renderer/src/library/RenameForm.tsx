import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { CommandOutcome } from '../persistence/persistenceSession';

export interface RenameFormProps {
  readonly currentName: string;
  /** Saves the name; a refusal's errors are shown beside the field. */
  readonly onSave: (name: string) => Promise<CommandOutcome>;
  readonly onCancel: () => void;
}

/** Inline rename in a library row: Enter saves, Escape cancels; an empty name is refused. */
export function RenameForm({ currentName, onSave, onCancel }: RenameFormProps) {
  const [name, setName] = useState(currentName);
  const [error, setError] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (name.trim() === '') {
      setError('A workspace needs a name.');
      inputRef.current?.focus();
      return;
    }
    const outcome = await onSave(name);
    if (!outcome.ok) setError(outcome.errors.join(' '));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form
      className="rename-form"
      onSubmit={(e) => void submit(e)}
      aria-label={`Rename ${currentName}`}
      noValidate
    >
      <label htmlFor={`${id}-name`} className="visually-hidden">
        New name for {currentName}
      </label>
      <input
        id={`${id}-name`}
        ref={inputRef}
        value={name}
        onChange={(e) => {
          setName(e.target.value);
          if (error && e.target.value.trim() !== '') setError('');
        }}
        onKeyDown={onKeyDown}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        maxLength={200}
        required
      />
      <button type="submit" className="link-button">
        Save
      </button>
      <button type="button" className="link-button" onClick={onCancel}>
        Cancel
      </button>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
