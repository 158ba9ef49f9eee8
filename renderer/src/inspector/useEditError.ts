import { useState } from 'react';
import type { Edit } from '../../../shared/edits/edit';
import { dispatchEdit } from '../state/dispatchEdit';
import { fieldMessage } from './fieldMessage';

/**
 * For controls that commit at once (checkboxes, selects, buttons): dispatches an edit and keeps
 * the refusal message, if any, to show beside the control. Returns whether the edit was made.
 */
export function useEditError(field?: string): {
  readonly error: string | null;
  readonly run: (edit: Edit | null) => boolean;
  readonly clear: () => void;
} {
  const [error, setError] = useState<string | null>(null);
  const run = (edit: Edit | null): boolean => {
    if (!edit) return false;
    const result = dispatchEdit(edit);
    setError(result.ok ? null : fieldMessage(result.errors, field));
    return result.ok;
  };
  return { error, run, clear: () => setError(null) };
}
