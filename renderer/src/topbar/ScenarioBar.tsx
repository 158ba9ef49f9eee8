import type { ScenarioTotals } from '../../../shared/costing/results';
import { formatCap, formatMoneyShort, formatPerHead, formatPopulation } from '../../../shared/format/format';
import type { Scenario } from '../../../shared/model/workspace';
import { STATUS_ICON } from '../common/statusDisplay';

export interface ScenarioBarProps {
  readonly scenarios: readonly Scenario[];
  readonly scenarioId: string;
  readonly onSelectScenario: (id: string) => void;
  readonly totals: ScenarioTotals;
  readonly capPerHead: number;
  readonly message: string;
}

/** The scenario switcher and the scenario's totals, always in view. */
export function ScenarioBar({ scenarios, scenarioId, onSelectScenario, totals, capPerHead, message }: ScenarioBarProps) {
  return (
    <div className="scenario-bar">
      <div className="scenario-picker">
        <label className="scenario-picker-label" htmlFor="scenario-select">Scenario</label>
        <select id="scenario-select" value={scenarioId} onChange={(e) => onSelectScenario(e.target.value)}>
          {scenarios.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </div>
      <dl className="totals" aria-label="Scenario totals">
        <div><dt>Population</dt><dd>{formatPopulation(totals.population)}</dd></div>
        <div><dt>Running cost</dt><dd>{formatMoneyShort(totals.total)}</dd></div>
        <div><dt>Weighted per head</dt><dd>{formatPerHead(totals.perHead)} <span className="muted">/ {formatCap(capPerHead)} cap</span></dd></div>
        <div>
          <dt>CCGs</dt>
          <dd className="count-chips">
            <span className="count-chip status-within">{STATUS_ICON.within} {totals.within} within</span>
            <span className="count-chip status-tight">{STATUS_ICON.tight} {totals.tight} tight</span>
            <span className="count-chip status-over">{STATUS_ICON.over} {totals.over} over</span>
          </dd>
        </div>
      </dl>
      <p className="status-message" role="status">{message}</p>
    </div>
  );
}
