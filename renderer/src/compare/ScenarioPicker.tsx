import type { Scenario } from '../../../shared/model/workspace';
import { MAX_COMPARED } from './compareStore';

export interface ScenarioPickerProps {
  readonly scenarios: readonly Scenario[];
  readonly picked: readonly string[];
  readonly onChange: (ids: readonly string[]) => void;
}

/**
 * Checkboxes for the scenarios to compare, two to four. The baseline the differences are measured
 * from is marked (and chosen with the Baseline picker beside); once four are picked the rest are
 * disabled, with the reason.
 */
export function ScenarioPicker({ scenarios, picked, onChange }: ScenarioPickerProps) {
  const full = picked.length >= MAX_COMPARED;
  const toggle = (id: string, on: boolean): void => {
    onChange(on ? [...picked, id] : picked.filter((x) => x !== id));
  };
  return (
    <fieldset className="compare-picker">
      <legend>
        Scenarios to compare <span className="muted">(two to four)</span>
      </legend>
      <ul>
        {scenarios.map((s) => {
          const at = picked.indexOf(s.id);
          const on = at >= 0;
          return (
            <li key={s.id}>
              <label>
                <input
                  type="checkbox"
                  checked={on}
                  disabled={!on && full}
                  onChange={(e) => toggle(s.id, e.target.checked)}
                />{' '}
                {s.name}
                {at === 0 && <span className="compare-baseline"> (baseline)</span>}
              </label>
            </li>
          );
        })}
      </ul>
      <p className="compare-picker-hint" role="status">
        {picked.length < 2
          ? 'Pick at least two scenarios to compare.'
          : full
            ? `${MAX_COMPARED} scenarios picked: untick one to pick another.`
            : `${picked.length} scenarios picked.`}
      </p>
    </fieldset>
  );
}
