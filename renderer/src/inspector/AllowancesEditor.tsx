import { allowanceBases } from '../../../shared/costing/allowanceBasis';
import { formatPopulation, formatPounds } from '../../../shared/format/format';
import type { CcgNode, PlanningYear } from '../../../shared/model/workspace';
import { DraftField } from './DraftField';
import { nodePatchEdit } from '../../../shared/edits/nodePatch';
import { numberFieldDraft } from './nodeDrafts';
import { parseNumberInput } from './parseNumberInput';

export interface AllowancesEditorProps {
  readonly ccg: CcgNode;
  readonly scenarioId: string;
  /** The scenario's planning years. */
  readonly years: readonly PlanningYear[];
  /** The CCG's population (its localities' sum, or its own). */
  readonly population: number;
}

/**
 * A CCG's allowance population and its published allowances by year. An empty year is worked
 * out: the worked-out figure shows as the placeholder, with how it is derived beside it.
 */
export function AllowancesEditor({ ccg, scenarioId, years, population }: AllowancesEditorProps) {
  const bases = allowanceBases(ccg, years, population);
  const published = ccg.allowances ?? {};
  const setYear = (yearId: string, value: number | null) => {
    const next = Object.fromEntries(Object.entries(published).filter(([k]) => k !== yearId));
    if (value !== null) next[yearId] = value;
    return nodePatchEdit(scenarioId, ccg, {
      allowances: Object.keys(next).length > 0 ? next : null,
    });
  };

  return (
    <>
      <h3>Running cost allowance</h3>
      <div className="field-grid">
        <DraftField
          key={`${ccg.id}-allowancePopulation`}
          label="Allowance population"
          value={
            ccg.allowancePopulation === undefined ? '' : formatPopulation(ccg.allowancePopulation)
          }
          placeholder={formatPopulation(population)}
          field="allowancePopulation"
          inputMode="numeric"
          hint={`The ONS-adjusted population the allowance is worked out on. Empty: its own population, ${formatPopulation(population)}.`}
          toEdit={numberFieldDraft(scenarioId, ccg, 'allowancePopulation', {
            optional: true,
            example: '831,886',
          })}
          className="span-2"
        />
      </div>
      <table className="figures allowances-table">
        <caption className="visually-hidden">
          Published allowance by year; an empty year is worked out
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Published allowance, £</th>
          </tr>
        </thead>
        <tbody>
          {bases.map((b) => (
            <tr key={b.yearId}>
              <th scope="row">{b.label}</th>
              <td>
                <DraftField
                  key={`${ccg.id}-allowance-${b.yearId}`}
                  label={`Published allowance ${b.label}, £`}
                  value={b.published === undefined ? '' : formatPounds(b.published)}
                  placeholder={formatPounds(b.allowance)}
                  field={`allowances.${b.yearId}`}
                  inputMode="numeric"
                  hint={
                    b.how
                      ? `Empty: worked out, ${formatPounds(b.allowance)} (${b.how}).`
                      : 'Published. Clear it to work the figure out instead.'
                  }
                  toEdit={(text) => {
                    if (text.trim() === '')
                      return {
                        ok: true,
                        edit: b.published === undefined ? null : setYear(b.yearId, null),
                      };
                    const parsed = parseNumberInput(text, '£20,800,000');
                    if (!parsed.ok) return parsed;
                    return {
                      ok: true,
                      edit: parsed.value === b.published ? null : setYear(b.yearId, parsed.value),
                    };
                  }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
