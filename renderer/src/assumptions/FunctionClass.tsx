import { withRunningCost } from '../../../shared/edits/yearEdits';
import { useEditError } from '../inspector/useEditError';
import { useDocumentStore } from '../state/documentStore';

/**
 * A support function's class: "Counts against the running cost allowance" (running cost) or not
 * (programme spend). The workspace's, for every scenario: one undoable edit per click.
 */
export function FunctionClass({
  functionId,
  name,
}: {
  readonly functionId: string;
  readonly name: string;
}) {
  const workspace = useDocumentStore((s) => s.workspace);
  const change = useEditError();
  const fn = workspace.assumptions.functions.find((f) => f.id === functionId);
  if (!fn) return null;
  return (
    <div className="function-class">
      <label>
        <input
          type="checkbox"
          checked={fn.runningCost}
          aria-label={`${name}: counts against the running cost allowance`}
          onChange={(e) => {
            const assumptions = withRunningCost(
              useDocumentStore.getState().workspace.assumptions,
              functionId,
              e.target.checked,
            );
            change.run(
              assumptions === useDocumentStore.getState().workspace.assumptions
                ? null
                : { type: 'setWorkspaceAssumptions', assumptions },
            );
          }}
        />{' '}
        <span aria-hidden="true">Counts against the running cost allowance</span>
      </label>
      {!fn.runningCost && (
        <span className="muted function-class-note"> Programme spend: costed, not tested</span>
      )}
      {change.error && (
        <p className="field-error" role="alert">
          {change.error}
        </p>
      )}
    </div>
  );
}
