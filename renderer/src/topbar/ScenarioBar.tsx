import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ScenarioTotals } from '../../../shared/costing/results';
import { overrideValue } from '../../../shared/assumptions/assumptionPaths';
import { totalsAllowanceWords } from '../../../shared/format/allowancePhrase';
import { formatMoneyShort, formatPerHead, formatPopulation } from '../../../shared/format/format';
import { scenarioHeadroomPhrase, type ReleasedAndBreached } from '../../../shared/format/headroom';
import type { Scenario } from '../../../shared/model/workspace';
import { allowancePath } from '../assumptions/assumptionEdit';
import { STATUS_ICON } from '../common/statusDisplay';
import { useDocumentStore } from '../state/documentStore';
import { useShownYearId } from '../state/useScenarioResult';
import { CapSwitch } from './CapSwitch';
import { YearSwitch } from './YearSwitch';
import { useRenameRequest } from './renameRequest';
import { renameScenario } from './scenarioCommands';
import './scenarioBar.css';

export interface ScenarioBarProps {
  readonly scenarios: readonly Scenario[];
  readonly scenarioId: string;
  readonly onSelectScenario: (id: string) => void;
  readonly totals: ScenarioTotals;
  readonly capPerHead: number;
  /** The shown year's headroom, released and breached, CCG by CCG added up. */
  readonly headroom?: ReleasedAndBreached;
}

/**
 * The scenario picker (which becomes its rename field when the Scenario menu or Alt+Shift+R asks),
 * the year, the cap switch, and the scenario's totals, always in view. The scenario's commands are
 * in the app bar's Scenario menu.
 */
export function ScenarioBar({
  scenarios,
  scenarioId,
  onSelectScenario,
  totals,
  capPerHead,
  headroom,
}: ScenarioBarProps) {
  const id = useId();
  const workspace = useDocumentStore((s) => s.workspace);
  const scenario = scenarios.find((s) => s.id === scenarioId) ?? scenarios[0];

  const [renaming, setRenaming] = useState<string | null>(null);
  const [renameError, setRenameError] = useState<string | null>(null);
  const renameRef = useRef<HTMLInputElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const renameActive = useRef(false);

  const startRename = (): void => {
    if (!scenario) return;
    renameActive.current = true;
    setRenaming(scenario.name);
    setRenameError(null);
  };
  const renameSeq = useRenameRequest((s) => s.seq);
  const seenRename = useRef(renameSeq);
  useEffect(() => {
    if (renameSeq === seenRename.current) return;
    seenRename.current = renameSeq;
    startRename();
  });

  useEffect(() => {
    if (renaming === null || document.activeElement === renameRef.current) return;
    renameRef.current?.focus();
    renameRef.current?.select();
  }, [renaming]);

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

  const yearId = useShownYearId();
  const ownCap = scenario
    ? overrideValue(scenario.assumptionOverrides, allowancePath(yearId)) !== undefined
    : false;
  const workspaceYear = workspace.assumptions.years.find((y) => y.id === yearId);
  const workspaceCap = workspaceYear?.allowancePerHead ?? capPerHead;
  const yearLabel = workspaceYear?.label ?? '';

  return (
    <div className="scenario-bar">
      {/* The field comes before the commands in the tab order; the grid shows the commands beside the label. */}
      <div className="scenario-picker">
        <label
          className="scenario-picker-label"
          htmlFor={renaming === null ? 'scenario-select' : `${id}-rename`}
        >
          {renaming === null ? 'Scenario' : 'Scenario name'}
        </label>
        {renaming === null ? (
          <select
            id="scenario-select"
            ref={selectRef}
            value={scenario?.id ?? scenarioId}
            onChange={(e) => onSelectScenario(e.target.value)}
          >
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
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
        {renaming !== null &&
          (renameError ? (
            <span id={`${id}-rename-error`} className="scenario-rename-note field-error">
              <span aria-hidden="true">✕</span> {renameError}
            </span>
          ) : (
            <span id={`${id}-rename-help`} className="scenario-rename-note field-hint">
              Enter to rename, Esc to cancel
            </span>
          ))}
      </div>
      <YearSwitch />
      <CapSwitch
        cap={capPerHead}
        workspaceCap={workspaceCap}
        ownCap={ownCap}
        yearLabel={yearLabel}
      />
      <dl className="totals" aria-label="Scenario totals">
        <div>
          <dt>Population</dt>
          <dd>{formatPopulation(totals.population)}</dd>
        </div>
        <div>
          <dt>Running cost</dt>
          <dd>{formatMoneyShort(totals.running)}</dd>
        </div>
        <div>
          <dt>Weighted per head</dt>
          <dd>
            {formatPerHead(totals.perHead)}{' '}
            <span className="muted">/ {totalsAllowanceWords(totals, capPerHead)}</span>
          </dd>
        </div>
        {headroom && (
          <div>
            <dt>Headroom</dt>
            <dd className="totals-headroom">{scenarioHeadroomPhrase(headroom)}</dd>
          </div>
        )}
        <div>
          <dt>CCGs</dt>
          <dd className="count-chips">
            <span className="count-chip status-within">
              {STATUS_ICON.within} {totals.within} within
            </span>
            <span className="count-chip status-tight">
              {STATUS_ICON.tight} {totals.tight} tight
            </span>
            <span className="count-chip status-over">
              {STATUS_ICON.over} {totals.over} over
            </span>
          </dd>
        </div>
      </dl>
    </div>
  );
}
