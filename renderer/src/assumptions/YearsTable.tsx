import { useState } from 'react';
import { keyLabel } from '../commands/keys';
import { command } from '../commands/registry';
import { yearAssumptionInfo } from '../../../shared/assumptions/assumptionInfo';
import {
  nextPlanningYear,
  withYearLabel,
  yearReferences,
  type YearReferences,
} from '../../../shared/edits/yearEdits';
import { DraftField } from '../inspector/DraftField';
import { useEditError } from '../inspector/useEditError';
import { useDocumentStore } from '../state/documentStore';
import { AssumptionField } from './AssumptionField';
import type { AssumptionScope } from './assumptionEdit';

export interface YearsTableProps {
  /** Where allowance per head and cost index go; labels and the list of years are the workspace's. */
  readonly scope: AssumptionScope;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "and cleared 3 CCGs' published allowances for it and 1 slide's year". */
function clearedWords(r: YearReferences): string {
  const parts = [
    r.allowances > 0
      ? `${plural(r.allowances, 'CCG’s published allowance', 'CCGs’ published allowances')} for it`
      : '',
    r.overrides > 0
      ? `${plural(r.overrides, 'scenario’s own figures', 'scenarios’ own figures')} for it`
      : '',
    r.slides > 0 ? `${plural(r.slides, 'slide', 'slides')} showing it (now the first year)` : '',
  ].filter((p) => p !== '');
  return parts.length > 0 ? `, and cleared ${parts.join(', ')}` : '';
}

/**
 * The planning years as a table: each year's label (the workspace's), allowance per head and
 * cost index (in the scope being edited), a Remove button (not for the last year), and Add for
 * the next financial year, prefilled from the last. Every change is one undoable edit.
 */
export function YearsTable({ scope }: YearsTableProps) {
  const workspace = useDocumentStore((s) => s.workspace);
  const years = workspace.assumptions.years;
  const change = useEditError();
  const [said, setSaid] = useState<string | null>(null);
  const next = nextPlanningYear(years);
  const rationale = yearAssumptionInfo('year', 'Year').map((i) => i.rationale);

  const remove = (yearId: string, label: string): void => {
    const refs = yearReferences(useDocumentStore.getState().workspace, yearId);
    if (change.run({ type: 'removeYear', yearId }))
      setSaid(
        `Removed ${label}${clearedWords(refs)}. Undo (${keyLabel(command('undo').keys[0] ?? '')}) puts it all back.`,
      );
    else setSaid(null);
  };
  const add = (): void => {
    if (next && change.run({ type: 'addYear', year: next }))
      setSaid(
        `Added ${next.label}, with ${years[years.length - 1]?.label ?? 'the last year'}’s rate and cost index.`,
      );
    else setSaid(null);
  };

  return (
    <div className="years-editor">
      <table className="functions-table years-table">
        <caption className="visually-hidden">
          Planning years: label, allowance per head and cost index
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Allowance per head, £</th>
            <th scope="col">Cost index</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => {
            const [perHead, costIndex] = yearAssumptionInfo(y.id, y.label);
            return (
              <tr key={y.id} data-year-id={y.id}>
                <th scope="row">
                  <DraftField
                    label={`Label of year ${y.label}`}
                    value={y.label}
                    field="label"
                    className="year-label-field"
                    toEdit={(text) => {
                      if (text.trim() === '')
                        return { ok: false, message: 'A year needs a label, such as 2016/17' };
                      const assumptions = withYearLabel(
                        useDocumentStore.getState().workspace.assumptions,
                        y.id,
                        text,
                      );
                      return {
                        ok: true,
                        edit:
                          assumptions === useDocumentStore.getState().workspace.assumptions
                            ? null
                            : { type: 'setWorkspaceAssumptions', assumptions },
                      };
                    }}
                  />
                </th>
                <td>
                  {perHead && (
                    <AssumptionField info={perHead} scope={scope} compact showRationale={false} />
                  )}
                </td>
                <td>
                  {costIndex && (
                    <AssumptionField info={costIndex} scope={scope} compact showRationale={false} />
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary-button"
                    onClick={() => remove(y.id, y.label)}
                    disabled={years.length === 1}
                    aria-label={`Remove year ${y.label}`}
                    title={
                      years.length === 1
                        ? 'The only planning year cannot be removed'
                        : `Remove ${y.label}, with any published allowances and slides that name it (you can undo)`
                    }
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <button
          type="button"
          className="secondary-button"
          onClick={add}
          disabled={!next || years.length >= 10}
        >
          {next ? `Add year ${next.label}` : 'Add year'}
        </button>
        {years.length >= 10 && <span className="muted"> At most ten planning years.</span>}
      </p>
      <p className="muted years-note">
        Labels and the list of years belong to the workspace; the allowance per head and cost index
        follow the scope chosen above.
      </p>
      {rationale.map((r) => (
        <p key={r} className="assumption-rationale">
          {r}
        </p>
      ))}
      {change.error && (
        <p className="field-error" role="alert">
          {change.error}
        </p>
      )}
      <p role="status" className="years-said">
        {said}
      </p>
    </div>
  );
}
