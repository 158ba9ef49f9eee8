import { memo } from 'react';
import { MODEL_RULES } from '../../../shared/model/arrangementModels';
import type { HubLayout } from './buildScene';
import { HUB_RADIUS } from './canvasGeometry';
import type { Detail } from './cullRect';
import { nodeHandlers, type NodeCallbacks } from './nodeHandlers';
import { sameHub } from './sameLayout';
import { SelectionHandles } from './SelectionHandles';
import { wrapText } from './textFit';

export interface ArrangementHubProps extends NodeCallbacks {
  readonly hub: HubLayout;
  /** Accessible name: name, model, members and partner, in words. */
  readonly label: string;
  readonly selected: boolean;
  /** Full; outline (zoomed out: the shape only); culled (out of view: nothing drawn). */
  readonly detail?: Detail;
}

/**
 * An arrangement: a circle for sharing models, a diamond for buying ones, labelled with its name
 * and model, centred at the hub point. Its lines are drawn separately, beneath every node.
 */
export const ArrangementHub = memo(
  function ArrangementHub({
    hub,
    label,
    selected,
    detail = 'full',
    onSelect,
    onToggle,
    onOpen,
  }: ArrangementHubProps) {
    const { arrangement: arr, cx, cy } = hub;
    const r = HUB_RADIUS;
    const rules = MODEL_RULES[arr.model];
    const buy = rules.bought;
    const lines = wrapText(arr.name, 180, 12, true, 2);
    const handlers = nodeHandlers(arr.id, { onSelect, onToggle, onOpen });
    return (
      <g
        className={`node hub model-${arr.model}${selected ? ' is-selected' : ''}`}
        transform={`translate(${cx},${cy})`}
        data-node-id={arr.id}
        role="button"
        tabIndex={0}
        aria-label={label}
        aria-pressed={selected}
        onClick={handlers.onClick}
        onKeyDown={handlers.onKeyDown}
      >
        {detail !== 'culled' &&
          (buy ? (
            <>
              <path
                className="focus-ring"
                d={`M0,${-r - 9} L${r + 9},0 L0,${r + 9} L${-r - 9},0 Z`}
              />
              <path
                className="hub-shape"
                d={`M0,${-r - 3} L${r + 3},0 L0,${r + 3} L${-r - 3},0 Z`}
              />
            </>
          ) : (
            <>
              <circle className="focus-ring" r={r + 6} />
              <circle className="hub-shape" r={r} />
            </>
          ))}
        {selected && (
          <SelectionHandles x={-r - 6} y={-r - 6} width={2 * r + 12} height={2 * r + 12} />
        )}
        {selected && (
          // Drag from here to a CCG card to add it as a member (createConnectDrag); the inspector
          // offers the same by keyboard, so the handle itself is not focusable.
          <g
            className="connect-handle"
            data-connect-handle={arr.id}
            transform={`translate(0,${-r - 24})`}
            aria-hidden="true"
          >
            <title>Drag to a CCG to add it</title>
            <circle r={10} />
            <path d="M-5,0 H5 M0,-5 V5" />
          </g>
        )}
        {detail === 'full' && (
          <>
            <text className="hub-code" y={4} textAnchor="middle">
              {rules.code}
            </text>
            {lines.map((line, i) => (
              <text key={i} className="hub-name" y={r + 18 + i * 15} textAnchor="middle">
                {line}
              </text>
            ))}
            <text className="hub-model" y={r + 18 + lines.length * 15} textAnchor="middle">
              {rules.label} · {arr.functions.length}{' '}
              {arr.functions.length === 1 ? 'function' : 'functions'}
            </text>
          </>
        )}
      </g>
    );
  },
  (a, b) =>
    sameHub(a.hub, b.hub) &&
    a.label === b.label &&
    a.selected === b.selected &&
    a.detail === b.detail &&
    a.onSelect === b.onSelect &&
    a.onToggle === b.onToggle &&
    a.onOpen === b.onOpen,
);
