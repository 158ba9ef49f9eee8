import { memo, useCallback, useDeferredValue, useLayoutEffect, useRef } from 'react';
import { releasedAndBreached, scenarioHeadroomPhrase } from '../../../shared/format/headroom';
import type { ScenarioResult } from '../../../shared/costing/results';
import { totalsAllowanceWords } from '../../../shared/format/allowancePhrase';
import { formatMoneyShort, formatPerHead, formatPopulation } from '../../../shared/format/format';
import type { Scenario } from '../../../shared/model/workspace';
import { StatusBadge } from '../common/StatusBadge';
import { FlagList } from './FlagList';
import { ScenarioTransitionSection } from '../staffing/ScenarioTransitionSection';

export interface ScenarioSummaryProps {
  readonly scenario: Scenario;
  readonly result: ScenarioResult;
  readonly onSelect: (id: string) => void;
}

/** The side panel with nothing selected: the scenario's totals, its CCGs and all its flags. */
export function ScenarioSummary({ scenario, result, onSelect }: ScenarioSummaryProps) {
  const t = result.totals;
  // The long lists (every CCG, every flag) follow a frame later when the scenario or its figures
  // change, so the canvas and the totals are painted first; the panel keeps its layout meanwhile.
  const listed = useDeferredValue(result);
  const latestSelect = useRef(onSelect);
  useLayoutEffect(() => {
    latestSelect.current = onSelect;
  });
  const select = useCallback((id: string) => latestSelect.current(id), []);
  return (
    <article className="summary" aria-labelledby="scenario-summary-title">
      <header className="panel-header">
        <p className="eyebrow">Scenario</p>
        <h2 id="scenario-summary-title">{scenario.name}</h2>
        {scenario.notes && <p className="notes">{scenario.notes}</p>}
      </header>
      <dl className="kpis">
        <div>
          <dt>Population</dt>
          <dd>{formatPopulation(t.population)}</dd>
        </div>
        <div>
          <dt>Total running cost</dt>
          <dd>{formatMoneyShort(t.running)}</dd>
        </div>
        <div>
          <dt>Weighted per head</dt>
          <dd>
            {formatPerHead(t.perHead)} / {totalsAllowanceWords(t, result.year.allowancePerHead)}
          </dd>
        </div>
        <div>
          <dt>Headroom</dt>
          <dd>{scenarioHeadroomPhrase(releasedAndBreached(result.ccgs))}</dd>
        </div>
        <div>
          <dt>CCGs</dt>
          <dd className="status-counts">
            {t.within} within · {t.tight} tight · {t.over} over
          </dd>
        </div>
      </dl>

      <CcgList result={listed} onSelect={select} />

      <ScenarioTransitionSection scenario={scenario} />

      <FlagsSection flags={listed.flags} onSelect={select} />
    </article>
  );
}

/** The scenario's CCGs, dearest a head first. */
const CcgList = memo(function CcgList({
  result,
  onSelect,
}: {
  readonly result: ScenarioResult;
  readonly onSelect: (id: string) => void;
}) {
  const ccgs = [...result.ccgs].sort((a, b) => b.perHead - a.perHead);
  return (
    <section aria-labelledby="scenario-ccgs-title">
      <h3 id="scenario-ccgs-title">CCGs by running cost per head</h3>
      {ccgs.length === 0 && <p className="muted">No CCGs yet: add one from the palette.</p>}
      <ul className="ccg-list">
        {ccgs.map((c) => (
          <li key={c.id}>
            <button type="button" className="ccg-list-item" onClick={() => onSelect(c.id)}>
              <span className="ccg-list-name">{c.name}</span>
              <span className="ccg-list-figure">{formatPerHead(c.perHead)}</span>
              <StatusBadge status={c.status} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
});

/** Every risk flag of the scenario. */
const FlagsSection = memo(function FlagsSection({
  flags,
  onSelect,
}: {
  readonly flags: ScenarioResult['flags'];
  readonly onSelect: (id: string) => void;
}) {
  return (
    <section aria-labelledby="scenario-flags-title">
      <h3 id="scenario-flags-title">
        Risk flags <span className="h-figure">{flags.length}</span>
      </h3>
      <FlagList flags={flags} onSelect={onSelect} emptyText="No risk flags in this scenario." />
    </section>
  );
});
