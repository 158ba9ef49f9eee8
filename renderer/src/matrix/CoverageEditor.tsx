import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Arrangement } from '../../../shared/model/workspace';
import { IN_HOUSE_LABEL, MODEL_RULES } from '../../../shared/model/arrangementModels';

export interface CoverageEditorProps {
  /** "Who delivers Finance to Ashby CCG". */
  readonly label: string;
  readonly arrangements: readonly Arrangement[];
  /** The arrangement delivering it now, or '' for in-house. */
  readonly current: string;
  /** Commits a choice ('' = in-house). */
  readonly onChoose: (arrangementId: string) => void;
  /** Closes without a change; returnFocus is false when focus already went elsewhere (a click away). */
  readonly onCancel: (returnFocus: boolean) => void;
  /** Opens leftwards from the cell's right edge (cells near the grid's right edge). */
  readonly alignRight?: boolean;
}

/**
 * The cell editor: a list of In-house and every arrangement in the scenario. Arrow keys only
 * move the highlight; Enter (or a click) chooses, Esc or leaving the list cancels — so browsing
 * the list never changes the document.
 */
export function CoverageEditor({
  label,
  arrangements,
  current,
  onChoose,
  onCancel,
  alignRight,
}: CoverageEditorProps) {
  const ref = useRef<HTMLSelectElement>(null);
  const done = useRef(false);
  useEffect(() => ref.current?.focus(), []);

  const finish = (choose: boolean, returnFocus = true): void => {
    if (done.current) return;
    done.current = true;
    if (choose && ref.current) onChoose(ref.current.value);
    else onCancel(returnFocus);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLSelectElement>): void => {
    // Keys stay with the list: the grid must not move the active cell under an open editor.
    event.stopPropagation();
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      finish(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(false);
    }
  };

  return (
    <select
      ref={ref}
      className={`coverage-editor${alignRight ? ' align-right' : ''}`}
      aria-label={label}
      // Shown as an open list (never a closed drop-down), a few rows even when there are few choices.
      size={Math.max(4, Math.min(10, arrangements.length + 1))}
      defaultValue={current}
      onKeyDown={onKeyDown}
      onClick={(event) => {
        // A mouse click on an option chooses it; clicks on the list's scroll bar land on the select.
        if (event.target instanceof HTMLOptionElement) finish(true);
      }}
      onBlur={() => finish(false, false)}
    >
      <option value="">{IN_HOUSE_LABEL}</option>
      {arrangements.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name} ({MODEL_RULES[a.model].inSentence})
        </option>
      ))}
    </select>
  );
}
