import { paybackText } from '../../../shared/export/resultsTable';
import { useId } from 'react';
import { formatPounds } from '../../../shared/format/format';
import type { Scenario } from '../../../shared/model/workspace';
import type { TransitionResult } from '../../../shared/staffing/transitionCosts';
import { useEditError } from '../inspector/useEditError';

export interface TransitionPanelProps {
  readonly scenario: Scenario;
  readonly scenarios: readonly Scenario[];
  /** The one-off costs against the scenario's baseline; null without a baseline. */
  readonly transition: TransitionResult | null;
}

/** "1.4 years", or "Never" where the running cost saved is nothing or negative. */
export function paybackWords(years: number | null): string {
  return paybackText(years);
}

/**
 * The scenario's baseline picker and what moving from it costs once: redundancy, set-up and
 * exit, CCG by CCG, with the payback and the net saving over the planning years. One-offs are
 * shown apart from the running cost and never counted against the allowance.
 */
export function TransitionPanel({ scenario, scenarios, transition }: TransitionPanelProps) {
  const id = useId();
  const { error, run } = useEditError('baselineScenarioId');
  const others = scenarios.filter((s) => s.id !== scenario.id);
  return (
    <section aria-labelledby={`${id}-h`} className="transition-panel">
      <h3 id={`${id}-h`}>Moving from a baseline (one-off costs)</h3>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-baseline`}>
          Baseline scenario
        </label>
        <select
          id={`${id}-baseline`}
          className="field-input"
          value={scenario.baselineScenarioId ?? ''}
          onChange={(e) =>
            run({
              type: 'setBaseline',
              scenarioId: scenario.id,
              baselineScenarioId: e.target.value === '' ? null : e.target.value,
            })
          }
        >
          <option value="">No baseline</option>
          {others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        {error && (
          <p className="field-error">
            <span aria-hidden="true" className="field-error-icon">
              ✕
            </span>{' '}
            {error}
          </p>
        )}
        <p className="field-hint">
          One-offs are shown apart: they are never counted against the allowance.
        </p>
      </div>
      {transition && (
        <table className="structure-totals" aria-label="One-off costs by CCG">
          <thead>
            <tr>
              <th scope="col">CCG</th>
              <th scope="col">Redundancy</th>
              <th scope="col">Set-up</th>
              <th scope="col">Exit</th>
              <th scope="col">One-off</th>
              <th scope="col">Payback</th>
              <th scope="col">Net over the years</th>
            </tr>
          </thead>
          <tbody>
            {transition.ccgs.map((c) => (
              <tr key={c.id} data-ccg-id={c.id}>
                <th scope="row">{c.name}</th>
                <td className="num">{formatPounds(c.redundancy)}</td>
                <td className="num">{formatPounds(c.setUp)}</td>
                <td className="num">{formatPounds(c.exit)}</td>
                <td className="num">{formatPounds(c.oneOff)}</td>
                <td className="num" data-testid="payback">
                  {paybackWords(c.paybackYears)}
                </td>
                <td className="num">{formatPounds(c.cumulativeNet)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All CCGs</th>
              <td className="num">{formatPounds(transition.totals.redundancy)}</td>
              <td className="num">{formatPounds(transition.totals.setUp)}</td>
              <td className="num">{formatPounds(transition.totals.exit)}</td>
              <td className="num">{formatPounds(transition.totals.oneOff)}</td>
              <td className="num">
                {paybackWords(
                  transition.totals.firstYearSaving > 0
                    ? transition.totals.oneOff / transition.totals.firstYearSaving
                    : null,
                )}
              </td>
              <td className="num">{formatPounds(transition.totals.cumulativeNet)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
