import { useMemo } from 'react';
import type { Scenario } from '../../../shared/model/workspace';
import { scenarioTransition } from '../../../shared/staffing/scenarioTransition';
import { useDocumentStore } from '../state/documentStore';
import { TransitionPanel } from './TransitionPanel';

/** The scenario's baseline picker and one-off costs, worked out from the document as it stands. */
export function ScenarioTransitionSection({ scenario }: { readonly scenario: Scenario }) {
  const workspace = useDocumentStore((s) => s.workspace);
  // Costs the baseline and this scenario afresh: only while a baseline is set.
  const transition = useMemo(() => (scenario.baselineScenarioId ? scenarioTransition(workspace, scenario.id) : null), [workspace, scenario]);
  return <TransitionPanel scenario={scenario} scenarios={workspace.scenarios} transition={transition} />;
}
