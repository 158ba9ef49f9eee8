import { useMemo } from 'react';
import type { ScenarioResult } from '../../../shared/costing/results';
import { effectiveMembers } from '../../../shared/model/scenarioIndex';
import type { Assumptions, Scenario } from '../../../shared/model/workspace';
import { ArrangementDetails } from './ArrangementDetails';
import { CcgBreakdown } from './CcgBreakdown';
import { OrgDetails } from './OrgDetails';
import { ScenarioSummary } from './ScenarioSummary';

export interface SidePanelProps {
  readonly scenario: Scenario;
  readonly result: ScenarioResult;
  readonly assumptions: Assumptions;
  readonly selectedId: string | null;
  readonly onSelect: (id: string | null) => void;
}

/**
 * The right-hand panel: the selected CCG's breakdown, or the selected arrangement, local
 * authority or provider; with nothing selected (or a selection this scenario lacks), the
 * scenario's totals and all its flags.
 */
export function SidePanel({ scenario, result, assumptions, selectedId, onSelect }: SidePanelProps) {
  const lookups = useMemo(() => {
    const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
    const arrangements = new Map(scenario.arrangements.map((a) => [a.id, a]));
    const ccgs = new Map(result.ccgs.map((c) => [c.id, c]));
    const nameOf = (id: string): string => nodes.get(id)?.name ?? arrangements.get(id)?.name ?? id;
    const laPopulation = (id: string): number | undefined => {
      const n = nodes.get(id);
      return n?.kind === 'localAuthority' ? n.population : undefined;
    };
    return { nodes, arrangements, ccgs, nameOf, laPopulation };
  }, [scenario, result]);
  const select = (id: string): void => onSelect(id);

  const content = (() => {
    if (!selectedId) return null;
    const ccg = lookups.ccgs.get(selectedId);
    if (ccg) {
      const own = scenario.arrangements.filter((a) => effectiveMembers(a).includes(ccg.id));
      const ownIds = new Set([ccg.id, ...own.map((a) => a.id)]);
      return (
        <CcgBreakdown
          key={ccg.id}
          ccg={ccg}
          capPerHead={result.capPerHead}
          assumptions={assumptions}
          arrangements={own}
          flags={result.flags.filter((f) => ownIds.has(f.subject))}
          nameOf={lookups.nameOf}
          laPopulation={lookups.laPopulation}
          onSelect={select}
        />
      );
    }
    const arrangement = lookups.arrangements.get(selectedId);
    if (arrangement) {
      return (
        <ArrangementDetails
          arrangement={arrangement}
          assumptions={assumptions}
          ccgs={lookups.ccgs}
          flags={result.flags.filter((f) => f.subject === arrangement.id)}
          nameOf={lookups.nameOf}
          onSelect={select}
        />
      );
    }
    const node = lookups.nodes.get(selectedId);
    if (node && (node.kind === 'localAuthority' || node.kind === 'provider')) {
      return <OrgDetails node={node} scenario={scenario} nameOf={lookups.nameOf} onSelect={select} />;
    }
    return null;
  })();

  return (
    <aside className="side-panel" aria-label={content ? 'Details of the selection' : 'Scenario summary'}>
      {content && (
        <button type="button" className="back-button" onClick={() => onSelect(null)}>
          <span aria-hidden="true">←</span> Scenario summary
        </button>
      )}
      {content ?? <ScenarioSummary scenario={scenario} result={result} onSelect={select} />}
    </aside>
  );
}
