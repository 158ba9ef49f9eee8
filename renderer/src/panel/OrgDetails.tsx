import type { ReactNode } from 'react';
import { formatPercent, formatPopulation } from '../../../shared/format/format';
import type { LocalAuthorityNode, ProviderNode, Scenario } from '../../../shared/model/workspace';
import { MODEL_RULES } from '../../../shared/model/arrangementModels';
import { PROVIDER_TYPE_LABEL } from '../common/modeLabels';

export interface OrgDetailsProps {
  readonly node: LocalAuthorityNode | ProviderNode;
  readonly scenario: Scenario;
  readonly nameOf: (id: string) => string;
  readonly onSelect: (id: string) => void;
  /** The organisation's editable fields, shown under its name (they include the population). */
  readonly editor?: ReactNode;
}

/** A local authority (population, which CCGs' patients live in it) or a provider, and its arrangements. */
export function OrgDetails({ node, scenario, nameOf, onSelect, editor }: OrgDetailsProps) {
  const isLa = node.kind === 'localAuthority';
  const arrangements = scenario.arrangements.filter((a) =>
    isLa ? a.laId === node.id : a.providerId === node.id,
  );
  const overlaps = isLa ? scenario.laOverlaps.filter((o) => o.laId === node.id) : [];
  return (
    <article className="org-details" aria-labelledby="org-title">
      <header className="panel-header">
        <p className="eyebrow">
          {isLa ? 'Local authority' : PROVIDER_TYPE_LABEL[node.providerType]}
        </p>
        <h2 id="org-title">{node.name}</h2>
      </header>
      {editor}
      {isLa && !editor && (
        <dl className="kpis">
          <div>
            <dt>Population</dt>
            <dd>{formatPopulation(node.population)}</dd>
          </div>
          {node.laType && (
            <div>
              <dt>Type</dt>
              <dd>{node.laType}</dd>
            </div>
          )}
        </dl>
      )}
      {isLa && (
        <section aria-labelledby="org-overlaps">
          <h3 id="org-overlaps">CCG patients living here</h3>
          {overlaps.length === 0 ? (
            <p className="muted">No CCG overlaps recorded.</p>
          ) : (
            <ul className="plain-list">
              {overlaps.map((o) => (
                <li key={o.ccgId}>
                  {nameOf(o.ccgId)}: {formatPercent(o.share)} of its population
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section aria-labelledby="org-arrangements">
        <h3 id="org-arrangements">Arrangements</h3>
        {arrangements.length === 0 ? (
          <p className="muted">Not part of any arrangement in this scenario.</p>
        ) : (
          <ul className="ccg-list">
            {arrangements.map((a) => (
              <li key={a.id}>
                <button type="button" className="ccg-list-item" onClick={() => onSelect(a.id)}>
                  <span className="ccg-list-name">{a.name}</span>
                  <span className="mode-tag">{MODEL_RULES[a.model].label}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
