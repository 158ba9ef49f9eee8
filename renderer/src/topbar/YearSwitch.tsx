import { useId } from 'react';
import { useEditor } from '../editor/EditorContext';
import { useScenarioAssumptions, useShownYearId } from '../state/useScenarioResult';
import { steppedYearId } from './yearStepping';
import { useCommandHandlers } from '../commands/commandHandlers';
import { ariaKeys, keyLabel } from '../commands/keys';
import { command } from '../commands/registry';

/**
 * The planning year every card, total, flag and panel figure is shown for: a labelled select
 * beside the scenario picker, with Alt+Y / Alt+Shift+Y to step through the years. The choice is
 * session state (not the document), so it is never an undo step.
 */
const NEXT = command('next-year');
const PREVIOUS = command('previous-year');

export function YearSwitch() {
  const id = useId();
  const years = useScenarioAssumptions().years;
  const shown = useShownYearId();
  const editor = useEditor();
  useCommandHandlers({
    stepYear: (step) => {
      const next = steppedYearId(years, shown, step);
      if (next !== undefined && next !== shown) editor.showYear(next);
    },
  });

  return (
    <div className="year-switch">
      <label className="scenario-picker-label" htmlFor={`${id}-year`}>
        Year
      </label>
      <select
        id={`${id}-year`}
        className="year-select"
        value={shown}
        onChange={(e) => editor.showYear(e.target.value)}
        aria-keyshortcuts={ariaKeys([...NEXT.keys, ...PREVIOUS.keys])}
        title={`Every figure is for this financial year (${NEXT.keys.map((k) => keyLabel(k)).join(' or ')} next, ${PREVIOUS.keys.map((k) => keyLabel(k)).join(' or ')} previous)`}
      >
        {years.map((y) => (
          <option key={y.id} value={y.id}>
            {y.label}
          </option>
        ))}
      </select>
    </div>
  );
}
