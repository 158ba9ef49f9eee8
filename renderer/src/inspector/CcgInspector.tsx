import { useState } from 'react';
import { formatMoneyShort, formatPopulation } from '../../../shared/format/format';
import type { Assumptions, CcgNode, LocalityNode, Scenario } from '../../../shared/model/workspace';
import { localityCoverage } from '../../../shared/edits/localityRemainder';
import { addLocalityTo } from '../palette/addFromPalette';
import { dispatchEdit } from '../state/dispatchEdit';
import { NEW_CCG_POPULATION } from '../palette/createPaletteNode';
import { useEditor } from '../editor/EditorContext';
import { AllowancesEditor } from './AllowancesEditor';
import { CheckboxField } from './CheckboxField';
import { DraftField } from './DraftField';
import { LaLinksEditor } from './LaLinksEditor';
import { numberFieldDraft, optionalTextDraft, requiredTextDraft } from './nodeDrafts';
import { nodePatchEdit } from '../../../shared/edits/nodePatch';
import { SelectField } from './SelectField';
import { StructureEditor } from '../staffing/StructureEditor';
import { wteSentence } from '../../../shared/staffing/wteBreakdown';
import type { CcgResult } from '../../../shared/costing/results';

export interface CcgInspectorProps {
  readonly ccg: CcgNode;
  /** The engine's figures for the CCG in the shown year, when it could be costed. */
  readonly result?: CcgResult;
  readonly scenario: Scenario;
  readonly assumptions: Assumptions;
  /** Opens the arrangement form with these CCGs as members. */
  readonly onCreateArrangement: (memberIds: readonly string[]) => void;
}

/** Every field of a CCG (DESIGN.md §5), its localities and its local authority links. */
export function CcgInspector({
  ccg,
  result,
  scenario,
  assumptions,
  onCreateArrangement,
}: CcgInspectorProps) {
  const editor = useEditor();
  const sid = scenario.id;
  const localities = scenario.nodes.filter(
    (n): n is LocalityNode => n.kind === 'locality' && n.ccgId === ccg.id,
  );
  const localitySum = localities.reduce((s, n) => s + n.population, 0);
  const clusters = scenario.nodes.filter((n) => n.kind === 'cluster');
  const [addError, setAddError] = useState<string | null>(null);
  const coverage = localityCoverage(scenario, ccg.id);

  const population =
    localities.length > 0
      ? {
          value: formatPopulation(localitySum),
          hint: `The sum of its ${localities.length === 1 ? 'locality' : `${localities.length} localities`}: ${formatPopulation(localitySum)}. Change a locality’s population to change it.`,
        }
      : {
          value: ccg.population === undefined ? '' : formatPopulation(ccg.population),
          hint: `Registered patients. A new CCG starts at ${formatPopulation(NEW_CCG_POPULATION)}: type its list size.`,
        };

  return (
    <section className="inspector-section" aria-label={`Edit ${ccg.name}`}>
      <h3>Details</h3>
      <div className="field-grid">
        <DraftField
          key={`${ccg.id}-name`}
          label="Name"
          value={ccg.name}
          field="name"
          toEdit={requiredTextDraft(sid, ccg, 'name')}
          className="span-2"
        />
        <DraftField
          key={`${ccg.id}-code`}
          label="ODS code"
          value={ccg.code ?? ''}
          field="code"
          toEdit={optionalTextDraft(sid, ccg, 'code')}
          placeholder="e.g. 06H"
        />
        <DraftField
          key={`${ccg.id}-population-${localities.length > 0}`}
          label="Population"
          value={population.value}
          field="population"
          inputMode="numeric"
          disabled={localities.length > 0}
          hint={population.hint}
          toEdit={numberFieldDraft(sid, ccg, 'population', { optional: true })}
        />
        <SelectField
          label="PCT cluster"
          value={ccg.clusterId ?? ''}
          options={[
            { value: '', label: 'Not in a cluster' },
            ...clusters.map((c) => ({ value: c.id, label: c.name })),
          ]}
          toEdit={(value) => ({
            type: 'setCluster',
            scenarioId: sid,
            ccgId: ccg.id,
            clusterId: value === '' ? null : value,
          })}
          field="clusterId"
          hint={clusters.length === 0 ? 'No clusters yet: add one from the palette.' : undefined}
          className="span-2"
        />
        <CheckboxField
          label="Federated (devolved localities)"
          checked={ccg.federated}
          toEdit={(checked) => nodePatchEdit(sid, ccg, { federated: checked })}
          field="federated"
          hint={`Adds ${formatMoneyShort(assumptions.core.perDevolvedLocality)} a year for each devolved locality.`}
        />
      </div>

      <AllowancesEditor
        ccg={ccg}
        scenarioId={sid}
        years={assumptions.years}
        population={localities.length > 0 ? localitySum : (ccg.population ?? 0)}
      />

      <h3>
        Localities <span className="h-figure">{localities.length}</span>
      </h3>
      {coverage && (
        <div className="locality-coverage" role="note">
          <p>
            Localities total {formatPopulation(coverage.named)} of {formatPopulation(coverage.own)}{' '}
            — {formatPopulation(coverage.notYetInALocality)} not yet in a locality. Until they add
            up, “{coverage.remainder.name}” keeps {ccg.name} at its own figure.
          </p>
          <button
            type="button"
            className="secondary-button"
            onClick={() => {
              const result = dispatchEdit({
                type: 'deleteItems',
                scenarioId: sid,
                ids: [coverage.remainder.id],
              });
              setAddError(
                result.ok ? null : (result.errors[0] ?? 'The remainder could not be removed.'),
              );
            }}
          >
            Use the localities’ total ({formatPopulation(coverage.named)})
          </button>
        </div>
      )}
      {localities.length === 0 ? (
        <p className="muted">No localities: the CCG’s own population is used.</p>
      ) : (
        <ul className="ccg-list">
          {localities.map((l) => (
            <li key={l.id}>
              <button type="button" className="ccg-list-item" onClick={() => editor.select(l.id)}>
                <span className="ccg-list-name">{l.name}</span>
                <span className="ccg-list-figure">{formatPopulation(l.population)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inspector-actions">
        <button
          type="button"
          className="secondary-button"
          onClick={() => {
            const outcome = addLocalityTo(ccg.id);
            setAddError(outcome.ok ? null : outcome.message);
          }}
        >
          + Add locality
        </button>
      </div>
      {addError && (
        <p className="field-error" role="alert">
          {addError}
        </p>
      )}

      <LaLinksEditor ccg={ccg} scenario={scenario} />

      <StructureEditor
        scenarioId={sid}
        owner={{ kind: 'ccg', id: ccg.id }}
        ownerName={ccg.name}
        structure={ccg.structure}
        assumptions={assumptions}
        wteNote={result ? wteSentence(ccg.name, result) : undefined}
      />

      <h3>Support arrangements</h3>
      <div className="inspector-actions">
        <button
          type="button"
          className="secondary-button"
          onClick={() => onCreateArrangement([ccg.id])}
        >
          Create arrangement…
        </button>
      </div>
    </section>
  );
}
