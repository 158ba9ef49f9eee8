import { useEffect, useMemo, useRef, useState } from 'react';
import type { ScenarioResult } from '../../../shared/costing/results';
import { allowanceTest } from '../../../shared/format/allowancePhrase';
import { effectiveMembers } from '../../../shared/model/scenarioIndex';
import type { Assumptions, CcgNode, Node, Scenario } from '../../../shared/model/workspace';
import { ArrangementForm } from '../arrangements/ArrangementForm';
import { Inspector } from '../inspector/Inspector';
import { SelectionInspector } from '../inspector/SelectionInspector';
import { panelSelectedIds, useUiStore } from '../state/uiStore';
import { ArrangementDetails } from './ArrangementDetails';
import { CcgBreakdown } from './CcgBreakdown';
import { NodeDetails } from './NodeDetails';
import { OrgDetails } from './OrgDetails';
import { ScenarioSummary } from './ScenarioSummary';
import '../styles/inspector.css';
import { appEditor } from '../editor/appEditor';

/** The CCG node behind a result, for its published allowances (undefined for any other kind). */
function nodeOfCcg(node: Node | undefined): CcgNode | undefined {
  return node?.kind === 'ccg' ? node : undefined;
}

export interface SidePanelProps {
  readonly scenario: Scenario;
  readonly result: ScenarioResult;
  readonly assumptions: Assumptions;
  readonly selectedId: string | null;
  readonly onSelect: (id: string | null) => void;
}

/**
 * The right-hand panel. One item selected: its editable fields (the inspector) with, for a CCG,
 * its running cost line by line, or the arrangement, local authority or provider details.
 * Several selected: what they are and "Create arrangement…". Nothing selected (or a selection
 * this scenario lacks): the scenario's totals and all its flags. The panel is focusable
 * (id "inspector") so Enter on a selected canvas item can move the keyboard here.
 */
export function SidePanel({ scenario, result, assumptions, selectedId, onSelect }: SidePanelProps) {
  // The panel's copy of the selection, like selectedId (App.tsx SelectionPanel), so the two agree.
  const selectedIds = useUiStore(panelSelectedIds);
  const panelRef = useRef<HTMLElement>(null);
  // Members chosen when "Create arrangement…" was pressed; the form shows while this is set.
  const [creating, setCreating] = useState<readonly string[] | null>(null);

  // Something else to show: start at its top, not wherever the previous item was scrolled to.
  const shownKey = creating
    ? 'form'
    : selectedIds.length > 1
      ? selectedIds.join(' ')
      : (selectedId ?? '');
  // In the next animation frame, not during React's commit: there, touching scrollTop forced a
  // layout of the whole page (≈170 ms with England on the canvas) that the frame then did again.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const panel = panelRef.current;
      if (panel && panel.scrollTop !== 0) panel.scrollTop = 0;
    });
    return () => cancelAnimationFrame(frame);
  }, [shownKey]);

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

  // Choosing a flag (or a member, a locality…) selects it and asks the canvas to centre it.
  const select = (id: string): void => {
    onSelect(id);
    appEditor().requestCentre(id);
  };
  const createArrangement = (memberIds: readonly string[]): void => setCreating(memberIds);
  const formDone = (arrangementId: string | null): void => {
    setCreating(null);
    if (arrangementId) select(arrangementId);
    // The form's controls are gone: keep the keyboard in the panel rather than on <body>.
    requestAnimationFrame(() => panelRef.current?.focus());
  };

  const editor = (id: string) => (
    <Inspector
      selectedId={id}
      scenario={scenario}
      assumptions={assumptions}
      ccgs={lookups.ccgs}
      onCreateArrangement={createArrangement}
    />
  );

  const content = (() => {
    if (creating) {
      return (
        <ArrangementForm
          scenario={scenario}
          assumptions={assumptions}
          initialMembers={creating}
          onDone={formDone}
        />
      );
    }
    const several = selectedIds.filter(
      (id) => lookups.nodes.has(id) || lookups.arrangements.has(id),
    );
    if (several.length > 1) {
      return (
        <SelectionInspector
          ids={several}
          scenario={scenario}
          ccgs={lookups.ccgs}
          onCreateArrangement={createArrangement}
        />
      );
    }
    if (!selectedId) return null;
    const ccg = lookups.ccgs.get(selectedId);
    if (ccg) {
      const own = scenario.arrangements.filter((a) => effectiveMembers(a).includes(ccg.id));
      const ownIds = new Set([ccg.id, ...own.map((a) => a.id)]);
      return (
        <CcgBreakdown
          key={ccg.id}
          ccg={ccg}
          allowance={allowanceTest(nodeOfCcg(lookups.nodes.get(ccg.id)), ccg, result.year)}
          assumptions={assumptions}
          arrangements={own}
          flags={result.flags.filter((f) => ownIds.has(f.subject))}
          nameOf={lookups.nameOf}
          laPopulation={lookups.laPopulation}
          onSelect={select}
          editor={editor(ccg.id)}
          years={result.years}
          shownYearId={result.year.id}
        />
      );
    }
    const arrangement = lookups.arrangements.get(selectedId);
    if (arrangement) {
      return (
        <ArrangementDetails
          key={arrangement.id}
          arrangement={arrangement}
          assumptions={assumptions}
          ccgs={lookups.ccgs}
          flags={result.flags.filter((f) => f.subject === arrangement.id)}
          nameOf={lookups.nameOf}
          onSelect={select}
          editor={editor(arrangement.id)}
        />
      );
    }
    const node = lookups.nodes.get(selectedId);
    if (node && (node.kind === 'localAuthority' || node.kind === 'provider')) {
      return (
        <OrgDetails
          key={node.id}
          node={node}
          scenario={scenario}
          nameOf={lookups.nameOf}
          onSelect={select}
          editor={editor(node.id)}
        />
      );
    }
    if (node && (node.kind === 'locality' || node.kind === 'cluster')) {
      const parentName = node.kind === 'locality' ? lookups.nameOf(node.ccgId) : undefined;
      return (
        <NodeDetails key={node.id} node={node} parentName={parentName} editor={editor(node.id)} />
      );
    }
    return null;
  })();

  return (
    <aside
      id="inspector"
      ref={panelRef}
      tabIndex={-1}
      className="side-panel"
      aria-label={
        creating ? 'Create arrangement' : content ? 'Details of the selection' : 'Scenario summary'
      }
    >
      {content && !creating && (
        <button type="button" className="back-button" onClick={() => onSelect(null)}>
          <span aria-hidden="true">←</span> Scenario summary
        </button>
      )}
      {content ?? <ScenarioSummary scenario={scenario} result={result} onSelect={select} />}
    </aside>
  );
}
