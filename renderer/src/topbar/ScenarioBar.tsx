import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { RecommendDialog } from '../recommend/RecommendDialog';
import { createPortal } from 'react-dom';
import type { ScenarioTotals } from '../../../shared/costing/results';
import { overrideValue } from '../../../shared/edits/assumptionPaths';
import { totalsAllowanceWords } from '../../../shared/format/allowancePhrase';
import { formatMoneyShort, formatPerHead, formatPopulation } from '../../../shared/format/format';
import { scenarioHeadroomPhrase, type ReleasedAndBreached } from '../../../shared/format/headroom';
import type { Scenario, Workspace } from '../../../shared/model/workspace';
import { allowancePath } from '../assumptions/assumptionEdit';
import { AssumptionsEditor, type EditorScope } from '../assumptions/AssumptionsEditor';
import { STATUS_ICON } from '../common/statusDisplay';
import { undo } from '../state/dispatchEdit';
import { useDocumentStore } from '../state/documentStore';
import { useUiStore } from '../state/uiStore';
import { useShownYearId } from '../state/useScenarioResult';
import { CapSwitch } from './CapSwitch';
import { YearSwitch } from './YearSwitch';
import { branchScenario, deleteScenario, moveScenario, newScenario, renameScenario } from './scenarioCommands';
import { SCENARIO_SHORTCUTS, useScenarioShortcuts } from './useScenarioShortcuts';
import './scenarioBar.css';

export interface ScenarioBarProps {
  readonly scenarios: readonly Scenario[];
  readonly scenarioId: string;
  readonly onSelectScenario: (id: string) => void;
  readonly totals: ScenarioTotals;
  readonly capPerHead: number;
  /** The shown year's headroom, released and breached, CCG by CCG added up. */
  readonly headroom?: ReleasedAndBreached;
  readonly message: string;
}

/** What was just deleted, for the notice that offers to undo it. */
interface Deleted {
  readonly id: string;
  readonly name: string;
  /** The document right after the delete: once it changes again, Undo would undo something else. */
  readonly after: Workspace;
}

/** `Alt+Shift+ArrowLeft` as aria-keyshortcuts wants it and as a tooltip shows it. */
function keys(shortcut: string): { readonly 'aria-keyshortcuts': string; readonly title: string } {
  return { 'aria-keyshortcuts': shortcut, title: shortcut.replace('ArrowLeft', '←').replace('ArrowRight', '→') };
}

/**
 * The scenario switcher with its commands (new, branch, rename, move, delete, assumptions), the
 * cap switch, and the scenario's totals, always in view.
 */
export function ScenarioBar({ scenarios, scenarioId, onSelectScenario, totals, capPerHead, headroom, message }: ScenarioBarProps) {
  const id = useId();
  const workspace = useDocumentStore((s) => s.workspace);
  const scenario = scenarios.find((s) => s.id === scenarioId) ?? scenarios[0];
  const index = scenario ? scenarios.indexOf(scenario) : 0;

  const [renaming, setRenaming] = useState<string | null>(null);
  const [renameError, setRenameError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [editorScope, setEditorScope] = useState<EditorScope>('scenario');
  const [editorOpen, setEditorOpen] = useState(false);
  const [recommendOpen, setRecommendOpen] = useState(false);
  const renameRef = useRef<HTMLInputElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const renameActive = useRef(false);

  const startRename = (): void => {
    if (!scenario) return;
    renameActive.current = true;
    setRenaming(scenario.name);
    setRenameError(null);
  };
  useScenarioShortcuts({ onRename: startRename, onAssumptions: () => setEditorOpen(true), onRecommend: () => setRecommendOpen(true) });

  useEffect(() => {
    if (renaming === null || document.activeElement === renameRef.current) return;
    renameRef.current?.focus();
    renameRef.current?.select();
  }, [renaming]);

  // The Undo offer lasts only while the delete is the last change made.
  useEffect(() => {
    if (deleted && workspace !== deleted.after) setDeleted(null);
  }, [workspace, deleted]);

  const endRename = (commit: boolean): void => {
    // Esc ends the rename and removes the field; a blur from that removal must not commit it.
    if (renaming === null || !renameActive.current) return;
    if (commit) {
      const refusal = renameScenario(renaming);
      if (refusal) {
        setRenameError(refusal);
        return;
      }
    }
    renameActive.current = false;
    setRenaming(null);
    setRenameError(null);
    // Back to the picker, so the keyboard user carries on where they were.
    requestAnimationFrame(() => selectRef.current?.focus());
  };

  const onRenameKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      endRename(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      endRename(false);
    }
  };

  const onDelete = (): void => {
    const gone = deleteScenario();
    if (gone) setDeleted({ ...gone, after: useDocumentStore.getState().workspace });
  };

  const undoDelete = (): void => {
    if (!deleted) return;
    undo();
    useUiStore.getState().selectScenario(deleted.id);
    setDeleted(null);
    selectRef.current?.focus();
  };

  const yearId = useShownYearId();
  const ownCap = scenario ? overrideValue(scenario.assumptionOverrides, allowancePath(yearId)) !== undefined : false;
  const workspaceYear = workspace.assumptions.years.find((y) => y.id === yearId);
  const workspaceCap = workspaceYear?.allowancePerHead ?? capPerHead;
  const yearLabel = workspaceYear?.label ?? '';

  return (
    <div className="scenario-bar">
      {/* The field comes before the commands in the tab order; the grid shows the commands beside the label. */}
      <div className="scenario-picker">
        <label className="scenario-picker-label" htmlFor={renaming === null ? 'scenario-select' : `${id}-rename`}>
          {renaming === null ? 'Scenario' : 'Scenario name'}
        </label>
        {renaming === null ? (
          <select id="scenario-select" ref={selectRef} value={scenario?.id ?? scenarioId} onChange={(e) => onSelectScenario(e.target.value)}>
            {scenarios.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        ) : (
          <input
            id={`${id}-rename`}
            ref={renameRef}
            className="scenario-rename"
            value={renaming}
            onChange={(e) => {
              setRenaming(e.target.value);
              setRenameError(null);
            }}
            onKeyDown={onRenameKey}
            onBlur={() => endRename(true)}
            aria-invalid={renameError ? true : undefined}
            aria-describedby={renameError ? `${id}-rename-error` : `${id}-rename-help`}
            maxLength={500}
            autoComplete="off"
            spellCheck={false}
          />
        )}
        <div className="scenario-actions" role="toolbar" aria-label="Scenario commands">
          <button type="button" className="scenario-action" onClick={newScenario} {...keys(SCENARIO_SHORTCUTS.newScenario)}>New</button>
          <button type="button" className="scenario-action" onClick={branchScenario} aria-label="Branch (copy this scenario)" {...keys(SCENARIO_SHORTCUTS.branch)}>Branch</button>
          <button type="button" className="scenario-action" onClick={startRename} disabled={renaming !== null} {...keys(SCENARIO_SHORTCUTS.rename)}>Rename</button>
          <button type="button" className="scenario-action" onClick={() => moveScenario(-1)} disabled={index <= 0} aria-label="Move scenario earlier" {...keys(SCENARIO_SHORTCUTS.earlier)}>
            <span aria-hidden="true">←</span>
          </button>
          <button type="button" className="scenario-action" onClick={() => moveScenario(1)} disabled={index >= scenarios.length - 1} aria-label="Move scenario later" {...keys(SCENARIO_SHORTCUTS.later)}>
            <span aria-hidden="true">→</span>
          </button>
          <button
            type="button"
            className="scenario-action is-danger"
            onClick={onDelete}
            aria-label="Delete scenario"
            title={scenarios.length === 1 ? 'The only scenario cannot be deleted' : 'Delete this scenario (you can undo)'}
          >
            Delete
          </button>
          <button type="button" className="scenario-action" onClick={() => setEditorOpen(true)} {...keys(SCENARIO_SHORTCUTS.assumptions)}>Assumptions…</button>
          <button type="button" className="scenario-action" onClick={() => setRecommendOpen(true)} aria-description="The cheapest configuration that keeps every CCG within its allowance" {...keys(SCENARIO_SHORTCUTS.recommend)}>Recommend…</button>
        </div>
        {renaming !== null && (renameError
          ? <span id={`${id}-rename-error`} className="scenario-rename-note field-error"><span aria-hidden="true">✕</span> {renameError}</span>
          : <span id={`${id}-rename-help`} className="scenario-rename-note field-hint">Enter to rename, Esc to cancel</span>)}
      </div>
      <YearSwitch />
      <CapSwitch cap={capPerHead} workspaceCap={workspaceCap} ownCap={ownCap} yearLabel={yearLabel} />
      <dl className="totals" aria-label="Scenario totals">
        <div><dt>Population</dt><dd>{formatPopulation(totals.population)}</dd></div>
        <div><dt>Running cost</dt><dd>{formatMoneyShort(totals.running)}</dd></div>
        <div><dt>Weighted per head</dt><dd>{formatPerHead(totals.perHead)} <span className="muted">/ {totalsAllowanceWords(totals, capPerHead)}</span></dd></div>
        {headroom && (
          <div>
            <dt>Headroom</dt>
            <dd className="totals-headroom">{scenarioHeadroomPhrase(headroom)}</dd>
          </div>
        )}
        <div>
          <dt>CCGs</dt>
          <dd className="count-chips">
            <span className="count-chip status-within">{STATUS_ICON.within} {totals.within} within</span>
            <span className="count-chip status-tight">{STATUS_ICON.tight} {totals.tight} tight</span>
            <span className="count-chip status-over">{STATUS_ICON.over} {totals.over} over</span>
          </dd>
        </div>
      </dl>
      <div className="scenario-notice" role="status">
        {deleted && (
          <span className="scenario-deleted">
            Deleted scenario “{deleted.name}”.{' '}
            <button type="button" className="link-button" onClick={undoDelete} aria-label={`Undo deleting “${deleted.name}”`}>Undo</button>
            <button type="button" className="edit-notice-close" onClick={() => setDeleted(null)} aria-label="Dismiss message">×</button>
          </span>
        )}
      </div>
      <p className="status-message" role="status">{message}</p>
      {/* In a portal: the bar is a stacking context below the editing toolbar, and a modal must cover both. */}
      {editorOpen && scenario && createPortal(
        <AssumptionsEditor scenarioId={scenario.id} scope={editorScope} onScopeChange={setEditorScope} onClose={() => setEditorOpen(false)} />,
        document.body,
      )}
      {recommendOpen && scenario && createPortal(<RecommendDialog onClose={() => setRecommendOpen(false)} />, document.body)}
    </div>
  );
}
