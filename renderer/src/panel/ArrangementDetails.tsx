import type { ReactNode } from 'react';
import type { CcgResult, RiskFlag } from '../../../shared/costing/results';
import { formatPerHead } from '../../../shared/format/format';
import { effectiveMembers } from '../../../shared/model/scenarioIndex';
import type { Arrangement, Assumptions } from '../../../shared/model/workspace';
import { arrangementPartner } from '../common/describeArrangement';
import { MODEL_RULES } from '../../../shared/model/arrangementModels';
import { StatusBadge } from '../common/StatusBadge';
import { FlagList } from './FlagList';

export interface ArrangementDetailsProps {
  readonly arrangement: Arrangement;
  readonly assumptions: Assumptions;
  readonly ccgs: ReadonlyMap<string, CcgResult>;
  readonly flags: readonly RiskFlag[];
  readonly nameOf: (id: string) => string;
  readonly onSelect: (id: string) => void;
  /** The arrangement's editable fields; when given they replace the read-only members and functions. */
  readonly editor?: ReactNode;
}

/** An arrangement: its model, partner, members (with their figures), functions and flags. */
export function ArrangementDetails({
  arrangement: arr,
  assumptions,
  ccgs,
  flags,
  nameOf,
  onSelect,
  editor,
}: ArrangementDetailsProps) {
  const partner = arrangementPartner(arr, nameOf);
  const functionName = new Map(assumptions.functions.map((f) => [f.id, f.name]));
  const memberSplit = MODEL_RULES[arr.model].memberSplit;
  return (
    <article className="arrangement" aria-labelledby="arrangement-title">
      <header className="panel-header">
        <p className="eyebrow">Arrangement · {MODEL_RULES[arr.model].label}</p>
        <h2 id="arrangement-title">{arr.name}</h2>
        {partner && (
          <p className="notes">
            {partner[0]?.toUpperCase()}
            {partner.slice(1)}.
          </p>
        )}
      </header>
      {memberSplit && (
        <dl className="kpis">
          <div>
            <dt>Cost split</dt>
            <dd>{arr.allocation === 'equal' ? 'Equal shares' : 'By population'}</dd>
          </div>
          <div>
            <dt>Risk sharing</dt>
            <dd>{arr.riskShareAgreed ? '✓ Agreed' : '! Not agreed'}</dd>
          </div>
        </dl>
      )}
      {editor}
      {!editor && (
        <>
          <section aria-labelledby="arrangement-members">
            <h3 id="arrangement-members">Member CCGs</h3>
            <ul className="ccg-list">
              {effectiveMembers(arr).map((id) => {
                const c = ccgs.get(id);
                return (
                  <li key={id}>
                    <button type="button" className="ccg-list-item" onClick={() => onSelect(id)}>
                      <span className="ccg-list-name">
                        {nameOf(id)}
                        {id === arr.hostCcgId ? ' (host)' : ''}
                      </span>
                      {c && <span className="ccg-list-figure">{formatPerHead(c.perHead)}</span>}
                      {c && <StatusBadge status={c.status} />}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
          <section aria-labelledby="arrangement-functions">
            <h3 id="arrangement-functions">Functions covered</h3>
            <ul className="plain-list">
              {arr.functions.map((f) => (
                <li key={f}>{functionName.get(f) ?? f}</li>
              ))}
            </ul>
          </section>
        </>
      )}
      <section aria-labelledby="arrangement-flags">
        <h3 id="arrangement-flags">Risk flags</h3>
        <FlagList
          flags={flags}
          onSelect={onSelect}
          emptyText="No risk flags for this arrangement."
        />
      </section>
    </article>
  );
}
