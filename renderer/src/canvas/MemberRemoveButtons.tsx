import type { KeyboardEvent } from 'react';
import type { HubLayout } from './buildScene';

export interface MemberRemoveButtonsProps {
  readonly hub: HubLayout;
  /** Names of the CCGs, by id, for the buttons' accessible names. */
  readonly names: ReadonlyMap<string, string>;
  onRemove(arrangementId: string, ccgId: string): void;
}

/**
 * A "×" button at the midpoint of each member line of a selected hub: removes that CCG from the
 * arrangement. Drawn above the nodes so it can be clicked; Enter and Space work too.
 */
export function MemberRemoveButtons({ hub, names, onRemove }: MemberRemoveButtonsProps) {
  const arr = hub.arrangement;
  return (
    <g className="member-remove-buttons">
      {hub.edges
        .filter((e) => e.kind === 'member' || e.kind === 'host')
        .map((e) => {
          const remove = (): void => onRemove(arr.id, e.targetId);
          const onKeyDown = (event: KeyboardEvent): void => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            event.stopPropagation();
            remove();
          };
          return (
            <g
              key={e.targetId}
              className="member-remove"
              data-edge-button=""
              transform={`translate(${(e.x1 + e.x2) / 2},${(e.y1 + e.y2) / 2})`}
              role="button"
              tabIndex={0}
              aria-label={`Remove ${names.get(e.targetId) ?? e.targetId} from ${arr.name}`}
              onClick={(event) => {
                event.stopPropagation();
                remove();
              }}
              onKeyDown={onKeyDown}
            >
              <circle className="focus-ring" r={13} />
              <circle r={9} />
              <path d="M-4,-4 L4,4 M4,-4 L-4,4" />
            </g>
          );
        })}
    </g>
  );
}
