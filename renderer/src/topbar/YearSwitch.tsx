import { useId } from 'react';
import { useUiStore } from '../state/uiStore';
import { useScenarioAssumptions, useShownYearId } from '../state/useScenarioResult';
import { steppedYearId } from './yearStepping';
import { YEAR_SHORTCUTS, useYearShortcuts } from './useYearShortcuts';

/**
 * The planning year every card, total, flag and panel figure is shown for: a labelled select
 * beside the scenario picker, with Alt+Y / Alt+Shift+Y to step through the years. The choice is
 * session state (not the document), so it is never an undo step.
 */
export function YearSwitch() {
  const id = useId();
  const years = useScenarioAssumptions().years;
  const shown = useShownYearId();
  const showYear = useUiStore((s) => s.showYear);
  useYearShortcuts((step) => {
    const next = steppedYearId(years, shown, step);
    if (next !== undefined && next !== shown) showYear(next);
  });

  return (
    <div className="year-switch">
      <label className="scenario-picker-label" htmlFor={`${id}-year`}>Year</label>
      <select
        id={`${id}-year`}
        className="year-select"
        value={shown}
        onChange={(e) => showYear(e.target.value)}
        aria-keyshortcuts={`${YEAR_SHORTCUTS.next} ${YEAR_SHORTCUTS.previous}`}
        title={`Every figure is for this financial year (${YEAR_SHORTCUTS.next} next, ${YEAR_SHORTCUTS.previous} previous)`}
      >
        {years.map((y) => <option key={y.id} value={y.id}>{y.label}</option>)}
      </select>
    </div>
  );
}
