import type { ScenarioResult } from '../../../shared/costing/results';
import { allowanceStatusPhrase, allowanceTest } from '../../../shared/format/allowancePhrase';
import { formatMoneyShort, formatPerHead, formatPopulation } from '../../../shared/format/format';
import type { CcgNode, Scenario } from '../../../shared/model/workspace';
import { statusBadgeText } from '../common/statusDisplay';

/**
 * The scenario's CCGs in large type: running cost per head, status as icon and text, headroom.
 * A highlighted CCG comes first and is marked; the others follow in the scenario's order.
 */
export function WorkshopFigures({ result, scenario, highlightId }: { readonly result: ScenarioResult; readonly scenario: Scenario; readonly highlightId?: string }) {
  const nodes = new Map(scenario.nodes.filter((n): n is CcgNode => n.kind === 'ccg').map((n) => [n.id, n]));
  const ccgs = [...result.ccgs].sort((a, b) => Number(b.id === highlightId) - Number(a.id === highlightId));
  return (
    <section className="workshop-figures" aria-label={`Running cost per head against each CCG's ${result.year.label} allowance`}>
      {/* The year in words: a slide may show any planning year, and the room must know which. */}
      <p className="workshop-cap">{result.year.label}: national rate {formatPerHead(result.year.allowancePerHead)} a head</p>
      <ul>
        {ccgs.map((c) => (
          <li
            key={c.id}
            className={`workshop-figure status-${c.status}${c.id === highlightId ? ' is-highlighted' : ''}`}
            aria-label={`${c.name}: ${formatPerHead(c.perHead)} per head, ${allowanceStatusPhrase(c.status, allowanceTest(nodes.get(c.id), c, result.year), true)}, headroom ${formatMoneyShort(c.headroom)}`}
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
