import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ScenarioResult } from '../../../shared/costing/results';
import { allowanceStatusPhrase, allowanceTest } from '../../../shared/format/allowancePhrase';
import { formatMoneyShort, formatPerHead } from '../../../shared/format/format';
import type { CcgNode, Scenario, SlideHighlight } from '../../../shared/model/workspace';
import { statusBadgeText } from '../common/statusDisplay';
import { cardCentre, presentationLayout, type PresentationRoom } from './presentationLayout';

// Projector sizes in CSS pixels (the rendering is never zoomed, so these are sizes on screen);
// keep in step with .pres-* in workshop.css.
const CARD_MIN_WIDTH = 200;
const CARD_HEIGHT = 190;
const GAP = 16;
const HUB_ROW_HEIGHT = 130;
const HUB_MIN_WIDTH = 220;
/** Where the hub marks sit in the hub row, as a share (%) of its height: the member lines end there. */
const HUB_MARK_Y = 30;

/** How many cards and hubs fit a diagram of this size at projector size. */
export function roomFor(width: number, height: number, withHubs: boolean): PresentationRoom {
  const columns = Math.max(1, Math.floor((width - GAP) / (CARD_MIN_WIDTH + GAP)));
  const forCards = height - GAP - (withHubs ? HUB_ROW_HEIGHT : 0);
  const rows = Math.max(1, Math.floor(forCards / (CARD_HEIGHT + GAP)));
  return { columns, rows, hubs: withHubs ? Math.max(1, Math.floor(width / HUB_MIN_WIDTH)) : 0 };
}

/** "£418k over allowance" / "£213k headroom": short enough for a card at projector size. */
function headroomShort(headroom: number): string {
  return headroom < 0
    ? `${formatMoneyShort(-headroom)} over allowance`
    : `${formatMoneyShort(headroom)} headroom`;
}

/**
 * The presented canvas: a presentation rendering of the slide's scenario, readable from the back
 * of a room. Each CCG is a card at projector size — name, £ a head and status (icon and word) in
 * 24 px or more, headroom — the slide's subject bright and the rest faint; its arrangements are
 * labelled hubs with lines to their members. Localities, councils, providers and clusters are
 * left out (a hub names its partner). Text only, so nothing in it is drawn under 18 px.
 */
export function PresentationDiagram({
  scenario,
  result,
  highlight,
}: {
  readonly scenario: Scenario;
  readonly result: ScenarioResult;
  readonly highlight: SlideHighlight | undefined;
}) {
  const rootRef = useRef<HTMLDivElement>(null);
  // Before it is measured (and where it cannot be: component tests) assume a 1280×720 stage's room.
  const [size, setSize] = useState({ width: 900, height: 440 });
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root || typeof ResizeObserver === 'undefined') return undefined;
    const measure = (): void => {
      const box = root.getBoundingClientRect();
      setSize((s) =>
        s.width === box.width && s.height === box.height
          ? s
          : { width: box.width, height: box.height },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    return () => observer.disconnect();
  }, []);

  const withHubs = scenario.arrangements.length > 0;
  const layout = useMemo(
    () =>
      presentationLayout(scenario, result, highlight, roomFor(size.width, size.height, withHubs)),
    [scenario, result, highlight, size, withHubs],
  );
  const nodes = useMemo(
    () =>
      new Map(scenario.nodes.filter((n): n is CcgNode => n.kind === 'ccg').map((n) => [n.id, n])),
    [scenario],
  );

  return (
    <div className="pres" ref={rootRef} data-testid="presentation-diagram">
      <ul
        className="pres-cards"
        aria-label="CCGs on this slide"
        style={{ gridTemplateColumns: `repeat(${layout.columns}, minmax(0, 1fr))` }}
      >
        {layout.cards.map(({ result: c, bright, highlighted }) => (
          <li
            key={c.id}
            className={`pres-card status-${c.status}${bright ? '' : ' is-faint'}${highlighted ? ' is-highlighted' : ''}`}
            aria-label={`${c.name}: ${formatPerHead(c.perHead)} a head, ${allowanceStatusPhrase(c.status, allowanceTest(nodes.get(c.id), c, result.year), true)}, ${headroomShort(c.headroom)}`}
          >
            <span className="pres-card-name">{c.name}</span>
            <span className="pres-card-figure">
              <span className="pres-card-value">{formatPerHead(c.perHead)}</span>{' '}
              <span className="pres-card-unit">a head</span>
            </span>
            <span className="pres-card-status">{statusBadgeText(c.status)}</span>
            <span className="pres-card-headroom">{headroomShort(c.headroom)}</span>
          </li>
        ))}
      </ul>
      {layout.moreCcgs > 0 && (
        <p className="pres-more">
          +{layout.moreCcgs} more {layout.moreCcgs === 1 ? 'CCG' : 'CCGs'}
        </p>
      )}
      {layout.hubs.length > 0 && (
        <div className="pres-hubs">
          {layout.lines && (
            <svg
              className="pres-lines"
              viewBox="0 0 100 100"
              preserveAspectRatio="none"
              aria-hidden="true"
            >
              {layout.hubs.flatMap((h) =>
                h.members.map((i) => (
                  <line
                    key={`${h.id}-${i}`}
                    x1={cardCentre(i, layout.columns)}
                    y1={0}
                    x2={h.at}
                    y2={HUB_MARK_Y}
                    className={layout.cards[i]?.bright ? 'is-bright' : undefined}
                    vectorEffect="non-scaling-stroke"
                  />
                )),
              )}
            </svg>
          )}
          <ul className="pres-hub-list" aria-label="Arrangements on this slide">
            {layout.hubs.map((h) => (
              <li
                key={h.id}
                className={`pres-hub${h.highlighted ? ' is-highlighted' : ''}`}
                style={{
                  left: `clamp(${HUB_MIN_WIDTH / 2}px, ${h.at}%, calc(100% - ${HUB_MIN_WIDTH / 2}px))`,
                }}
              >
                <span className="pres-hub-mark" aria-hidden="true" />
                <span className="pres-hub-name">{h.name}</span>
                <span className="pres-hub-what">{h.what}</span>
              </li>
            ))}
          </ul>
          {layout.moreHubs > 0 && (
            <p className="pres-more">
              +{layout.moreHubs} more {layout.moreHubs === 1 ? 'arrangement' : 'arrangements'}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
