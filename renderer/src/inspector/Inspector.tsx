import type { CcgResult } from '../../../shared/costing/results';
import type { Assumptions, Scenario } from '../../../shared/model/workspace';
import { ArrangementInspector } from '../arrangements/ArrangementInspector';
import { CcgInspector } from './CcgInspector';
import { ClusterInspector } from './ClusterInspector';
import { LocalAuthorityInspector } from './LocalAuthorityInspector';
import { LocalityInspector } from './LocalityInspector';
import { ProviderInspector } from './ProviderInspector';

export interface InspectorProps {
  readonly selectedId: string;
  readonly scenario: Scenario;
  readonly assumptions: Assumptions;
  readonly ccgs: ReadonlyMap<string, CcgResult>;
  readonly onCreateArrangement: (memberIds: readonly string[]) => void;
}

/** The editable fields of the selected item, whatever its kind (DESIGN.md §5); nothing if it is not in the scenario. */
export function Inspector({
  selectedId,
  scenario,
  assumptions,
  ccgs,
  onCreateArrangement,
}: InspectorProps) {
  const node = scenario.nodes.find((n) => n.id === selectedId);
  if (node) {
    switch (node.kind) {
      case 'ccg':
        return (
          <CcgInspector
            key={node.id}
            ccg={node}
            result={ccgs.get(node.id)}
            scenario={scenario}
            assumptions={assumptions}
            onCreateArrangement={onCreateArrangement}
          />
        );
      case 'locality':
        return <LocalityInspector key={node.id} locality={node} scenario={scenario} />;
      case 'localAuthority':
        return <LocalAuthorityInspector key={node.id} la={node} scenario={scenario} />;
      case 'provider':
        return (
          <ProviderInspector
            key={node.id}
            provider={node}
            scenario={scenario}
            assumptions={assumptions}
          />
        );
      case 'cluster':
        return <ClusterInspector key={node.id} cluster={node} scenario={scenario} />;
    }
  }
  const arrangement = scenario.arrangements.find((a) => a.id === selectedId);
  if (arrangement)
    return (
      <ArrangementInspector
        key={arrangement.id}
        arrangement={arrangement}
        scenario={scenario}
        assumptions={assumptions}
        ccgs={ccgs}
      />
    );
  return null;
}
