import { memo } from 'react';
import { formatPopulation } from '../../../shared/format/format';
import type { LocalAuthorityNode, ProviderNode } from '../../../shared/model/workspace';
import { PROVIDER_TYPE_LABEL } from '../common/modeLabels';
import { ORG_BOX_HEIGHT, ORG_BOX_WIDTH } from './canvasGeometry';
import type { Detail } from './cullRect';
import { nodeHandlers, type NodeCallbacks } from './nodeHandlers';
import { SelectionHandles } from './SelectionHandles';
import { wrapText } from './textFit';

export interface OrgBoxProps extends NodeCallbacks {
  readonly node: LocalAuthorityNode | ProviderNode;
  readonly selected: boolean;
  /** Full; outline (zoomed out: the shape only); culled (out of view: nothing drawn). */
  readonly detail?: Detail;
}

/** Second line of a local authority or provider box, and part of its accessible name. */
export function orgSubtitle(node: LocalAuthorityNode | ProviderNode): string {
  return node.kind === 'localAuthority'
    ? `Local authority · ${formatPopulation(node.population)}`
    : PROVIDER_TYPE_LABEL[node.providerType];
}

/**
 * A local authority (square-cornered box with a band) or a support provider (a stadium shape):
 * distinct shapes so they read apart from CCG cards at any zoom. Top-left at the node's x, y.
 */
export const OrgBox = memo(function OrgBox({
  node,
  selected,
  detail = 'full',
  onSelect,
  onToggle,
  onOpen,
}: OrgBoxProps) {
  const isLa = node.kind === 'localAuthority';
  const lines = wrapText(node.name, ORG_BOX_WIDTH - 36, 12.5, true, 2);
  const subtitle = orgSubtitle(node);
  const nameY = lines.length === 1 ? 28 : 22;
  const handlers = nodeHandlers(node.id, { onSelect, onToggle, onOpen });
  return (
    <g
      className={`node org ${isLa ? 'org-la' : `org-provider provider-${node.providerType}`}${selected ? ' is-selected' : ''}`}
      transform={`translate(${node.x},${node.y})`}
      data-node-id={node.id}
      role="button"
      tabIndex={0}
      aria-label={`${node.name}, ${isLa ? subtitle.replace(' · ', ', population ') : subtitle}`}
      aria-pressed={selected}
      onClick={handlers.onClick}
      onKeyDown={handlers.onKeyDown}
    >
      {detail !== 'culled' && (
        <>
          <rect
            className="focus-ring"
            x={-5}
            y={-5}
            width={ORG_BOX_WIDTH + 10}
            height={ORG_BOX_HEIGHT + 10}
            rx={isLa ? 6 : ORG_BOX_HEIGHT / 2 + 5}
          />
          <rect
            className="org-frame"
            width={ORG_BOX_WIDTH}
            height={ORG_BOX_HEIGHT}
            rx={isLa ? 2 : ORG_BOX_HEIGHT / 2}
          />
          {isLa && <rect className="org-band" width={ORG_BOX_WIDTH} height={6} />}
        </>
      )}
      {detail === 'full' &&
        lines.map((line, i) => (
          <text key={i} className="org-name" x={18} y={nameY + i * 15}>
            {line}
          </text>
        ))}
      {detail === 'full' && (
        <text className="org-sub" x={18} y={nameY + lines.length * 15 + 4}>
          {subtitle}
        </text>
      )}
      {selected && <SelectionHandles x={0} y={0} width={ORG_BOX_WIDTH} height={ORG_BOX_HEIGHT} />}
    </g>
  );
});
