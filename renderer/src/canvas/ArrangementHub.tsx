import { memo, type KeyboardEvent } from 'react';
import { MODE_LABEL, MODEL_CODE, isBuyModel } from '../common/modeLabels';
import type { HubLayout } from './buildScene';
import { HUB_RADIUS } from './canvasGeometry';
import { wrapText } from './textFit';

export interface ArrangementHubProps {
  readonly hub: HubLayout;
  /** Accessible name: name, model, members and partner, in words. */
  readonly label: string;
  readonly selected: boolean;
  readonly onSelect: (id: string) => void;
}

/**
 * An arrangement: a circle for sharing models, a diamond for buying ones, labelled with its name
 * and model, centred at the hub point. Its lines are drawn separately, beneath every node.
 */
export const ArrangementHub = memo(function ArrangementHub({ hub, label, selected, onSelect }: ArrangementHubProps) {
  const { arrangement: arr, cx, cy } = hub;
  const r = HUB_RADIUS;
  const buy = isBuyModel(arr.model);
  const lines = wrapText(arr.name, 180, 12, true, 2);
  const onKeyDown = (event: KeyboardEvent<SVGGElement>): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(arr.id);
    }
  };
  return (
    <g
      className={`node hub model-${arr.model}${selected ? ' is-selected' : ''}`}
      transform={`translate(${cx},${cy})`}
      data-node-id={arr.id}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={selected}
      onClick={() => onSelect(arr.id)}
      onKeyDown={onKeyDown}
    >
      {buy ? (
        <>
          <path className="focus-ring" d={`M0,${-r - 9} L${r + 9},0 L0,${r + 9} L${-r - 9},0 Z`} />
          <path className="hub-shape" d={`M0,${-r - 3} L${r + 3},0 L0,${r + 3} L${-r - 3},0 Z`} />
        </>
      ) : (
        <>
          <circle className="focus-ring" r={r + 6} />
          <circle className="hub-shape" r={r} />
        </>
      )}
      <text className="hub-code" y={4} textAnchor="middle">{MODEL_CODE[arr.model]}</text>
      {lines.map((line, i) => (
        <text key={i} className="hub-name" y={r + 18 + i * 15} textAnchor="middle">{line}</text>
      ))}
      <text className="hub-model" y={r + 18 + lines.length * 15} textAnchor="middle">
        {MODE_LABEL[arr.model]} · {arr.functions.length} {arr.functions.length === 1 ? 'function' : 'functions'}
      </text>
    </g>
  );
});
