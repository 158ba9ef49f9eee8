import type { ScenarioResult } from '../../../shared/costing/results';
import { formatMoneyShort, formatPerHead, formatPopulation, statusPhrase } from '../../../shared/format/format';
import { statusBadgeText } from '../common/statusDisplay';

/**
 * The scenario's CCGs in large type: running cost per head, status as icon and text, headroom.
 * A highlighted CCG comes first and is marked; the others follow in the scenario's order.
 */
export function WorkshopFigures({ result, highlightId }: { readonly result: ScenarioResult; readonly highlightId?: string }) {
  const ccgs = [...result.ccgs].sort((a, b) => Number(b.id === highlightId) - Number(a.id === highlightId));
  return (
    <section className="workshop-figures" aria-label={`Running cost per head against the ${formatPerHead(result.year.allowancePerHead)} cap`}>
      <p className="workshop-cap">Cap {formatPerHead(result.year.allowancePerHead)} a head</p>
      <ul>
        {ccgs.map((c) => (
          <li
            key={c.id}
            className={`workshop-figure status-${c.status}${c.id === highlightId ? ' is-highlighted' : ''}`}
            aria-label={`${c.name}: ${formatPerHead(c.perHead)} per head, ${statusPhrase(c.status, result.year.allowancePerHead)}, headroom ${formatMoneyShort(c.headroom)}`}
          >
            <span className="workshop-figure-name">{c.name}</span>
            <span className="workshop-figure-value">{formatPerHead(c.perHead)}</span>
            <span className="workshop-figure-status">{statusBadgeText(c.status)}</span>
            <span className="workshop-figure-meta">{formatPopulation(c.population)} people · headroom {formatMoneyShort(c.headroom)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
