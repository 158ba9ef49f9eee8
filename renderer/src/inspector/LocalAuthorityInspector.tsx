import { formatPopulation } from '../../../shared/format/format';
import type { LocalAuthorityNode, Scenario } from '../../../shared/model/workspace';
import { DraftField } from './DraftField';
import { numberFieldDraft, optionalTextDraft, requiredTextDraft } from './nodeDrafts';

/** The kinds of upper-tier council of 2012, offered as suggestions (any text is allowed). */
const LA_TYPES = ['County council', 'Unitary authority', 'Metropolitan borough', 'London borough'];

/** A local authority: name, code, type and population. Its CCG links are edited from each CCG. */
export function LocalAuthorityInspector({
  la,
  scenario,
}: {
  readonly la: LocalAuthorityNode;
  readonly scenario: Scenario;
}) {
  const sid = scenario.id;
  const listId = `la-types-${la.id}`;
  return (
    <section className="inspector-section" aria-label={`Edit ${la.name}`}>
      <div className="field-grid">
        <DraftField
          key={`${la.id}-name`}
          label="Name"
          value={la.name}
          field="name"
          toEdit={requiredTextDraft(sid, la, 'name')}
          className="span-2"
        />
        <DraftField
          key={`${la.id}-code`}
          label="ONS code"
          value={la.code ?? ''}
          field="code"
          toEdit={optionalTextDraft(sid, la, 'code')}
          placeholder="e.g. E10000003"
        />
        <DraftField
          key={`${la.id}-type`}
          label="Type"
          value={la.laType ?? ''}
          field="laType"
          list={listId}
          toEdit={optionalTextDraft(sid, la, 'laType')}
        />
        <DraftField
          key={`${la.id}-population`}
          label="Population"
          value={formatPopulation(la.population)}
          field="population"
          inputMode="numeric"
          toEdit={numberFieldDraft(sid, la, 'population')}
          hint="Residents. In a local authority partnership half of it (by default) joins the pool’s scale."
          className="span-2"
        />
      </div>
      <datalist id={listId}>
        {LA_TYPES.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <p className="field-hint">
        Link CCGs to this council from each CCG’s details (the share of its population living here).
      </p>
    </section>
  );
}
