import type { AssumptionInfo } from '../../../shared/assumptions/assumptionInfo';
import { assumptionValue, overrideValue } from '../../../shared/assumptions/assumptionPaths';
import { DraftField, type DraftOutcome } from '../inspector/DraftField';
import { useEditError } from '../inspector/useEditError';
import { useDocumentStore } from '../state/documentStore';
import { assumptionEdit, type AssumptionScope } from './assumptionEdit';
import {
  formatAssumption,
  parseAssumption,
  rangeProblem,
  rangeWords,
  unitWords,
} from './assumptionUnits';

export interface AssumptionFieldProps {
  readonly info: AssumptionInfo;
  readonly scope: AssumptionScope;
  /** In the functions table: the label is read by screen readers but not shown (the row and column say it). */
  readonly compact?: boolean;
  /** Shown under the field (the single parameters); the functions table shows it once per row. */
  readonly showRationale?: boolean;
}

/**
 * One assumption: its value in the scope being edited, unit and valid range, and — in a scenario —
 * whether the scenario has its own value, "changed from" the workspace's, with a Reset. Typing is
 * checked at every keystroke (range in the field's unit, then a dry run of the edit); Enter or
 * leaving the field commits one undo step; Esc puts the value back (DraftField).
 */
export function AssumptionField({
  info,
  scope,
  compact = false,
  showRationale = true,
}: AssumptionFieldProps) {
  const workspace = useDocumentStore((s) => s.workspace);
  const reset = useEditError(info.path);
  const base = assumptionValue(workspace.assumptions, info.path);
  if (base === undefined) return null;
  const scenario =
    scope.kind === 'scenario'
      ? workspace.scenarios.find((s) => s.id === scope.scenarioId)
      : undefined;
  const own = scenario ? overrideValue(scenario.assumptionOverrides, info.path) : undefined;
  const shown = own ?? base;
  const baseText = formatAssumption(info.unit, base);
  // In the workspace scope: which scenarios do not follow the base value, so a change that
  // "does nothing" on screen is explained.
  const ownIn =
    scope.kind === 'workspace'
      ? workspace.scenarios.filter(
          (s) => overrideValue(s.assumptionOverrides, info.path) !== undefined,
        )
      : [];

  const toEdit = (text: string): DraftOutcome => {
    const parsed = parseAssumption(info.unit, text);
    if (!parsed.ok) return parsed;
    const problem = rangeProblem(info, parsed.value);
    if (problem) return { ok: false, message: problem };
    return {
      ok: true,
      edit: assumptionEdit(useDocumentStore.getState().workspace, scope, info.path, parsed.value),
    };
  };

  const hint = (
    <>
      <span className="assumption-range">
        {capitalise(unitWords(info.unit))}; valid {rangeWords(info)}.
      </span>
      {own !== undefined && (
        <span className="override-mark">
          {' '}
          <span aria-hidden="true">●</span> This scenario’s own value: changed from {baseText}{' '}
          (workspace).
        </span>
      )}
      {ownIn.length > 0 && (
        <span className="override-elsewhere">
          {' '}
          {ownIn.map((s) => `“${s.name}”`).join(', ')}{' '}
          {ownIn.length === 1 ? 'has its' : 'have their'} own value.
        </span>
      )}
    </>
  );

  return (
    <div
      className={`assumption${own !== undefined ? ' is-overridden' : ''}${compact ? ' is-compact' : ''}`}
      data-path={info.path}
    >
      <div className="assumption-input">
        <DraftField
          label={info.label}
          value={formatAssumption(info.unit, shown)}
          toEdit={toEdit}
          field={info.path}
          hint={hint}
          inputMode="decimal"
          className="assumption-field"
        />
        {own !== undefined && (
          <button
            type="button"
            className="secondary-button assumption-reset"
            aria-label={`Reset ${info.label} to the workspace value, ${baseText}`}
            title={`Use the workspace value, ${baseText}`}
            onClick={() => reset.run(assumptionEdit(workspace, scope, info.path, null))}
          >
            Reset
          </button>
        )}
      </div>
      {reset.error && (
        <p className="field-error" role="alert">
          {reset.error}
        </p>
      )}
      {showRationale && <p className="assumption-rationale">{info.rationale}</p>}
    </div>
  );
}

function capitalise(s: string): string {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}
