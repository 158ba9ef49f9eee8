import { useMemo } from 'react';
import type { Scenario } from '../../../shared/model/workspace';
import { scenarioTransition } from '../../../shared/staffing/scenarioTransition';
import { costScenarioCached } from '../state/costScenarioCached';
import { useDocumentStore } from '../state/documentStore';
import { TransitionPanel } from './TransitionPanel';

/** The scenario's baseline picker and one-off costs, worked out from the document as it stands. */
export function ScenarioTransitionSection({ scenario }: { readonly scenario: Scenario }) {
  const workspace = useDocumentStore((s) => s.workspace);
  // From the results the cards already show (cached per scenario), not a second costing of both.
  const transition = useMemo(
    () =>
      scenario.baselineScenarioId
        ? scenarioTransition(workspace, scenario.id, (w, id) => costScenarioCached(w, id))
        : null,
    [workspace, scenario],
  );
  return (
    <TransitionPanel scenario={scenario} scenarios={workspace.scenarios} transition={transition} />
  );
}
