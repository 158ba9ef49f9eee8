import { memo, type ReactNode } from 'react';
import type { CcgResult } from '../../../shared/costing/results';
import {
  allowancePerHead,
  allowanceStatusPhrase,
  allowanceTest,
  type AllowanceTest,
} from '../../../shared/format/allowancePhrase';
import { formatMoneyShort, formatPerHead, formatPopulation } from '../../../shared/format/format';
import type { CcgNode, LocalityNode } from '../../../shared/model/workspace';
import { statusBadgeText, statusBadgeWithCap } from '../common/statusDisplay';
import type { Detail } from './cullRect';
import {
  CCG_CARD_WIDTH,
  CHIP_HEIGHT,
  CHIP_WIDTH,
  ccgCardHeight,
  chipOffset,
} from './canvasGeometry';
import { nodeHandlers, type NodeCallbacks } from './nodeHandlers';
import { sameItems } from './sameLayout';
import { SelectionHandles } from './SelectionHandles';
import { estimateTextWidth, fitText } from './textFit';

export interface CcgCardProps extends NodeCallbacks {
  readonly ccg: CcgNode;
  readonly result: CcgResult;
  readonly localities: readonly LocalityNode[];
  /** The shown year's national rate, £ a head (the test only for a CCG without an allowance of its own). */
  readonly capPerHead: number;
  /** The shown year's label, "2013/14". */
  readonly yearLabel?: string;
  readonly selected: boolean;
  /**
   * Ids of this card's selected localities, joined by spaces ('' for none): a string, so a
   * selection elsewhere leaves the memoised card alone.
   */
  readonly selectedLocalities?: string;
  /** Full; outline (zoomed out: frame and status colour only); culled (out of view: nothing drawn). */
  readonly detail?: Detail;
}

const PAD_LEFT = 18;
const PAD_RIGHT = 12;
// Font sizes in pixels: keep in step with .card-* rules in styles/canvas.css (used to fit text).
const NAME_SIZE = 14;
const NAME_SIZE_SMALL = 12.5;
const FIGURE_SIZE = 18;
const UNIT_SIZE = 11;
const BADGE_SIZE = 11.5;
const META_SIZE = 12;

/**
 * The accessible name of a card: "NHS Corby CCG, £22.10 per head, within its 2013/14 allowance of
 * £1,660,000", then the headroom and population. Screen-reader users hear the figure and status
 * before anything else.
 */
export function ccgCardLabel(result: CcgResult, test: AllowanceTest): string {
  return (
    `${result.name}, ${formatPerHead(result.perHead)} per head, ${allowanceStatusPhrase(result.status, test)}, ` +
    `headroom ${formatMoneyShort(result.headroom)}, population ${formatPopulation(result.population)}` +
    (result.localities > 0
      ? `, ${result.localities} ${result.localities === 1 ? 'locality' : 'localities'}`
      : '')
  );
}

/** The accessible name of a locality chip: its name, population and CCG. */
export function localityChipLabel(locality: LocalityNode, ccgName: string): string {
  return `${locality.name}, locality of ${ccgName}, population ${formatPopulation(locality.population)}`;
}

/** Whether two sets of card props draw the same card (results are new objects after every edit). */
function sameCard(a: CcgCardProps, b: CcgCardProps): boolean {
  const r = a.result;
  const q = b.result;
  return (
    a.ccg === b.ccg &&
    a.capPerHead === b.capPerHead &&
    a.yearLabel === b.yearLabel &&
    a.selected === b.selected &&
    a.selectedLocalities === b.selectedLocalities &&
    a.detail === b.detail &&
    a.onSelect === b.onSelect &&
    a.onToggle === b.onToggle &&
    a.onOpen === b.onOpen &&
    sameItems(a.localities, b.localities) &&
    (r === q ||
      (r.name === q.name &&
        r.perHead === q.perHead &&
        r.status === q.status &&
        r.headroom === q.headroom &&
        r.allowance === q.allowance &&
        r.population === q.population &&
        r.localities === q.localities))
  );
}

/**
 * A CCG on the canvas: name, running cost per head against its allowance, status as colour and text,
 * population, headroom, and its localities as chips. Drawn with its top-left at the CCG's x, y.
 * The outer <g> is what the drag engine moves (data-node-id); inside it the card itself and each
 * locality chip are separate buttons, siblings rather than nested, so each keeps its own name.
 */
export const CcgCard = memo(function CcgCard({
  ccg,
  result,
  localities,
  capPerHead,
  yearLabel = '',
  selected,
  selectedLocalities = '',
  detail = 'full',
  onSelect,
  onToggle,
  onOpen,
}: CcgCardProps) {
  const test = allowanceTest(ccg, result, { label: yearLabel, allowancePerHead: capPerHead });
  const width = CCG_CARD_WIDTH;
  const height = ccgCardHeight(localities.length);
  const callbacks = { onSelect, onToggle, onOpen };
  const handlers = nodeHandlers(ccg.id, callbacks);
  const strip = `M6,0 A6,6 0 0 0 0,6 V${height - 6} A6,6 0 0 0 6,${height} H8 V0 Z`;
  // The focusable group is the same element at every detail, so focus survives a change of detail.
  const button = (children: ReactNode) => (
    <g
      className={`node ccg-card status-${result.status}${selected ? ' is-selected' : ''}`}
      role="button"
      tabIndex={0}
      aria-label={ccgCardLabel(result, test)}
      aria-pressed={selected}
      onClick={handlers.onClick}
      onKeyDown={handlers.onKeyDown}
    >
      {children}
    </g>
  );
  if (detail !== 'full') {
    return (
      <g
        className="ccg-card-group"
        transform={`translate(${ccg.x},${ccg.y})`}
        data-node-id={ccg.id}
      >
        {button(
          detail === 'outline' && (
            <>
              <rect
                className="focus-ring"
                x={-5}
                y={-5}
                width={width + 10}
                height={height + 10}
                rx={10}
              />
              <rect className="card-frame" width={width} height={height} rx={6} />
              <path className="status-fill" d={strip} aria-hidden="true" />
              {selected && <SelectionHandles x={0} y={0} width={width} height={height} />}
            </>
          ),
        )}
      </g>
    );
  }
  const inner = width - PAD_LEFT - PAD_RIGHT;
  // A long name first gets a smaller font, and only then an ellipsis (the full name is in a title).
  const nameSize =
    estimateTextWidth(result.name, NAME_SIZE, true) <= inner ? NAME_SIZE : NAME_SIZE_SMALL;
  const name = fitText(result.name, inner, nameSize, true);
  const figure = formatPerHead(result.perHead);
  const figureWidth =
    estimateTextWidth(figure, FIGURE_SIZE, true) + 4 + estimateTextWidth('per head', UNIT_SIZE);
  // "✕ Over £23.78" puts the figure against the CCG's own allowance a head (the national rate only
  // for a CCG without one); if the font is too wide for both, "✕ Over".
  let badge = statusBadgeWithCap(result.status, allowancePerHead(test));
  if (figureWidth + 10 + estimateTextWidth(badge, BADGE_SIZE, true) + 18 > inner)
    badge = statusBadgeText(result.status);
  const badgeWidth = Math.ceil(estimateTextWidth(badge, BADGE_SIZE, true)) + 18;
  const headroom = formatMoneyShort(result.headroom);
  const people = `${formatPopulation(result.population)} people`;
  const metaFits =
    estimateTextWidth(people, META_SIZE) +
      12 +
      estimateTextWidth(`headroom ${headroom}`, META_SIZE, true) <=
    inner;

  const chipSelected = new Set(selectedLocalities.split(' '));

  return (
    <g className="ccg-card-group" transform={`translate(${ccg.x},${ccg.y})`} data-node-id={ccg.id}>
      {button(
        <>
          {name !== result.name && <title>{result.name}</title>}
          <rect
            className="focus-ring"
            x={-5}
            y={-5}
            width={width + 10}
            height={height + 10}
            rx={10}
          />
          <rect className="card-frame" width={width} height={height} rx={6} />
          <path className="status-fill" d={strip} aria-hidden="true" />
          <text className="card-name" x={PAD_LEFT} y={26} fontSize={nameSize}>
            {name}
          </text>
          <text className="card-figure" x={PAD_LEFT} y={54}>
            <tspan className="card-figure-value">{figure}</tspan>
            <tspan className="card-figure-unit" dx={4}>
              per head
            </tspan>
          </text>
          <g className="status-badge" transform={`translate(${width - PAD_RIGHT - badgeWidth},38)`}>
            <rect className="status-fill" width={badgeWidth} height={22} rx={11} />
            <text className="status-text" x={badgeWidth / 2} y={15} textAnchor="middle">
              {badge}
            </text>
          </g>
          <text className="card-meta" x={PAD_LEFT} y={76}>
            {metaFits ? people : formatPopulation(result.population)}
          </text>
          <text className="card-meta" x={width - PAD_RIGHT} y={76} textAnchor="end">
            headroom{' '}
            <tspan className={result.headroom < 0 ? 'is-negative' : undefined}>{headroom}</tspan>
          </text>
          {selected && <SelectionHandles x={0} y={0} width={width} height={height} />}
        </>,
      )}
      {localities.map((loc, i) => {
        const at = chipOffset(i);
        const chip = nodeHandlers(loc.id, callbacks);
        const chosen = chipSelected.has(loc.id);
        return (
          <g
            key={loc.id}
            className={`locality-chip${chosen ? ' is-selected' : ''}`}
            transform={`translate(${at.x},${at.y})`}
            data-locality-id={loc.id}
            role="button"
            tabIndex={0}
            aria-label={localityChipLabel(loc, result.name)}
            aria-pressed={chosen}
            onClick={chip.onClick}
            onKeyDown={chip.onKeyDown}
          >
            <rect
              className="focus-ring"
              x={-3}
              y={-3}
              width={CHIP_WIDTH + 6}
              height={CHIP_HEIGHT + 6}
              rx={6}
            />
            <rect className="chip-frame" width={CHIP_WIDTH} height={CHIP_HEIGHT} rx={4} />
            <text x={8} y={15}>
              {fitText(loc.name, CHIP_WIDTH - 16 - 64, 12)}
            </text>
            <text className="locality-population" x={CHIP_WIDTH - 20} y={15} textAnchor="end">
              {formatPopulation(loc.population)}
            </text>
          </g>
        );
      })}
    </g>
  );
}, sameCard);
