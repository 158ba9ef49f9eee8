import { useId } from 'react';
import { RUNNING_COST_RATIONALE } from '../../../shared/assumptions/assumptionInfo';
import { overriddenPaths } from '../../../shared/assumptions/assumptionPaths';
import { ModalDialog } from '../dialogs/ModalDialog';
import { useEditError } from '../inspector/useEditError';
import { useDocumentStore } from '../state/documentStore';
import { allAssumptionPaths, assumptionSections, functionRows } from './assumptionGroups';
import { AssumptionField } from './AssumptionField';
import type { AssumptionScope } from './assumptionEdit';
import { FunctionClass } from './FunctionClass';
import { YearsTable } from './YearsTable';
import './assumptions.css';

export type EditorScope = AssumptionScope['kind'];

export interface AssumptionsEditorProps {
  /** The scenario shown: the one "This scenario" edits. */
  readonly scenarioId: string;
  readonly scope: EditorScope;
  readonly onScopeChange: (scope: EditorScope) => void;
  readonly onClose: () => void;
}

/**
 * Every assumption of DESIGN.md §4 with its unit, valid range and rationale, for the workspace
 * (the base every scenario uses) or for the scenario shown (its own values, each marked against
 * the base with a Reset, and Reset all). Each change is one undo step; every figure in the app
 * re-evaluates at once because results are derived from the document.
 */
export function AssumptionsEditor({
  scenarioId,
  scope: scopeKind,
  onScopeChange,
  onClose,
}: AssumptionsEditorProps) {
  const workspace = useDocumentStore((s) => s.workspace);
  const resetAll = useEditError();
  const id = useId();

  const scenario = workspace.scenarios.find((s) => s.id === scenarioId) ?? workspace.scenarios[0];
  if (!scenario) return null;
  const scope: AssumptionScope =
    scopeKind === 'workspace'
      ? { kind: 'workspace' }
      : { kind: 'scenario', scenarioId: scenario.id };
  const overridden = overriddenPaths(
    scenario.assumptionOverrides,
    allAssumptionPaths(workspace.assumptions),
  );
  const rows = functionRows(workspace.assumptions);

  return (
    <ModalDialog
      className="assumptions-dialog"
      labelledBy={`${id}-title`}
      describedBy={`${id}-intro`}
      onClose={onClose}
    >
      <div className="assumptions-head">
        <h2 id={`${id}-title`}>Assumptions</h2>
        <button type="button" className="secondary-button" onClick={onClose}>
          Close
        </button>
      </div>
      <p id={`${id}-intro`} className="muted">
        Illustrative figures, calibrated to what was reported in 2011–12, not official tariffs. Type
        a value and press Enter (or move on) to apply it; Esc puts it back. Every change can be
        undone.
      </p>

      <fieldset className="assumptions-scope">
        <legend>Edit the values of</legend>
        <label>
          <input
            type="radio"
            name={`${id}-scope`}
            checked={scopeKind === 'workspace'}
            onChange={() => onScopeChange('workspace')}
            data-autofocus={scopeKind === 'workspace' ? true : undefined}
          />{' '}
          Workspace (base){' '}
          <span className="muted">— used by every scenario that has no value of its own</span>
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-scope`}
            checked={scopeKind === 'scenario'}
            onChange={() => onScopeChange('scenario')}
            data-autofocus={scopeKind === 'scenario' ? true : undefined}
          />{' '}
          This scenario: <strong>{scenario.name}</strong>
        </label>
      </fieldset>

      {scopeKind === 'scenario' && (
        <div className="assumptions-overrides" role="status">
          <span>
            {overridden.length === 0
              ? 'This scenario uses the workspace values for everything.'
              : `${overridden.length} ${overridden.length === 1 ? 'value differs' : 'values differ'} from the workspace (marked ●).`}
          </span>
          <button
            type="button"
            className="secondary-button"
            disabled={overridden.length === 0}
            onClick={() =>
              resetAll.run({
                type: 'setAssumptionOverrides',
                scenarioId: scenario.id,
                overrides: null,
              })
            }
          >
            Reset all to the workspace values
          </button>
          {resetAll.error && (
            <p className="field-error" role="alert">
              {resetAll.error}
            </p>
          )}
        </div>
      )}

      {assumptionSections(workspace.assumptions).map((section) => (
        <section
          key={section.id}
          className="assumptions-section"
          aria-labelledby={`${id}-${section.id}`}
        >
          <h3 id={`${id}-${section.id}`}>{section.title}</h3>
          {section.intro && <p className="assumptions-intro muted">{section.intro}</p>}
          {section.id === 'cap' && <YearsTable scope={scope} />}
          {section.items
            .filter((info) => !info.path.startsWith('years.'))
            .map((info) => (
              <AssumptionField key={info.path} info={info} scope={scope} />
            ))}
          {section.id === 'functions' && (
            <p className="assumption-rationale">
              {RUNNING_COST_RATIONALE} The class is the workspace’s, the same in every scenario.
            </p>
          )}
          {section.id === 'functions' && (
            <table className="functions-table">
              <caption className="visually-hidden">
                Cost per head and scale elasticity of each support function
              </caption>
              <thead>
                <tr>
                  <th scope="col">Function</th>
                  <th scope="col">£ per head at the reference population</th>
                  <th scope="col">Scale elasticity e</th>
                  <th scope="col">Running cost?</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.name}</th>
                    <td>
                      <AssumptionField
                        info={row.costPerHead}
                        scope={scope}
                        compact
                        showRationale={false}
                      />
                    </td>
                    <td>
                      <AssumptionField
                        info={row.scaleElasticity}
                        scope={scope}
                        compact
                        showRationale={false}
                      />
                    </td>
                    <td>
                      <FunctionClass functionId={row.id} name={row.name} />
                    </td>
                    <td className="assumption-rationale">{row.costPerHead.rationale}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </ModalDialog>
  );
}
