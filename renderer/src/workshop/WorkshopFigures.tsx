import { useLayoutEffect, useRef, useState } from 'react';
import type { ScenarioResult } from '../../../shared/costing/results';
import { allowanceStatusPhrase, allowanceTest } from '../../../shared/format/allowancePhrase';
import { formatMoneyShort, formatPerHead, formatPopulation } from '../../../shared/format/format';
import type { CcgNode, Scenario } from '../../../shared/model/workspace';
import { statusBadgeText } from '../common/statusDisplay';
import { figuresShown } from './figuresShown';

const NO_HIGHLIGHT: ReadonlySet<string> = new Set();

/**
 * The scenario's CCGs in large type: running cost per head, status as icon and text, headroom.
 * The slide's highlighted CCGs come first and are marked; the others follow in the scenario's
 * order. Every one listed fits without scrolling: when the roomy layout would overflow, each CCG
 * takes one line (name, £ a head, status; the headroom stays in its accessible name); past
 * eight CCGs a "+N more" line counts the rest.
 */
export function WorkshopFigures({
  result,
  scenario,
  highlighted = NO_HIGHLIGHT,
  markedId,
}: {
  readonly result: ScenarioResult;
  readonly scenario: Scenario;
  /** The slide's subject: a CCG, or an arrangement's members. */
  readonly highlighted?: ReadonlySet<string>;
  /** The CCG the slide highlights itself, drawn with a white border. */
  readonly markedId?: string;
}) {
  const nodes = new Map(
    scenario.nodes.filter((n): n is CcgNode => n.kind === 'ccg').map((n) => [n.id, n]),
  );
  const { shown, more } = figuresShown(result.ccgs, highlighted);
  const listRef = useRef<HTMLElement>(null);
  const [compact, setCompact] = useState(false);
  // Still too long when compact (a very short window): it scrolls, so it must take focus.
  const [scrolls, setScrolls] = useState(false);
  const fitKey = `${shown.length} ${more}`;
  // Measure at the roomy size; go compact only if that overflows (the panel never scrolls).
  useLayoutEffect(() => setCompact(false), [fitKey]);
  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const check = (): void => {
      const over = el.scrollHeight > el.clientHeight + 1;
      if (over && !compact) setCompact(true);
      setScrolls(over && compact);
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, [compact, fitKey]);

  return (
    <section
      ref={listRef}
      {...(scrolls ? { tabIndex: 0 } : {})}
      className={compact ? 'workshop-figures is-compact' : 'workshop-figures'}
      aria-label={`Running cost per head against each CCG's ${result.year.label} allowance`}
    >
      {/* The year in words: a slide may show any planning year, and the room must know which. */}
      <p className="workshop-cap">
        {result.year.label}: national rate {formatPerHead(result.year.allowancePerHead)} a head
      </p>
      <ul>
        {shown.map((c) => (
          <li
            key={c.id}
            className={`workshop-figure status-${c.status}${c.id === markedId ? ' is-highlighted' : ''}`}
            aria-label={`${c.name}: ${formatPerHead(c.perHead)} per head, ${allowanceStatusPhrase(c.status, allowanceTest(nodes.get(c.id), c, result.year), true)}, headroom ${formatMoneyShort(c.headroom)}`}
          >
            <span className="workshop-figure-name">{c.name}</span>
            <span className="workshop-figure-value">{formatPerHead(c.perHead)}</span>
            <span className="workshop-figure-status">{statusBadgeText(c.status)}</span>
            <span className="workshop-figure-meta">
              {formatPopulation(c.population)} people · headroom {formatMoneyShort(c.headroom)}
            </span>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <p className="workshop-more">
          +{more} more {more === 1 ? 'CCG' : 'CCGs'}
        </p>
      )}
    </section>
  );
}
